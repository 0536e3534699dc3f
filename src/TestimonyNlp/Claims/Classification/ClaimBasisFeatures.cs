using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// The features of one claim as a whole that the claim-level basis model reads: the sentence basis probabilities over
/// its evidence (mean and greatest), the bases its evidence states outright (<see cref="BasisCues"/>), the ways of
/// knowing named in the evidence, in the speaker's turn before it (the nearer, the stronger) and after it, and in the
/// interviewer's question the turn answers, the harm, how many sentences, whether an interpreter relays it and the
/// person of the speaker in it. Dense, <see cref="Count"/> values, each in [0, 1].
/// </summary>
internal static class ClaimBasisFeatures
{
    /// <summary>Ways of knowing (and of not knowing) found by <see cref="Cues"/>.</summary>
    internal const int CueKinds = 8;

    /// <summary>The number of features.</summary>
    public const int Count = Mean + ClaimClassifier.BasisCount + ClaimClassifier.BasisCount + ClaimClassifier.BasisCount
        + CueKinds + CueKinds + ClaimClassifier.BasisCount + CueKinds + 2 + ClaimClassifier.HarmCount + 5 + 3 + CueKinds + 2 + ClaimClassifier.BasisCount + ClaimClassifier.BasisCount + ClaimClassifier.BasisCount;

    private const int Mean = 0;
    private const int Max = Mean + ClaimClassifier.BasisCount;
    private const int StatedShare = Max + ClaimClassifier.BasisCount;
    private const int InEvidence = StatedShare + ClaimClassifier.BasisCount;
    private const int Before = InEvidence + CueKinds;
    private const int NearestBefore = Before + CueKinds;
    private const int After = NearestBefore + ClaimClassifier.BasisCount;
    private const int Question = After + CueKinds;
    private const int HarmSlot = Question + 2;
    private const int Shape = HarmSlot + ClaimClassifier.HarmCount;
    private const int NextQuestion = Shape + 5;
    private const int NextAnswer = NextQuestion + 3;
    private const int NextAnswerOpening = NextAnswer + CueKinds;
    private const int MeanBefore = NextAnswerOpening + 2;
    private const int MeanAfter = MeanBefore + ClaimClassifier.BasisCount;
    private const int NearestAfter = MeanAfter + ClaimClassifier.BasisCount;

    private static readonly string[] SightWords = ["saw", "see", "seen", "watched", "witnessed", "eyes", "watching", "looked"];
    private static readonly string[] HearWords = ["heard", "hear", "hearing"];
    private static readonly string[] HeardWhat = ["that", "from", "about", "they", "people", "it", "he", "she", "later", "afterwards", "after"];
    private static readonly string[] SoundWords = ["sound", "noise", "bang", "boom", "whistle", "screaming", "screams", "shouting"];
    private static readonly string[] ToldWords = ["told", "tell", "telling", "said", "say", "says", "saying", "according", "rumour", "rumours", "rumor", "apparently", "informed", "called", "phoned", "learned", "learnt"];
    private static readonly string[] ReportWords = ["news", "television", "tv", "radio", "facebook", "whatsapp", "telegram", "internet", "list", "lists", "report", "reports", "reported", "statement", "records", "registered", "channel", "media", "announced", "published", "posted", "video", "documented"];
    private static readonly string[] AwayWords = ["away", "abroad", "outside"];
    private static readonly string[] ThereWords = ["there", "home", "present", "here"];
    private static readonly string[] Negations = ["not", "n't", "never", "wasn't", "weren't", "didn't"];
    private static readonly string[] ShelterWords = ["basement", "shelter", "hiding", "hid", "hide", "cellar", "underground", "inside"];
    private static readonly string[] WentWords = ["went", "ran", "go", "rushed", "returned", "hurried", "came", "arrived"];
    private static readonly string[] ThirdSpeakers = ["she", "he"];
    private static readonly string[] SpeechVerbs = ["says", "said", "is", "explains", "means", "adds", "tells"];
    private static readonly string[] FirstSubjects = ["i", "we"];
    private static readonly string[] FirstObjects = ["me", "us", "myself"];
    private static readonly string[] FirstOwners = ["my", "our"];

    // One look-up per token for all the lists above; the bits follow the order of the lists given.
    private static readonly WordTable CueWords = new(
        SightWords, HearWords, HeardWhat, SoundWords, ToldWords, ReportWords, AwayWords, ThereWords, Negations,
        ShelterWords, WentWords, ThirdSpeakers, SpeechVerbs, FirstSubjects, FirstObjects, FirstOwners);

    private const int SightBit = 1, HearBit = 1 << 1, HeardWhatBit = 1 << 2, SoundBit = 1 << 3, ToldBit = 1 << 4;
    private const int ReportBit = 1 << 5, AwayBit = 1 << 6, ThereBit = 1 << 7, NegationBit = 1 << 8, ShelterBit = 1 << 9;
    private const int WentBit = 1 << 10, ThirdSpeakerBit = 1 << 11, SpeechVerbBit = 1 << 12, FirstSubjectBit = 1 << 13;
    private const int FirstObjectBit = 1 << 14, FirstOwnerBit = 1 << 15;

    /// <summary>The ways of knowing <see cref="Cues"/> finds, as bits.</summary>
    [Flags]
    internal enum Cue
    {
        /// <summary>None.</summary>
        None = 0,

        /// <summary>Seeing it: "saw", "watched", "with my own eyes".</summary>
        Sight = 1,

        /// <summary>Hearing it happen: "I heard the explosion", "the sound".</summary>
        Hearing = 2,

        /// <summary>Being told: "told me", "they said", "I heard that".</summary>
        Told = 4,

        /// <summary>A document, the media, a list: "on the news", "the list".</summary>
        Report = 8,

        /// <summary>Not being there: "I was not there", "we were away".</summary>
        Absent = 16,

        /// <summary>Sheltering nearby: "in the basement", "hiding".</summary>
        Shelter = 32,

        /// <summary>Going to the place: "went", "ran", "rushed".</summary>
        Went = 64,

        /// <summary>Someone's words relayed in the third person: "she says", "he said".</summary>
        Relayed = 128,
    }

    /// <summary>
    /// Fills <paramref name="into"/> (<see cref="Count"/> long) with the features of a claim of <paramref name="harm"/>
    /// whose evidence sentences are <paramref name="evidence"/> (ascending indices into <see cref="Document.Sentences"/>);
    /// <paramref name="basisProbabilities"/> holds <see cref="ClaimClassifier.BasisCount"/> probabilities per sentence
    /// of the document (a sentence the classifiers do not assess has zeros).
    /// </summary>
    public static void Compute(Document document, ReadOnlySpan<int> evidence, Harm harm, ReadOnlySpan<float> basisProbabilities, Span<float> into) =>
        Compute(new SentenceCues(document), evidence, harm, basisProbabilities, into);

    /// <summary>
    /// As <see cref="Compute(Document, ReadOnlySpan{int}, Harm, ReadOnlySpan{float}, Span{float})"/>, reading the
    /// ways of knowing of the document's sentences from <paramref name="sentenceCues"/>, which keeps them for the
    /// document's next claims.
    /// </summary>
    public static void Compute(SentenceCues sentenceCues, ReadOnlySpan<int> evidence, Harm harm, ReadOnlySpan<float> basisProbabilities, Span<float> into)
    {
        var document = sentenceCues.Document;
        into[..Count].Clear();
        if (evidence.IsEmpty)
        {
            into[HarmSlot + (int)harm] = 1f;
            return;
        }

        var sentences = document.Sentences;
        var assessed = 0;
        var relayed = false;
        var subject = false;
        var objectOfHarm = false;
        var owner = false;
        foreach (var s in evidence)
        {
            var probabilities = basisProbabilities.Slice(s * ClaimClassifier.BasisCount, ClaimClassifier.BasisCount);
            if (probabilities.IndexOfAnyExcept(0f) >= 0)
            {
                assessed++;
                for (var b = 0; b < ClaimClassifier.BasisCount; b++)
                {
                    into[Mean + b] += probabilities[b];
                    into[Max + b] = Math.Max(into[Max + b], probabilities[b]);
                }
            }

            if (BasisCues.Stated(document, sentences[s]) is { } stated)
            {
                into[StatedShare + (int)stated] += 1f / evidence.Length;
            }

            Set(into, InEvidence, sentenceCues.Of(s));
            relayed |= document.RoleOf(sentences[s]) == SpeakerRole.Interpreter;
            var words = ListsOf(document, s);
            subject |= (words & FirstSubjectBit) != 0;
            objectOfHarm |= (words & FirstObjectBit) != 0;
            owner |= (words & FirstOwnerBit) != 0;
        }

        for (var b = 0; b < ClaimClassifier.BasisCount && assessed > 0; b++)
        {
            into[Mean + b] /= assessed;
        }

        // What the speaker says before the evidence, since the interviewer last spoke (a subtitle cue or a
        // timestamp may open a turn of its own): each way of knowing by how near it is, and which of the four that
        // name a basis comes nearest.
        var first = evidence[0];
        var nearest = -1;
        for (var s = first - 1; s >= 0 && first - s <= Defaults.ContextSentences && Speaks(document, s); s--)
        {
            AddContext(sentenceCues, basisProbabilities, s, first - s, MeanBefore, Before, NearestBefore, ref nearest, into);
        }

        var last = evidence[^1];
        var nearestAfter = -1;
        for (var s = last + 1; s < sentences.Count && s - last <= Defaults.ContextSentences && Speaks(document, s); s++)
        {
            AddContext(sentenceCues, basisProbabilities, s, s - last, MeanAfter, After, NearestAfter, ref nearestAfter, into);
        }

        // The interviewer's question the speaker answers: "Did you see it?", "Who told you?"
        var opening = first;
        while (opening > 0 && Speaks(document, opening - 1))
        {
            opening--;
        }

        for (var s = opening - 1; s >= 0 && document.RoleOf(sentences[s]) == SpeakerRole.Interviewer; s--)
        {
            var cues = sentenceCues.Of(s);
            into[Question] = Math.Max(into[Question], (cues & Cue.Sight) != 0 ? 1f : 0f);
            into[Question + 1] = Math.Max(into[Question + 1], (cues & (Cue.Told | Cue.Report)) != 0 ? 1f : 0f);
        }

        NextExchange(sentenceCues, last, into);

        into[HarmSlot + (int)harm] = 1f;
        into[Shape] = evidence.Length / (evidence.Length + 1f);
        into[Shape + 1] = relayed ? 1f : 0f;
        into[Shape + 2] = subject ? 1f : 0f;
        into[Shape + 3] = objectOfHarm ? 1f : 0f;
        into[Shape + 4] = owner ? 1f : 0f;
    }

    /// <summary>
    /// The interviewer's next question after the turn of the evidence ("Did you see it?", "Were you there?") and the
    /// first sentences of the answer to it ("No, I was in the house. My uncle called me."): a witness often says how
    /// they know only when asked.
    /// </summary>
    private static void NextExchange(SentenceCues sentenceCues, int last, Span<float> into)
    {
        var document = sentenceCues.Document;
        var sentences = document.Sentences;
        var s = last + 1;
        while (s < sentences.Count && Speaks(document, s))
        {
            s++;
        }

        var asked = false;
        for (; s < sentences.Count && document.RoleOf(sentences[s]) == SpeakerRole.Interviewer; s++)
        {
            asked = true;
            var cues = sentenceCues.Of(s);
            into[NextQuestion] = (cues & Cue.Sight) != 0 ? 1f : into[NextQuestion];
            into[NextQuestion + 1] = (cues & (Cue.Told | Cue.Report)) != 0 ? 1f : into[NextQuestion + 1];
            into[NextQuestion + 2] = (ListsOf(document, s) & ThereBit) != 0 ? 1f : into[NextQuestion + 2];
        }

        if (!asked || s >= sentences.Count || !ClaimClassifier.CanAssert(document.RoleOf(sentences[s])))
        {
            return;
        }

        var opening = document.Tokens[sentences[s].FirstToken].Span(document.Text);
        into[NextAnswerOpening] = opening.Equals("no", StringComparison.OrdinalIgnoreCase) ? 1f : 0f;
        into[NextAnswerOpening + 1] = opening.Equals("yes", StringComparison.OrdinalIgnoreCase) ? 1f : 0f;
        for (var k = 0; k < Defaults.AnswerSentences && s + k < sentences.Count && Speaks(document, s + k); k++)
        {
            Set(into, NextAnswer, sentenceCues.Of(s + k));
        }
    }

    /// <summary>The ways of knowing named in sentence <paramref name="sentence"/> of <paramref name="document"/>.</summary>
    public static Cue Cues(Document document, int sentence)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        var at = document.Sentences[sentence];
        var end = Math.Min(at.FirstToken + at.TokenCount, tokens.Count);
        var cues = Cue.None;
        var firstPerson = false;
        var negated = false;
        var there = false;
        for (var t = at.FirstToken; t < end; t++)
        {
            var word = CueWords.Of(tokens[t].Span(text));
            if (word == 0)
            {
                continue;
            }

            var next = t + 1 < end ? CueWords.Of(tokens[t + 1].Span(text)) : 0;
            if ((word & SightBit) != 0)
            {
                cues |= Cue.Sight;
            }
            else if ((word & HearBit) != 0)
            {
                cues |= (next & HeardWhatBit) != 0 ? Cue.Told : Cue.Hearing;
            }
            else if ((word & SoundBit) != 0)
            {
                cues |= Cue.Hearing;
            }
            else if ((word & ToldBit) != 0)
            {
                cues |= Cue.Told;
            }
            else if ((word & ReportBit) != 0)
            {
                cues |= Cue.Report;
            }
            else if ((word & ShelterBit) != 0)
            {
                cues |= Cue.Shelter;
            }
            else if ((word & WentBit) != 0)
            {
                cues |= Cue.Went;
            }
            else if ((word & AwayBit) != 0)
            {
                cues |= firstPerson ? Cue.Absent : Cue.None;
            }

            if ((word & ThirdSpeakerBit) != 0 && (next & SpeechVerbBit) != 0 && t + 2 <= end)
            {
                cues |= Cue.Relayed;
            }

            firstPerson |= (word & FirstSubjectBit) != 0;
            negated |= (word & NegationBit) != 0;
            there |= (word & ThereBit) != 0;
        }

        if (firstPerson && negated && there)
        {
            cues |= Cue.Absent;
        }

        return cues;
    }

    /// <summary>
    /// The slot of the way of knowing that names a basis in <paramref name="cues"/> (report over told over sight;
    /// hearing it happen, alone, takes the experienced slot, so that a witness by ear is kept apart from one who saw),
    /// or -1.
    /// </summary>
    private static int Nearest(Cue cues) =>
        (cues & Cue.Report) != 0 ? (int)Basis.Reported
        : (cues & Cue.Told) != 0 ? (int)Basis.Hearsay
        : (cues & Cue.Sight) != 0 ? (int)Basis.Witnessed
        : (cues & Cue.Hearing) != 0 ? (int)Basis.Experienced
        : -1;

    /// <summary>True when sentence <paramref name="sentence"/> is not the interviewer's.</summary>
    private static bool Speaks(Document document, int sentence) => document.RoleOf(document.Sentences[sentence]) != SpeakerRole.Interviewer;

    /// <summary>Adds a context sentence's basis probabilities, the nearer the more (1/2, 1/4, ...).</summary>
    /// <summary>Adds what one context sentence of the speaker, <paramref name="distance"/> sentences from the evidence,
    /// says: its basis probabilities, the nearness of each cue kind it is the nearest of, and the basis of the nearest
    /// cue that names one when none nearer did.</summary>
    private static void AddContext(SentenceCues sentenceCues, ReadOnlySpan<float> basisProbabilities, int sentence, int distance,
        int meanOffset, int cueOffset, int nearestOffset, ref int nearest, Span<float> into)
    {
        Add(into, meanOffset, basisProbabilities, sentence, distance);
        var cues = sentenceCues.Of(sentence);
        var nearness = 1f / distance;
        for (var k = 0; k < CueKinds; k++)
        {
            if (((int)cues & (1 << k)) != 0 && into[cueOffset + k] == 0f)
            {
                into[cueOffset + k] = nearness;
            }
        }

        if (nearest < 0 && Nearest(cues) is var slot and >= 0)
        {
            nearest = slot;
            into[nearestOffset + slot] = 1f;
        }
    }

    private static void Add(Span<float> into, int offset, ReadOnlySpan<float> basisProbabilities, int sentence, int distance)
    {
        if (distance > Defaults.ProbabilityContext)
        {
            return;
        }

        var weight = 1f / (1 << distance);
        for (var b = 0; b < ClaimClassifier.BasisCount; b++)
        {
            into[offset + b] += weight * basisProbabilities[(sentence * ClaimClassifier.BasisCount) + b];
        }
    }

    private static void Set(Span<float> into, int offset, Cue cues)
    {
        for (var k = 0; k < CueKinds; k++)
        {
            if (((int)cues & (1 << k)) != 0)
            {
                into[offset + k] = 1f;
            }
        }
    }

    /// <summary>The bits of the lists of <see cref="CueWords"/> that hold a word of sentence <paramref name="sentence"/>.</summary>
    private static int ListsOf(Document document, int sentence)
    {
        var tokens = document.Tokens;
        var at = document.Sentences[sentence];
        var end = Math.Min(at.FirstToken + at.TokenCount, tokens.Count);
        var bits = 0;
        for (var t = at.FirstToken; t < end; t++)
        {
            bits |= CueWords.Of(tokens[t].Span(document.Text));
        }

        return bits;
    }

    /// <summary>Default values.</summary>
    internal static class Defaults
    {
        /// <summary>Sentences of the answer to the next question searched for a way of knowing.</summary>
        public const int AnswerSentences = 3;

        /// <summary>Sentences before and after the evidence searched for a way of knowing (not past the interviewer).</summary>
        public const int ContextSentences = 8;

        /// <summary>Sentences before and after the evidence whose basis probabilities count.</summary>
        public const int ProbabilityContext = 3;
    }
}
