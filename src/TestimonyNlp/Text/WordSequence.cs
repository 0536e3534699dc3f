using System.Runtime.InteropServices;
using TestimonyNlp.Model;

namespace TestimonyNlp.Text;

/// <summary>
/// Phrases given as one word list per token ("killed" then "him" or "them"), matched against consecutive tokens
/// without allocating. A phrase with an optional word is written twice, with and without it.
/// </summary>
internal static class WordSequence
{
    /// <summary>True when the tokens from <paramref name="at"/>, all before <paramref name="end"/>, are one by one a
    /// word of each list of <paramref name="phrase"/>, ignoring case.</summary>
    public static bool StartsAt(List<Token> tokens, string text, int at, int end, string[][] phrase)
    {
        if (at + phrase.Length > end)
        {
            return false;
        }

        for (var k = 0; k < phrase.Length; k++)
        {
            if (!WordList.Contains(tokens[at + k].Span(text), phrase[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The length in tokens of the first of <paramref name="phrases"/> that starts at <paramref name="at"/>
    /// (see <see cref="StartsAt"/>), or 0 when none does.</summary>
    public static int MatchAt(List<Token> tokens, string text, int at, int end, string[][][] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (StartsAt(tokens, text, at, end, phrase))
            {
                return phrase.Length;
            }
        }

        return 0;
    }

    /// <summary>True when one of <paramref name="phrases"/> ends at the token <paramref name="last"/> and starts no
    /// earlier than <paramref name="first"/>.</summary>
    public static bool EndsAt(List<Token> tokens, string text, int first, int last, string[][][] phrases)
    {
        foreach (var phrase in phrases)
        {
            var start = last + 1 - phrase.Length;
            if (start >= first && StartsAt(tokens, text, start, last + 1, phrase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when one of <paramref name="phrases"/> starts at a token of <paramref name="sentence"/> and ends
    /// inside it.</summary>
    public static bool In(Document document, Sentence sentence, string[][][] phrases)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = document.Tokens;
        var end = End(document, sentence);
        for (var t = sentence.FirstToken; t < end; t++)
        {
            if (MatchAt(tokens, document.Text, t, end, phrases) > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a token of <paramref name="sentence"/> is one of <paramref name="words"/>, ignoring case
    /// (<see cref="WordList.Contains"/>).</summary>
    public static bool HasWord(Document document, Sentence sentence, string[] words)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = CollectionsMarshal.AsSpan(document.Tokens);
        return WordList.ContainsAny(tokens[sentence.FirstToken..End(document, sentence)], document.Text, words);
    }

    /// <summary>True when one of <paramref name="phrases"/> is <see cref="In(Document, Sentence, string[][][])"/> one of
    /// the sentences of <paramref name="document"/> at the indices <paramref name="sentences"/> holds (a claim's
    /// evidence).</summary>
    public static bool InAny(Document document, List<int> sentences, string[][][] phrases)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(sentences);
        foreach (var s in sentences)
        {
            if (In(document, document.Sentences[s], phrases))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when one of the sentences of <paramref name="document"/> at the indices
    /// <paramref name="sentences"/> holds has one of <paramref name="words"/>
    /// (<see cref="HasWord(Document, Sentence, string[])"/>).</summary>
    public static bool HasWordInAny(Document document, List<int> sentences, string[] words)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(sentences);
        foreach (var s in sentences)
        {
            if (HasWord(document, document.Sentences[s], words))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The index just past the last token of <paramref name="sentence"/>.</summary>
    public static int End(Document document, Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Math.Min(sentence.FirstToken + sentence.TokenCount, document.Tokens.Count);
    }

    /// <summary>Whether the token at <paramref name="at"/>, before <paramref name="end"/>, is <paramref name="word"/>
    /// (any case).</summary>
    public static bool WordIs(List<Token> tokens, string text, int at, int end, string word) =>
        at < end && tokens[at].Span(text).Equals(word, StringComparison.OrdinalIgnoreCase);
}
