using TestimonyNlp.Claims.Counts;
using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Building;

/// <summary>
/// A detention whose own telling undoes it: the taking did not happen ("They wanted to take him, but the elders swore
/// for him.", "He was not taken.", "they left without him") or was a stop that ended with the person sent on and no
/// holding told ("They asked me questions, one hour. Then they gave me my card and said go."). Gold claims neither: a
/// check at a checkpoint or a door is no detention. A holding of days, or of more than two hours, is one.
/// </summary>
internal static class TakingUndone
{
    /// <summary>Tunable values.</summary>
    public static class Defaults
    {
        /// <summary>Most sentences after the detention, in its answer, that may tell the stop's hours and release
        /// ("They took me out of the minibus. They looked at my phone. One hour, in the sun. Then an officer said
        /// go.").</summary>
        public const int StopReach = 3;

        /// <summary>Most hours a stop is told to last ("two hours"); "for eight hours, on my knees" is a
        /// holding.</summary>
        public const int MostHours = 2;
    }

    /// <summary>Objects of the taking the witness tells as not done: "wanted to take him".</summary>
    private static readonly string[] TakenPeople = ["him", "me", "her"];

    /// <summary>Objects of a release: "let me go", "let us go", "let everybody go".</summary>
    private static readonly string[] LetGoPeople = ["him", "me", "her", "us", "everybody", "everyone"];

    /// <summary>Verbs of a release after "let" and its object: "let him go", "let him come with us", "let me
    /// pass".</summary>
    private static readonly string[] LetGoVerbs = ["go", "come", "pass"];

    /// <summary>Verbs of a taking only meant: "wanted to take him", "tried to take me".</summary>
    private static readonly string[] MeantWords = ["wanted", "tried"];

    /// <summary>Words of a holding longer than a stop: with one, the time told is not the stop's.</summary>
    private static readonly string[] LongWords =
        ["day", "days", "week", "weeks", "month", "months", "year", "years", "night", "nights"];

    /// <summary>What is handed back at the end of a stop: "gave me my card", "gave it back".</summary>
    private static readonly string[] HandedBack = ["back", "card", "cards", "papers", "phone", "taskira"];

    /// <summary>Words that turn a sentence to someone else: "her brother-in-law too", "another time".</summary>
    private static readonly string[] OtherWords = ["too", "also", "another"];

    /// <summary>
    /// True when <paramref name="draft"/>, a detention of at most one person after the merge, is undone: its last
    /// sentence or the next one in the same answer tells the taking only meant or denied, or its last sentence or the
    /// next few in the answer tell a release ("let him go", "said go", "gave me my card") with no time of days, weeks,
    /// months, years or nights and no more than two hours told in the detention or there. Neither reads on into a
    /// sentence that names a person or turns to someone else ("too", "also", "another"), which may tell another's
    /// taking or release; a release told before another sentence of the detention is another's stop too.
    /// </summary>
    public static bool Undone(DocumentLayout layout, ClaimDraft draft)
    {
        if (draft.Harm != Harm.Detained || draft.Min > 1)
        {
            return false;
        }

        var document = layout.Document;
        if (!layout.TrySentencesOf(draft, out var first, out var last))
        {
            return false;
        }

        var end = last;
        while (end + 1 < document.Sentences.Count
            && end - last < Defaults.StopReach
            && layout.IsSpeech(end + 1)
            && layout.Turn(end + 1) == layout.Turn(last)
            && !OtherPerson(layout, end + 1, document.SentenceTokens(end + 1)))
        {
            end++;
        }

        var text = document.Text;
        var released = false;
        var longer = false;
        for (var s = first; s <= end; s++)
        {
            var tokens = document.SentenceTokens(s);
            for (var t = 0; t < tokens.Length; t++)
            {
                if (tokens[t].Kind != TokenKind.Word)
                {
                    continue;
                }

                var word = tokens[t].Span(text);
                if (s >= last && s <= last + 1 && NotTaken(text, tokens, t) && !OtherPerson(layout, s, tokens))
                {
                    return true;
                }

                // The release ends the telling: one told before another sentence of the detention is another's stop
                // ("they asked him one hour, and they let him go. But the sons, they dragged them out").
                released |= s >= last && Release(text, tokens, t);
                longer |= word.Equals("hours", StringComparison.OrdinalIgnoreCase)
                    && t > 0
                    && NumberReader.TryRead(text, tokens, t - 1, out var count)
                    && count.Min > Defaults.MostHours;
                longer |= WordList.Contains(word, LongWords)
                    && !(word.Equals("day", StringComparison.OrdinalIgnoreCase) && Is(text, tokens, t - 1, "same"));
            }
        }

        return released && !longer;
    }

    /// <summary>True when sentence <paramref name="sentence"/> names a person or turns to someone else ("they wanted to
    /// take her brother-in-law Jaber too"): the taking it undoes may be another's, not the detention's.</summary>
    private static bool OtherPerson(DocumentLayout layout, int sentence, ReadOnlySpan<Token> tokens)
    {
        var document = layout.Document;
        var text = document.Text;
        var span = document.Sentences[sentence];
        foreach (var entity in layout.EntitiesWithin(span.Start, span.End))
        {
            if (entity.Type == EntityType.Person)
            {
                return true;
            }
        }

        return WordList.ContainsAny(tokens, text, OtherWords);
    }

    /// <summary>True at "wanted/tried to take him", "was/were not taken", "did not take me", "left without him", "would
    /// be arrested/taken" and "not arrested".</summary>
    private static bool NotTaken(string text, ReadOnlySpan<Token> tokens, int t)
    {
        var word = tokens[t].Span(text);
        if (WordList.Contains(word, MeantWords))
        {
            return Is(text, tokens, t + 1, "to")
                && Is(text, tokens, t + 2, "take")
                && t + 3 < tokens.Length
                && WordList.Contains(tokens[t + 3].Span(text), TakenPeople);
        }

        if (word.Equals("not", StringComparison.OrdinalIgnoreCase))
        {
            return (Is(text, tokens, t + 1, "taken")
                    && (Is(text, tokens, t - 1, "was") || Is(text, tokens, t - 1, "were")))
                || Is(text, tokens, t + 1, "arrested")
                || (Is(text, tokens, t - 1, "did")
                    && Is(text, tokens, t + 1, "take")
                    && t + 2 < tokens.Length
                    && WordList.Contains(tokens[t + 2].Span(text), TakenPeople));
        }

        if (word.Equals("without", StringComparison.OrdinalIgnoreCase))
        {
            return Is(text, tokens, t - 1, "left")
                && t + 1 < tokens.Length
                && WordList.Contains(tokens[t + 1].Span(text), TakenPeople);
        }

        return word.Equals("would", StringComparison.OrdinalIgnoreCase) && Is(text, tokens, t + 1, "be")
            && (Is(text, tokens, t + 2, "arrested") || Is(text, tokens, t + 2, "taken"));
    }

    /// <summary>True at "let him go" ("let him come with us", "let everybody go"), "said go" and "gave" followed
    /// within three words by what is handed back.</summary>
    private static bool Release(string text, ReadOnlySpan<Token> tokens, int t)
    {
        var word = tokens[t].Span(text);
        if (word.Equals("let", StringComparison.OrdinalIgnoreCase))
        {
            return t + 2 < tokens.Length
                && WordList.Contains(tokens[t + 1].Span(text), LetGoPeople)
                && WordList.Contains(tokens[t + 2].Span(text), LetGoVerbs);
        }

        if (word.Equals("said", StringComparison.OrdinalIgnoreCase))
        {
            var next = t + 1 < tokens.Length && tokens[t + 1].Kind == TokenKind.Punctuation ? t + 2 : t + 1;
            return Is(text, tokens, next, "go");
        }

        if (!word.Equals("gave", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        for (var g = t + 1; g < tokens.Length && g <= t + 3; g++)
        {
            if (WordList.Contains(tokens[g].Span(text), HandedBack))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Is(string text, ReadOnlySpan<Token> tokens, int t, string word) =>
        t >= 0 && t < tokens.Length && tokens[t].Span(text).Equals(word, StringComparison.OrdinalIgnoreCase);
}
