using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// Gives MISSING to a witness sentence that tells a disappearance by where the person is not or was asked for, without
/// a word of going missing the classifiers read for it: "Not in the hospital, not among the bodies.", "Not alive, not
/// dead.", "He is not on any list.", "We asked at the police, at the court.", "They are still not found.", "She is not
/// anywhere.", "We never heard of him again.", "Since then, nothing.", or by the word the classifiers left unread: "Nine
/// men are missing from that day.", "The page put the names of the disappeared of the district." Only sentences the classifiers gave no
/// harm are read. Run after <see cref="HarmToldByOutcome"/> and
/// before <see cref="NoHarmTold"/>, as <see cref="FlightToldByParty"/> is. Matched on the token spans.
/// </summary>
internal static class DisappearanceToldByAbsence
{
    /// <summary>The words after "not" that open a place the person is not in ("not in the prison", "not among the
    /// bodies", "not with the Red Cross").</summary>
    private static readonly string[] Within = ["in", "on", "among", "with", "at"];

    /// <summary>A list of names ("not on any list", "not in any list").</summary>
    private static readonly string[] Lists = ["list", "lists"];

    /// <summary>The states after "not" that a person searched for is in neither of ("not alive, not dead", "not in
    /// prison, not dead").</summary>
    private static readonly string[] States = ["alive", "dead", "grave"];

    private static readonly WordTable Words = new(Within, Lists, States);

    private const int WithinBit = 1, ListsBit = 1 << 1, StatesBit = 1 << 2;

    /// <summary>How sure the disappearance is: over the train and dev transcripts the witness sentences of the forms
    /// lay in a gold disappearance 42 times and in no gold claim twice.</summary>
    public const float HarmConfidence = 0.9f;

    /// <summary>Gives, in <paramref name="assessments"/> (one per entry of <see cref="Document.Sentences"/>),
    /// MISSING to each witness sentence the classifiers gave no harm that tells a disappearance by absence.</summary>
    public static void Apply(Document document, Span<SentenceAssessment> assessments) =>
        NoHarmSentences.Give(document, assessments, HarmSet.Missing, HarmConfidence, Tells);

    /// <summary>Whether <paramref name="sentence"/> tells a person on no list, in none of two places or states named
    /// one after the other, asked for at two places, still not found or not anywhere, never seen or heard of again,
    /// unknown of since a time, or missing in so many words (<see cref="ToldMissing"/>), in one pass over its
    /// tokens.</summary>
    private static bool Tells(Document document, Sentence sentence)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        var end = WordSequence.End(document, sentence);
        if (NamedNotBack(document, sentence.FirstToken, end))
        {
            return true;
        }

        var placesNotIn = 0;
        var asked = false;
        for (var t = sentence.FirstToken; t < end; t++)
        {
            var word = tokens[t].Span(text);
            if (word.Equals(",", StringComparison.Ordinal) && asked && AtOrIn(tokens, text, t + 1, end))
            {
                return true;
            }

            if (word.Equals("never", StringComparison.OrdinalIgnoreCase) && NeverAgain(tokens, text, t, end))
            {
                return true;
            }

            if (word.Equals("since", StringComparison.OrdinalIgnoreCase) && NothingSince(tokens, text, t, end))
            {
                return true;
            }

            if (WordSequence.MatchAt(tokens, text, t, end, ToldMissing) > 0
                && (t == sentence.FirstToken || !tokens[t - 1].Span(text).Equals("who", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }

            asked |= (word.Equals("asked", StringComparison.OrdinalIgnoreCase)
                    || word.Equals("searched", StringComparison.OrdinalIgnoreCase))
                && AtOrIn(tokens, text, t + 1, end);
            if (!word.Equals("not", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (WordSequence.WordIs(tokens, text, t + 1, end, "anywhere")
                || (WordSequence.WordIs(tokens, text, t + 1, end, "found") && t > sentence.FirstToken && WordSequence.WordIs(tokens, text, t - 1, end, "still")))
            {
                return true;
            }

            var after = t + 1 < end ? Words.Of(tokens[t + 1].Span(text)) : 0;
            if (WordSequence.WordIs(tokens, text, t + 1, end, "the") && t + 2 < end)
            {
                after |= Words.Of(tokens[t + 2].Span(text)) & StatesBit;
            }

            if ((after & (WithinBit | StatesBit)) != 0)
            {
                if (WordSequence.WordIs(tokens, text, t + 2, end, "any")
                    && t + 3 < end
                    && (Words.Of(tokens[t + 3].Span(text)) & ListsBit) != 0)
                {
                    return true;
                }

                // The second place must follow a comma ("not in the prison, not in the graves"): "not in the house
                // but not in the street" is a contrast, not a search.
                if (placesNotIn == 0 || (t > sentence.FirstToken && WordSequence.WordIs(tokens, text, t - 1, end, ",")))
                {
                    placesNotIn++;
                }

                if (placesNotIn >= 2)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>People told missing or disappeared in so many words, which the classifiers left unread: "nine men are
    /// missing from that day", "the people missing from the town", "a list of the disappeared of the district", "on
    /// the list as missing". Not after "who" ("to call the ones who are missing": the missing told of in general), and
    /// "is not missing" reads none of them. One person who "is (still) missing" or "disappeared" is left out: out of
    /// fold such witness sentences the classifiers gave no harm were a disappearance told again ("So for him, he is
    /// still disappeared.", "I told them my father is disappeared."), while the forms kept lay in a gold disappearance
    /// nothing was built over 6 times and in no gold claim never. "The other disappeared" is left out too: its one
    /// sentence, a list told right after the disappearance, joined that claim and tied two incidents together. A wait
    /// for the person ("we are still waiting for her") and nothing from them since ("nothing from him until now") were
    /// added later: over the train and dev transcripts they lay in a gold disappearance 3 times and in no gold claim
    /// never ("I was waiting for him" at a window, and "nothing from him" for some months, are not read).</summary>
    private static readonly string[][][] ToldMissing =
    [
        [["are"], ["missing", "disappeared"]],
        [["are"], ["still"], ["missing", "disappeared"]],
        [["missing"], ["from", "since"]],
        [["the"], ["disappeared"], ["of", "from"]],
        [["as"], ["missing"]],
        [["are", "still"], ["waiting"], ["for"], ["him", "her", "them"]],
        [["nothing"], ["from"], ["him", "her", "them"], ["until", "since"]],
    ];

    /// <summary>The times a silence is counted from: "since then", "since that day", "since that night".</summary>
    private static readonly string[][][] SinceThen =
    [
        [["then"]],
        [["that", "this", "the"], ["day", "night", "morning", "evening", "time"]],
    ];

    /// <summary>The words that deny a knowing after it: "we don't know", "I do not know anything", "nobody
    /// knows".</summary>
    private static readonly string[] Unknowing = ["not", "n't", "don't", "never", "nobody", "no"];

    /// <summary>Whether "since" at <paramref name="since"/> opens a silence about the person from a time on: "then",
    /// "that day" or "that night" and, later in the sentence, "nothing" ("Since then, nothing.", "Since that day we
    /// know nothing.") or "know" after a word that denies it ("Since that day we don't know.", "since then nobody knows
    /// where he is"). Over the out-of-fold witness sentences such a silence lay in a gold disappearance 40 times (35 of
    /// them given MISSING by the classifiers) and in no gold claim never; "Since then we did not go back" and "Since that
    /// Saturday she does not sleep" tell neither.</summary>
    private static bool NothingSince(List<Token> tokens, string text, int since, int end)
    {
        var length = WordSequence.MatchAt(tokens, text, since + 1, end, SinceThen);
        if (length == 0)
        {
            return false;
        }

        var denied = false;
        for (var t = since + 1 + length; t < end; t++)
        {
            var word = tokens[t].Span(text);
            if (word.Equals("nothing", StringComparison.OrdinalIgnoreCase)
                || (denied && (word.Equals("know", StringComparison.OrdinalIgnoreCase) || word.Equals("knows", StringComparison.OrdinalIgnoreCase))))
            {
                return true;
            }

            denied |= WordList.Contains(word, Unknowing);
        }

        return false;
    }

    /// <summary>Seeing or hearing right after "never": "we never saw again", "we never heard of him again".</summary>
    private static readonly string[] SeenOrHeard = ["saw", "seen", "heard"];

    /// <summary>How many tokens after "never" "again" is looked for ("never heard from my brother Hailay again": 6).</summary>
    private const int AgainReach = 7;

    /// <summary>Whether "never" at <paramref name="never"/> opens a person not seen or heard of since: "saw", "seen" or
    /// "heard" right after it and "again" within <see cref="AgainReach"/> tokens ("Ihsan also we never saw again", "Her
    /// husband Dakhil, we never heard of him again", "We never heard again.").</summary>
    private static bool NeverAgain(List<Token> tokens, string text, int never, int end)
    {
        if (never + 1 >= end || !WordList.Contains(tokens[never + 1].Span(text), SeenOrHeard))
        {
            return false;
        }

        for (var t = never + 2; t < end && t <= never + AgainReach; t++)
        {
            if (tokens[t].Span(text).Equals("again", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The words that may open a person named and answered "no": "But Ayman, no."</summary>
    private static readonly string[] Openers = ["but", "and"];

    /// <summary>Whether the sentence is only a person's name answered "no" ("Karim, no.", "But Yusuf, no."): told after
    /// others who came back or were let go, the one who did not. Over the train and dev transcripts such sentences lay
    /// in a gold disappearance 16 times and in no gold claim never (a kin noun in place of the name, "My husband, no.",
    /// lay in one as often as in none, and is left out).</summary>
    private static bool NamedNotBack(Document document, int first, int end)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        var t = first;
        if (t < end && WordList.Contains(tokens[t].Span(text), Openers))
        {
            t++;
        }

        if (t >= end || document.EntityAt(tokens[t].Start) is not { Type: EntityType.Person } person || person.Start != tokens[t].Start)
        {
            return false;
        }

        while (t < end && tokens[t].Start < person.End)
        {
            t++;
        }

        if (!WordSequence.WordIs(tokens, text, t, end, ",") || !WordSequence.WordIs(tokens, text, t + 1, end, "no"))
        {
            return false;
        }

        for (t += 2; t < end; t++)
        {
            if (tokens[t].Kind == TokenKind.Word)
            {
                return false;
            }
        }

        return true;
    }

    private static bool AtOrIn(List<Token> tokens, string text, int at, int end) =>
        WordSequence.WordIs(tokens, text, at, end, "at") || WordSequence.WordIs(tokens, text, at, end, "in");
}
