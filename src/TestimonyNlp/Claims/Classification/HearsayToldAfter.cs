using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// Makes a claim HEARSAY that was given WITNESSED (by the basis model, or below its floor by the sentence vote) when
/// the speaker, in the next sentences after its evidence and before the next claim, says they were not there or did
/// not see it, or that the story was told them ("I was not there, my sister told me", "I did not see it", "he told me
/// everything", "I know this from his wife").
/// A harm told plainly and sourced only afterwards reads as seen to the sentence models; the basis model weighs such
/// a sentence among eight after the evidence and most often keeps the sentence models' sight. Out of fold, of the
/// matched claims with such a sentence among the speaker's next three, 91 are gold HEARSAY, 9 REPORTED and none
/// WITNESSED or EXPERIENCED (models/README.md, "Claim-level basis"). Only a WITNESSED claim changes: the reported ones
/// ("I did not see it, it was on the news") keep their basis. A sentence in which the speaker did not see, whatever
/// the object, and names a teller ("I did not see them hurt, my neighbour told me", "That one I did not see; my uncle
/// phoned us") counts in the evidence as well as after it: over the gold claims of train, such a sentence in the
/// evidence or in the speaker's sentences after it is gold HEARSAY 27 times, WITNESSED 4, EXPERIENCED 4 and REPORTED 1
/// (most of the others said of one victim of a claim over several); out of fold it turns 2 claims, both right. So does
/// the source named after the story in one sentence ("That is what the civil defence said to my husband", "This is
/// what Wafaa told me"): gold H 18, R 3, W 2 in or after the evidence; out of fold 1 more claim, right. So does, in
/// the evidence only, the speaker hearing of it ("I heard later that two died", "Two sellers died, I heard."): gold H
/// 20, E 1 over the train claims; out of fold 4 more claims, all right. So does, in the evidence or after it, the
/// speaker's knowing named by its source ("This I know from his cousin", "I know from Noor"): out of fold 2 more
/// claims, both right, none gold WITNESSED among the matched claims with the phrase. So does, after the evidence, a
/// teller in the sentence after one in which the speaker did not see, whatever the object ("We did not see the bodies
/// of the boys. Our uncle told us."): out of fold 4 more claims, all right. The speaker's next sentences are read past
/// another claim's evidence when none of the sentences passed starts a new line or tells another matter
/// (<see cref="OtherMatter"/>), and then only for the firm forms ("Her brother was cut on the arm. I was not there."):
/// over the gold claims of train and dev such a source past another claim's evidence of the same matter is gold
/// HEARSAY 10, EXPERIENCED 1, never WITNESSED; out of fold 4 more claims, all right.
/// </summary>
internal static class HearsayToldAfter
{
    private static readonly string[] FirstSubjects = ["i", "we"];
    private static readonly string[] Told = ["told", "tells", "telling"];
    private static readonly string[] Us = ["me", "us"];
    private static readonly string[] Knew = ["heard", "know", "knew", "learned", "learnt"];

    /// <summary>The speaker's absence or not seeing it: "I was not there", "we were not at home", "I did not see it".</summary>
    private static readonly string[][][] NotThere =
    [
        [FirstSubjects, ["was", "were"], ["not"], ["there", "in", "at", "home"]],
        [FirstSubjects, ["wasn't", "weren't"], ["there", "in", "at", "home"]],
        [FirstSubjects, ["did", "could"], ["not"], ["see"], ["it", "this"]],
        [FirstSubjects, ["didn't", "couldn't"], ["see"], ["it", "this"]],
    ];

    /// <summary>The forms of <see cref="NotThere"/> read past another claim's evidence: "I was not there", "I did not
    /// see it", not "we were not in the orchard", said as often of the speaker's safety as of the source.</summary>
    private static readonly string[][][] NotThereAtAll =
    [
        [FirstSubjects, ["was", "were"], ["not"], ["there"]],
        [FirstSubjects, ["wasn't", "weren't"], ["there"]],
        [FirstSubjects, ["did", "could"], ["not"], ["see"], ["it", "this"]],
        [FirstSubjects, ["didn't", "couldn't"], ["see"], ["it", "this"]],
    ];

    /// <summary>Not seeing whatever follows ("I did not see them hurt", "This I did not see", "I did not see,"), read
    /// only in a sentence that also names a teller (<see cref="Telling"/>).</summary>
    private static readonly string[][][] NotSeen =
    [
        [FirstSubjects, ["did", "could"], ["not"], ["see"]],
        [FirstSubjects, ["didn't", "couldn't"], ["see"]],
    ];

    /// <summary>A teller's verb in the same sentence as <see cref="NotSeen"/>: "I did not see it, my aunt called us".</summary>
    private static readonly string[][][] Telling = [[["told", "tells", "tell", "said", "says", "called", "phoned"]]];

    /// <summary>The story's source named after it: "That is what the civil defence said to my husband", "This is what
    /// Wafaa told me".</summary>
    private static readonly string[][][] ThatIsWhat = [[["this", "that"], ["is", "was"], ["what"]]];

    private static readonly string[][][] ToldOrSaid = [[["told", "said", "says", "tells"]]];

    /// <summary>The speaker heard the story from others, in the sentence that tells it: "I heard later that two
    /// died", "I heard from the drivers", "I heard about that in the camp", "Two sellers died, I heard." Not "I heard
    /// the shots" nor "I heard it", which tell a harm heard happen, nor "I went when we heard.", the news that sent the
    /// speaker to see.</summary>
    private static readonly string[][][] HeardOf =
    [
        [FirstSubjects, ["heard"], ["later", "after", "afterwards", "that", "from", "about"]],
        [[","], FirstSubjects, ["heard"], [",", ".", ";"]],
    ];

    /// <summary>The speaker's knowing named by its source, in the evidence or after it: "This I know from his cousin",
    /// "I know from Noor", "About him we know from the tailor's nephew". Only the present "know": "a man we knew from the
    /// mosque" names an acquaintance, and "I heard from" after the evidence turned more seen claims than told ones.</summary>
    internal static readonly string[][][] KnownFrom = [[FirstSubjects, ["know"], ["from"]]];

    /// <summary>Hearing it happen ("I did not see it, I heard it from the house"): a witness by ear, WITNESSED by
    /// CONTRACT.md's "saw or heard it"; such a sentence ends the search.</summary>
    private static readonly string[][][] HeardIt = [[FirstSubjects, ["heard"], ["it", "this"]]];

    /// <summary>Who told the story, said of all of it: "he told me everything", "she told us all this", "I know this
    /// from his wife". Not "told me that ...", which brings a new fact rather than the source of the last.</summary>
    internal static readonly string[][][] ToldIt =
    [
        [Told, Us, ["everything", "this"]],
        [Told, Us, ["all"], ["this", "that"]],
        [Told, Us, ["all"], ["of"], ["this"]],
        [Told, Us, ["about"], ["it"]],
        [Told, Us, ["the"], ["whole"], ["story"]],
        [Knew, ["this", "everything"], ["from"]],
        [Knew, ["all"], ["this"], ["from"]],
        [Knew, ["all"], ["of"], ["this"], ["from"]],
    ];

    /// <summary>Words of a sentence that tells another matter than the claim before it: another victim or event
    /// ("Another boy died the same week", "two days later"), a month, or another teller's say ("My brother says the
    /// wheat burned"). A source said after such a sentence is that matter's, not the claim's.</summary>
    private static readonly string[] OtherMatter =
    [
        "another", "also", "other", "others", "then", "later", "after", "afterwards", "before", "next", "says", "said",
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
        "december",
    ];

    /// <summary>
    /// Turns to <see cref="Basis.Hearsay"/> each <see cref="Basis.Witnessed"/> claim of <paramref name="claims"/> from
    /// <paramref name="from"/> on whose speaker says, in the next <see cref="Defaults.Sentences"/> sentences after its
    /// evidence (not past the interviewer, nor into another claim's evidence), that they were not there, did not see
    /// it, or were told it.
    /// </summary>
    public static void Apply(Document document, List<Claim> claims, int from)
    {
        var evidence = new List<int>();
        for (var c = from; c < claims.Count; c++)
        {
            var claim = claims[c];
            if (claim.Basis != Basis.Witnessed || claim.Evidence.IsEmpty)
            {
                continue;
            }

            var end = AfterEvidence.End(claim);

            if (NotSeenTold(document, claim, evidence) || SaysAfter(document, end, AfterEvidence.NextClaimStart(claims, from, c, end)))
            {
                claims[c] = claim with { Basis = Basis.Hearsay };
            }
        }
    }

    /// <summary>True when a sentence of <paramref name="claim"/>'s evidence (its indices written into
    /// <paramref name="evidence"/>) names who told it (<see cref="NamesTeller"/>) or says the speaker heard of it
    /// (<see cref="HeardOf"/>), not that the speaker heard it happen.</summary>
    private static bool NotSeenTold(Document document, Claim claim, List<int> evidence)
    {
        evidence.Clear();
        ClaimBasisModel.EvidenceSentences(document, claim.Evidence, evidence);
        foreach (var s in evidence)
        {
            var sentence = document.Sentences[s];
            if ((NamesTeller(document, sentence) || WordSequence.In(document, sentence, HeardOf) || WordSequence.In(document, sentence, KnownFrom))
                && !WordSequence.In(document, sentence, HeardIt))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="sentence"/> says the speaker did not see and names a teller ("I did not see
    /// them hurt, my neighbour told me"), or names the source after the story ("That is what the civil defence said").</summary>
    private static bool NamesTeller(Document document, Sentence sentence) =>
        (WordSequence.In(document, sentence, NotSeen) && WordSequence.In(document, sentence, Telling))
        || (WordSequence.In(document, sentence, ThatIsWhat) && WordSequence.In(document, sentence, ToldOrSaid));

    /// <summary>True when one of the speaker's next <see cref="Defaults.Sentences"/> sentences after the offset
    /// <paramref name="evidenceEnd"/>, each ending no later than <paramref name="stopAt"/>, says the speaker was not there,
    /// did not see it, was told it or names who told it, none before it or in it saying they heard it happen.</summary>
    internal static bool SaysAfter(Document document, int evidenceEnd, int stopAt) =>
        SaysAfter(document, evidenceEnd, stopAt, passing: false)
        || (stopAt != int.MaxValue && SaysAfter(document, evidenceEnd, int.MaxValue, passing: true));

    /// <summary>The walk of <see cref="SaysAfter(Document, int, int)"/>. When <paramref name="passing"/>, the walk reads
    /// past another claim's evidence but stops at a sentence that opens another matter (<see cref="OtherMatter"/>) or
    /// that starts on a new line of the transcript (a new answer or paragraph).</summary>
    private static bool SaysAfter(Document document, int evidenceEnd, int stopAt, bool passing)
    {
        var (first, end) = AfterEvidence.SpeakerSentences(document, evidenceEnd, stopAt, Defaults.Sentences);
        var notSeenBefore = false;
        for (var s = first; s < end; s++)
        {
            var sentence = document.Sentences[s];
            if (WordSequence.In(document, sentence, HeardIt))
            {
                return false;
            }

            if (passing && StartsOnNewLine(document, evidenceEnd, sentence))
            {
                return false;
            }

            if (WordSequence.In(document, sentence, passing ? NotThereAtAll : NotThere) || WordSequence.In(document, sentence, ToldIt) || WordSequence.In(document, sentence, KnownFrom)
                || NamesTeller(document, sentence) || (notSeenBefore && WordSequence.In(document, sentence, Telling)))
            {
                return true;
            }

            if (passing && WordSequence.HasWord(document, sentence, OtherMatter))
            {
                return false;
            }

            notSeenBefore = WordSequence.In(document, sentence, NotSeen);
        }

        return false;
    }

    /// <summary>True when a line break lies between <paramref name="evidenceEnd"/> and the start of
    /// <paramref name="sentence"/>.</summary>
    private static bool StartsOnNewLine(Document document, int evidenceEnd, Sentence sentence) =>
        sentence.Start > evidenceEnd && document.Text.AsSpan(evidenceEnd, sentence.Start - evidenceEnd).Contains('\n');

    /// <summary>Default values.</summary>
    internal static class Defaults
    {
        /// <summary>
        /// How many of the speaker's sentences after the evidence are read: out of fold, right bases 3,296 without the
        /// rule, 3,306 reading the next sentence, 3,311 two, 3,314 three, 3,311 four, 3,310 all before the next claim
        /// (models/README.md, "Claim-level basis"); three lies inside the span that gains.
        /// </summary>
        public const int Sentences = 3;
    }
}
