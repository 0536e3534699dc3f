namespace TestimonyNlp.Entities.Lexicons;

/// <summary>A small set of single words looked for near an ambiguous match (<c>stepped</c> near <c>mine</c>),
/// compared with folded tokens by hash and verified by characters.</summary>
internal sealed class CueSet
{
    private readonly Dictionary<ulong, string> _words = [];

    /// <summary>Creates the set; each word is folded like text (<c>didn't</c> is <c>didnt</c>).</summary>
    public CueSet(params string[] words)
    {
        foreach (var word in words)
        {
            var folded = Fold(word);
            _words.TryAdd(TextFolding.Hash(folded), folded);
        }
    }

    /// <summary>True when token <paramref name="token"/> as a whole is one of the words.</summary>
    public bool Contains(ReadOnlySpan<char> text, FoldedTokens tokens, int token) =>
        token >= 0 && token < tokens.Count
        && _words.TryGetValue(tokens.Joined(token), out var word)
        && TextFolding.FoldsTo(text[tokens.Start(token)..tokens.End(token)], word);

    /// <summary>The token nearest to <paramref name="near"/> in <c>[from, to)</c> that is one of the words, or -1.</summary>
    public int Nearest(ReadOnlySpan<char> text, FoldedTokens tokens, int from, int to, int near)
    {
        var best = -1;
        var bestDistance = int.MaxValue;
        for (var t = Math.Max(from, 0); t < to && t < tokens.Count; t++)
        {
            var distance = Math.Abs(t - near);
            if (distance < bestDistance && Contains(text, tokens, t))
            {
                best = t;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>True when a token in <c>[from, to)</c>, other than those in <c>[skipFrom, skipTo]</c>, is one of the words.</summary>
    public bool AnyIn(ReadOnlySpan<char> text, FoldedTokens tokens, int from, int to, int skipFrom = -1, int skipTo = -1)
    {
        for (var t = Math.Max(from, 0); t < to && t < tokens.Count; t++)
        {
            if ((t < skipFrom || t > skipTo) && Contains(text, tokens, t))
            {
                return true;
            }
        }

        return false;
    }

    private static string Fold(string word)
    {
        var chars = new List<char>(word.Length);
        foreach (var c in word)
        {
            var folded = TextFolding.Fold(c);
            if (folded != '\0' && !TextFolding.IsHyphen(c))
            {
                chars.Add(folded);
            }
        }

        return new string([.. chars]);
    }
}
