using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// Gives DETAINED to a witness sentence that tells a taking with the people taken put first, which the classifiers
/// leave unread: "Five men they took.", "Some they took off the bus.", "Four, they took with them at dawn.",
/// "some of them the soldiers took at the bridge", "Some men they kept, I cannot say which". The people are a count
/// ("five", "some", "nine or ten men") or people ("the young men"); "took", "kept" or "arrested" follows "they" or
/// "the soldiers" and ends its clause or opens a place or a time ("off", "with", "on", "to", "that"), so "Then they
/// took him", "the phone they took", "Him they kept." and "Some they took from the towns" (whence, told in general)
/// read none. A name first ("Tomas, they kept.") is left out: out of fold it gained no claim, and in sample it joined
/// a name to a detention told before it and a false pair of incidents. Only sentences the classifiers gave no harm are read. Run
/// after <see cref="HarmToldByOutcome"/> and before <see cref="NoHarmTold"/>, as
/// <see cref="DisappearanceToldByAbsence"/> is. Matched on the token spans.
/// </summary>
internal static class TakingToldObjectFirst
{
    /// <summary>How sure the detention is: over the train transcripts, counted by pattern, the sentences of the form lay
    /// in a gold detention 6 times and in no gold claim once ("Many teachers they took.", told in general).</summary>
    public const float HarmConfidence = 0.6f;

    /// <summary>The verbs of a taking read after the subject.</summary>
    private static readonly string[] Takings = ["took", "kept", "arrested"];

    /// <summary>The words that may follow the verb: a place the people were taken off, on, with or to, or the time
    /// ("that Friday").</summary>
    private static readonly string[] PlaceWords = ["off", "with", "on", "to", "that", "away"];

    /// <summary>The counts of people that may open the sentence ("Five men they took", "Some they took").</summary>
    private static readonly string[] Counts =
    [
        "some", "many", "several", "others", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "dozens", "hundreds",
    ];

    /// <summary>The people taken, after a count or alone ("the young men they took").</summary>
    private static readonly string[] People = ["men", "boys", "girls", "women", "people", "man", "boy", "girl", "woman", "sons"];

    /// <summary>The words inside the people named first: "some of them", "nine or ten men", "the young men".</summary>
    private static readonly string[] Joiners = ["of", "them", "or", "young", "the", "other"];

    /// <summary>The words that may stand before the people named first: "And five men they took", "Only two they
    /// kept", "but some they took".</summary>
    private static readonly string[] Openers = ["and", "but", "only", "so", ","];

    /// <summary>How many tokens the people named first may span ("some of them the": 4).</summary>
    private const int PeopleReach = 4;

    /// <summary>Gives, in <paramref name="assessments"/> (one per entry of <see cref="Document.Sentences"/>),
    /// DETAINED to each witness sentence the classifiers gave no harm that tells a taking with the people first.</summary>
    public static void Apply(Document document, Span<SentenceAssessment> assessments) =>
        NoHarmSentences.Give(document, assessments, HarmSet.Detained, HarmConfidence, Tells);

    /// <summary>Whether <paramref name="sentence"/> holds "they" or "the soldiers" then a taking verb ending its clause
    /// or opening a place, with people put right before the subject (<see cref="PeopleBefore"/>).</summary>
    private static bool Tells(Document document, Sentence sentence)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        var end = WordSequence.End(document, sentence);
        for (var t = sentence.FirstToken + 1; t < end; t++)
        {
            if (!WordList.Contains(tokens[t].Span(text), Takings) || !ClauseEnds(tokens, text, t + 1, end))
            {
                continue;
            }

            var subject = t - 1;
            if (tokens[subject].Span(text).Equals("soldiers", StringComparison.OrdinalIgnoreCase)
                && subject > sentence.FirstToken
                && WordSequence.WordIs(tokens, text, subject - 1, end, "the"))
            {
                subject--;
            }
            else if (!tokens[subject].Span(text).Equals("they", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (PeopleBefore(tokens, text, sentence.FirstToken, subject))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the token at <paramref name="at"/> ends the clause (the sentence's end, a comma, a stop) or
    /// opens a place or a time (<see cref="PlaceWords"/>).</summary>
    private static bool ClauseEnds(List<Token> tokens, string text, int at, int end)
    {
        if (at >= end)
        {
            return true;
        }

        var word = tokens[at].Span(text);
        return word is "," or "." or ";" or "!" || WordList.Contains(word, PlaceWords);
    }

    /// <summary>Whether the tokens right before <paramref name="subject"/> (a comma between allowed) are people: a
    /// count or people, with only <see cref="Joiners"/> among them, opening the sentence or after one of
    /// <see cref="Openers"/>.</summary>
    private static bool PeopleBefore(List<Token> tokens, string text, int first, int subject)
    {
        var last = subject - 1;
        if (last >= first && tokens[last].Span(text).Equals(",", StringComparison.Ordinal))
        {
            last--;
        }

        var people = false;
        var t = last;
        for (; t >= first && last - t < PeopleReach; t--)
        {
            var word = tokens[t].Span(text);
            if (WordList.Contains(word, Counts) || WordList.Contains(word, People) || IsDigits(word))
            {
                people = true;
            }
            else if (!WordList.Contains(word, Joiners))
            {
                break;
            }
        }

        return people && (t < first || WordList.Contains(tokens[t].Span(text), Openers));
    }

    private static bool IsDigits(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
