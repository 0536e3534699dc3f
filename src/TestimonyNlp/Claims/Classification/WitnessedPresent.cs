using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// Makes a claim WITNESSED that the basis model gave HEARSAY when the speaker says they were there: in its evidence
/// it happened in front of them or the takers came to their own home ("they shot him in front of everybody", "they
/// came to our house and took my brother"), or in its evidence or the speaker's next sentences they say they were
/// there, saw all of it or were made to watch ("I was there, I live two houses from him", "They made us watch").
/// A taking told with the takers' words ("they said for questions") or a relative's name reads as relayed to the
/// sentence models; CONTRACT.md's WITNESSED is "saw or heard it". Out of fold, of the matched claims with such a phrase,
/// 55 are gold WITNESSED, 10 EXPERIENCED (the speaker's own harm, which the rule leaves), 1 HEARSAY and none REPORTED
/// (models/README.md, "Claim-level basis"). A sentence that also says told or heard is left out: the presence is then
/// the teller's ("his sister told me they kicked him in front of the girls"); so is "I was there" negated. So does the
/// interviewer's next question whether the speaker saw it answered "Yes" or "I heard it" ("Did you see it?" "I heard
/// it, I was three houses away."; <see cref="HearsayAnswered.AnsweredYes"/>, the mirror of its "No"): out of fold 5
/// more claims right, none wrong.
/// </summary>
internal static class WitnessedPresent
{
    private static readonly string[] FirstSubjects = ["i", "we"];
    private static readonly string[] Came = ["came", "come", "comes", "entered", "broke"];
    private static readonly string[] Into = ["to", "into"];
    private static readonly string[] Own = ["our", "my"];
    private static readonly string[] Home = ["house", "home", "shelter", "tent", "room", "door", "yard", "courtyard", "farm", "flat", "apartment", "building"];
    private static readonly string[] Onlookers = ["me", "us", "everybody", "everyone"];
    private static readonly string[] Made = ["us", "me", "everybody", "everyone"];
    private static readonly string[] Watch = ["watch", "look", "see", "come"];

    /// <summary>Said in the evidence: it happened in front of the speaker, or the takers came to the speaker's own
    /// home.</summary>
    private static readonly string[][][] InEvidence =
    [
        [["in"], ["front"], ["of"], Onlookers],
        [["in"], ["front"], ["of"], ["my", "our", "the"], ["eyes", "children", "people"]],
        [["in"], ["front"], ["of"], ["all"], ["of"], ["us"]],
        [["before"], ["my", "our"], ["eyes"]],
        [["before"], ["my", "our"], ["own"], ["eyes"]],
        [Came, Into, Own, Home],
        [Came, ["at"], ["night", "dawn"], Into, Own, Home],
        [Came, ["that"], ["night"], Into, Own, Home],
    ];

    /// <summary>Said in the evidence or the speaker's next sentences: "I was there", "I saw all of it", "they made us
    /// watch".</summary>
    private static readonly string[][][] WasThere =
    [
        [FirstSubjects, ["was", "were"], ["there"]],
        [FirstSubjects, ["was", "were"], ["also"], ["there"]],
        [FirstSubjects, ["saw"], ["all", "everything"]],
        [FirstSubjects, ["saw"], ["it"], ["all"]],
        [["made"], Made, Watch],
        [["made"], Made, ["all"], Watch],
        [["made"], ["the"], ["people"], Watch],
    ];

    /// <summary>A word that makes the presence the teller's: the sentence is not read.</summary>
    private static readonly string[] Relayed = ["told", "tells", "tell", "heard"];

    /// <summary>A word that denies being there ("I was not there"), with a word ending in "n't".</summary>
    private static readonly string[] Negations = ["not", "never"];

    /// <summary>
    /// Turns to <see cref="Basis.Witnessed"/> each <see cref="Basis.Hearsay"/> claim of <paramref name="claims"/> from
    /// <paramref name="from"/> on whose evidence, or whose speaker's next <see cref="Defaults.Sentences"/> sentences
    /// after it (not past the interviewer, nor into another claim's evidence), say the speaker was there.
    /// </summary>
    public static void Apply(Document document, List<Claim> claims, int from)
    {
        var evidence = new List<int>();
        for (var c = from; c < claims.Count; c++)
        {
            var claim = claims[c];
            if (claim.Basis != Basis.Hearsay || claim.Evidence.IsEmpty)
            {
                continue;
            }

            evidence.Clear();
            ClaimBasisModel.EvidenceSentences(document, claim.Evidence, evidence);
            var end = AfterEvidence.End(claim);

            if (SaysInEvidence(document, evidence) || SaysAfter(document, end, AfterEvidence.NextClaimStart(claims, from, c, end))
                || HearsayAnswered.AnsweredYes(document, end))
            {
                claims[c] = claim with { Basis = Basis.Witnessed };
            }
        }
    }

    private static bool SaysInEvidence(Document document, List<int> evidence)
    {
        foreach (var s in evidence)
        {
            var sentence = document.Sentences[s];
            if (!Has(document, sentence, Relayed, false)
                && (WordSequence.In(document, sentence, InEvidence) || (!Has(document, sentence, Negations, true) && WordSequence.In(document, sentence, WasThere))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when one of the speaker's next <see cref="Defaults.Sentences"/> sentences after the offset
    /// <paramref name="evidenceEnd"/>, each ending no later than <paramref name="stopAt"/>, says the speaker was
    /// there.</summary>
    private static bool SaysAfter(Document document, int evidenceEnd, int stopAt)
    {
        var (first, end) = AfterEvidence.SpeakerSentences(document, evidenceEnd, stopAt, Defaults.Sentences);
        for (var s = first; s < end; s++)
        {
            var sentence = document.Sentences[s];
            if (!Has(document, sentence, Relayed, false) && !Has(document, sentence, Negations, true) && WordSequence.In(document, sentence, WasThere))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a word of <paramref name="sentence"/> is one of <paramref name="words"/>, or, with
    /// <paramref name="contracted"/>, ends in "n't".</summary>
    private static bool Has(Document document, Sentence sentence, string[] words, bool contracted)
    {
        var tokens = document.Tokens;
        var end = WordSequence.End(document, sentence);
        for (var t = sentence.FirstToken; t < end; t++)
        {
            var word = tokens[t].Span(document.Text);
            if (WordList.Contains(word, words) || (contracted && word.EndsWith("n't", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Default values.</summary>
    internal static class Defaults
    {
        /// <summary>
        /// How many of the speaker's sentences after the evidence are read: out of fold, right bases 3,371 without the
        /// rule, 3,381 reading the evidence alone, 3,382 the next sentence, 3,384 two, 3,384 three (models/README.md,
        /// "Claim-level basis"); two is the shortest reach of the best.
        /// </summary>
        public const int Sentences = 2;
    }
}
