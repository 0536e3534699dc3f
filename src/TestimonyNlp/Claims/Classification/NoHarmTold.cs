using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// Takes harms away from sentences that name a harm but tell none of the period: a researcher's follow-up note
/// ("Follow-up: ask the cousin for the names of the dead"), a death of illness or before the war ("he died in 2009 of
/// the sugar, before all this"), a question answered no ("Asked whether anyone was killed, he said no") and "nobody
/// died". Out of fold, of the built claims over no gold claim, 18 came from such sentences and none of the right ones
/// did (models/README.md, "Claim classifiers"). And the witness's own question ("Who else shoots at old men in a
/// bread queue?", "They killed my son, for what?"), none of which lay in a gold claim out of fold. Run after
/// <see cref="InjuryNotDeath"/>, before the bases are shared.
/// Matched on the token spans: a hyphened word or a transcriber's bracketed note is one token, not read inside.
/// </summary>
internal static class NoHarmTold
{
    /// <summary>A researcher's note to self, opening the sentence before a colon: it names the dead it asks about, it
    /// tells no event.</summary>
    private static readonly string[][][] ResearcherNote =
    [
        [["follow-up", "note"], [":"]],
        [["researcher", "researchers"], ["note"], [":"]],
        [["researcher"], ["'s", "'"], ["note"], [":"]],
    ];

    /// <summary>What one dies "of" that is no attack.</summary>
    private static readonly string[] Illnesses = ["heart", "kidney", "kidneys", "sugar", "sickness", "illness", "cancer"];

    /// <summary>A death of illness, old age or an accident, or one placed before the war; the causes are those of the
    /// error analysis ("of the kidneys", "from the sugar", "in his bed", "she was sick", "before all this").</summary>
    private static readonly string[][][] NaturalCause =
    [
        [["before"], ["all"], ["this"]],
        [["before"], ["all"], ["of"], ["this"]],
        [["before"], ["the"], ["war"]],
        [["of"], Illnesses],
        [["of"], ["his", "her", "the"], Illnesses],
        [["of"], ["old"], ["age"]],
        [["of"], ["his", "her", "the"], ["old"], ["age"]],
        [["from"], ["the"], ["sugar", "diabetes", "sickness", "illness", "cancer"]],
        [["in"], ["his", "her"], ["bed"]],
        [["was", "were"], ["sick"]],
        [["was", "were"], ["old"], ["and"], ["sick"]],
        [["an"], ["accident"]],
    ];

    /// <summary>A death told without a killer ("died", "dead").</summary>
    private static readonly string[][][] Died = [[["die", "dies", "died", "dead"]], [["passed"], ["away"]]];

    /// <summary>Word starts of an attack, any of which keeps the death one of the war ("shot in his bed").</summary>
    private static readonly string[] Attack = ["kill", "shot", "shoot", "murder", "execut", "bomb", "shell", "strike", "struck", "massacr", "sniper"];

    /// <summary>The researcher's question reported in the third person, opening the sentence.</summary>
    private static readonly string[][] AskedWhether = [["asked"], ["whether", "if", "about"]];

    /// <summary>The witness's no to it.</summary>
    private static readonly string[][][] AnsweredNo = [[["said"], ["no"]], [["not"], ["true"]]];

    /// <summary>A death denied; "nobody was killed outright" is not (in sample it is told of a death days later).</summary>
    private static readonly string[][][] NobodyDied =
    [
        [["nobody"], ["died"]],
        [["nobody"], ["was", "were"], ["killed"]],
        [["nobody"], ["was"], ["dead"]],
        [["no"], ["one"], ["died"]],
        [["no"], ["one"], ["was", "were"], ["killed"]],
        [["no"], ["one"], ["was"], ["dead"]],
    ];

    /// <summary>Words that open a question.</summary>
    private static readonly string[] QuestionWords = ["who", "why", "what", "how", "where", "when"];

    /// <summary>A question that closes the sentence asking what a harm was for: "They killed my son, for what?".</summary>
    private static readonly string[][] ForWhat = [["for"], ["what"], ["?"]];

    /// <summary>Words that pass on what others said or wrote.</summary>
    private static readonly string[][][] OthersSaid = [[["said", "say", "says", "wrote", "write", "rumours", "rumors", "rumour", "rumor"]]];

    /// <summary>The speaker's denial of it after "but", closing its clause: "but it was not.", "but it is not true", "but
    /// no,"; not "but it was not the bakery, it was the shop next to it", which moves the damage elsewhere.</summary>
    private static readonly string[][][] ButDenied =
    [
        [["but"], ["it", "that", "this"], ["was", "is"], ["not"], [",", ".", ";", "true"]],
        [["but"], ["no"], [","]],
        [["but"], ["not"], ["true"]],
    ];

    /// <summary>The speaker's denial opening the next sentence of the same turn: "It was not.", "It is not true, they
    /// fell in front of the door.", "No, the school was not hit."; an opening "also" is passed over, as in a subtitle
    /// line broken before it ("... was hit that day" / "also, but it was not.").</summary>
    private static readonly string[][][] DeniedAfter =
    [
        [["it", "that", "this"], ["was", "is"], ["not"], [",", ".", ";", "!", "true"]],
        [["it", "that", "this"], ["is", "was"], ["a"], ["lie", "rumour", "rumor"]],
        [["no"], [",", ".", "!"]],
        [["not"], ["true"]],
        .. ButDenied,
    ];

    /// <summary>Takes every harm from the notes and the questions answered no, KILLED from the deaths not of the war,
    /// and PROPERTY_DAMAGE from damage others spoke of that the speaker denies ("People said the school also burned, but
    /// it is not true.", or denied in the next sentence of the turn: "People said the clinic was hit. It was not.";
    /// corpus/MARKUP.md: a rumour the speaker denies is no damage), among
    /// <paramref name="assessments"/> (one per entry of <see cref="Document.Sentences"/>).</summary>
    public static void Apply(Document document, Span<SentenceAssessment> assessments)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sentences = document.Sentences;
        for (var s = 0; s < assessments.Length; s++)
        {
            if (assessments[s].Harms == HarmSet.None)
            {
                continue;
            }

            if (IsResearcherNote(document, sentences[s]) || IsQuestionAnsweredNo(document, sentences[s])
                || IsWitnessQuestion(document, sentences[s]))
            {
                assessments[s] = SentenceAssessment.NoHarm;
            }
            else if (assessments[s].Harms.Contains(Harm.Killed) && DeathNotOfTheWar(document, sentences[s]))
            {
                assessments[s] = assessments[s].Without(HarmSet.Killed);
            }

            if (assessments[s].Harms.Contains(Harm.PropertyDamage)
                && (DamageDenied(document, sentences[s]) || DeniedInNextSentence(document, s)))
            {
                assessments[s] = assessments[s].Without(HarmSet.PropertyDamage);
            }
        }
    }

    private static bool IsResearcherNote(Document document, Sentence sentence) =>
        FirstWord(document, sentence) is var first and >= 0
        && WordSequence.MatchAt(document.Tokens, document.Text, first, WordSequence.End(document, sentence), ResearcherNote) > 0;

    private static bool IsQuestionAnsweredNo(Document document, Sentence sentence) =>
        FirstWord(document, sentence) is var first and >= 0
        && WordSequence.StartsAt(document.Tokens, document.Text, first, WordSequence.End(document, sentence), AskedWhether)
        && WordSequence.In(document, sentence, AnsweredNo);

    /// <summary>Whether <paramref name="sentence"/> is the witness's own question, one that asks and tells nothing: it ends
    /// with "?" and opens with a word of <see cref="QuestionWords"/> ("Who else shoots at old men in a bread queue?") or
    /// closes on <see cref="ForWhat"/>.</summary>
    private static bool IsWitnessQuestion(Document document, Sentence sentence)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        var end = WordSequence.End(document, sentence);
        if (end <= sentence.FirstToken || !tokens[end - 1].Span(text).Equals("?", StringComparison.Ordinal))
        {
            return false;
        }

        return (FirstWord(document, sentence) is var first and >= 0 && WordList.Contains(tokens[first].Span(text), QuestionWords))
            || (end - ForWhat.Length >= sentence.FirstToken
                && WordSequence.StartsAt(tokens, text, end - ForWhat.Length, end, ForWhat));
    }

    private static bool DamageDenied(Document document, Sentence sentence) =>
        WordSequence.In(document, sentence, OthersSaid) && WordSequence.In(document, sentence, ButDenied);

    /// <summary>Whether the sentence at <paramref name="sentence"/> passes on what others said and the next sentence of
    /// the same turn opens on the speaker's denial of it (<see cref="DeniedAfter"/>).</summary>
    private static bool DeniedInNextSentence(Document document, int sentence)
    {
        var sentences = document.Sentences;
        if (sentence + 1 >= sentences.Count
            || document.TurnOf(sentences[sentence + 1]) != document.TurnOf(sentences[sentence])
            || !WordSequence.In(document, sentences[sentence], OthersSaid))
        {
            return false;
        }

        var next = sentences[sentence + 1];
        var first = FirstWord(document, next);
        if (first < 0)
        {
            return false;
        }

        var end = WordSequence.End(document, next);
        var tokens = document.Tokens;
        if (tokens[first].Span(document.Text).Equals("also", StringComparison.OrdinalIgnoreCase))
        {
            first++;
            if (first < end && tokens[first].Span(document.Text).Equals(",", StringComparison.Ordinal))
            {
                first++;
            }
        }

        return WordSequence.MatchAt(tokens, document.Text, first, end, DeniedAfter) > 0;
    }

    private static bool DeathNotOfTheWar(Document document, Sentence sentence) =>
        NobodyDiedOutright(document, sentence)
        || (WordSequence.In(document, sentence, NaturalCause) && WordSequence.In(document, sentence, Died) && !NamesAttack(document, sentence));

    /// <summary>Whether a phrase of <see cref="NobodyDied"/> stands in <paramref name="sentence"/> not followed by "outright".</summary>
    private static bool NobodyDiedOutright(Document document, Sentence sentence)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        var end = WordSequence.End(document, sentence);
        for (var t = sentence.FirstToken; t < end; t++)
        {
            var length = WordSequence.MatchAt(tokens, text, t, end, NobodyDied);
            if (length > 0 && !(t + length < end && tokens[t + length].Span(text).StartsWith("outright", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NamesAttack(Document document, Sentence sentence)
    {
        var tokens = document.Tokens;
        var end = WordSequence.End(document, sentence);
        for (var t = sentence.FirstToken; t < end; t++)
        {
            if (WordList.StartsWithAny(tokens[t].Span(document.Text), Attack))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first token of <paramref name="sentence"/> with a letter or a digit, or -1.</summary>
    private static int FirstWord(Document document, Sentence sentence)
    {
        var tokens = document.Tokens;
        var end = WordSequence.End(document, sentence);
        for (var t = sentence.FirstToken; t < end; t++)
        {
            if (tokens[t].Kind != TokenKind.Punctuation && tokens[t].Kind != TokenKind.Symbol)
            {
                return t;
            }
        }

        return -1;
    }
}
