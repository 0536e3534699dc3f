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
}
