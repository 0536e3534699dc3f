using TestimonyNlp.Model;

namespace TestimonyNlp.Text;

/// <summary>Small fixed word lists matched against a token's text without allocating.</summary>
internal static class WordList
{
    /// <summary>True when <paramref name="word"/> equals one of <paramref name="words"/>, ignoring case.</summary>
    public static bool Contains(ReadOnlySpan<char> word, string[] words)
    {
        foreach (var candidate in words)
        {
            if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="word"/> starts with one of <paramref name="stems"/>, ignoring case.</summary>
    public static bool StartsWithAny(ReadOnlySpan<char> word, string[] stems)
    {
        foreach (var stem in stems)
        {
            if (word.StartsWith(stem, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="word"/> has one of <paramref name="parts"/> anywhere in it, ignoring case
    /// ("whole" has "hole").</summary>
    public static bool HasAnyPart(ReadOnlySpan<char> word, string[] parts)
    {
        foreach (var part in parts)
        {
            if (word.Contains(part, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when one of <paramref name="tokens"/> (spans into <paramref name="text"/>) is one of
    /// <paramref name="words"/>, ignoring case.</summary>
    public static bool ContainsAny(ReadOnlySpan<Token> tokens, string text, string[] words)
    {
        foreach (var token in tokens)
        {
            if (Contains(token.Span(text), words))
            {
                return true;
            }
        }

        return false;
    }
}
