namespace TestimonyNlp.Training.Corpus;

/// <summary>
/// Maps offsets in a marked source's plain text onto the content a reader decoded from the raw file. Readers
/// only take things away (timings, cue numbers, tags, a byte order mark) and may change line endings, so each
/// content line is a subsequence of one plain-text line, in order. Lines are paired in order; within a pair,
/// characters are aligned so that the skipped plain-text characters form as few runs as possible (a tag is
/// one run), which keeps words together.
/// </summary>
internal sealed class TextAligner
{
    private const int Unmatched = -1;
    private const int Infinity = int.MaxValue / 2;

    private readonly int[] _map;

    private TextAligner(int[] map)
    {
        _map = map;
    }

    /// <summary>Aligns <paramref name="plain"/> (line feeds) with <paramref name="content"/> (any line ending).</summary>
    public static TextAligner Align(string plain, string content)
    {
        var map = new int[plain.Length];
        Array.Fill(map, Unmatched);
        var plainLines = Lines(plain);
        var contentLines = Lines(content);
        var cursor = 0;
        foreach (var (cStart, cEnd) in contentLines)
        {
            if (cEnd == cStart)
            {
                continue;
            }

            var c = content.AsSpan(cStart, cEnd - cStart);
            var best = -1;
            var bestCost = Infinity;
            var firstCandidate = -1;
            for (var j = cursor; j < plainLines.Count; j++)
            {
                if ((firstCandidate >= 0 && j > firstCandidate + Defaults.LookaheadLines) || j > cursor + Defaults.MaxScanLines)
                {
                    break;
                }

                var (pStart, pEnd) = plainLines[j];
                var p = plain.AsSpan(pStart, pEnd - pStart);
                if (!IsSubsequence(c, p))
                {
                    continue;
                }

                if (firstCandidate < 0)
                {
                    firstCandidate = j;
                }

                var cost = Cost(c, p);
                if (cost < bestCost)
                {
                    best = j;
                    bestCost = cost;
                }

                // A line that is the content line, or the content line with one run taken away (a voice tag, a
                // label's closing tag), is taken at once.
                if (cost <= 1)
                {
                    break;
                }
            }

            if (best < 0)
            {
                continue;
            }

            var (start, end) = plainLines[best];
            Fill(c, cStart, plain.AsSpan(start, end - start), start, map);
            cursor = best + 1;
        }

        return new TextAligner(map);
    }

    /// <summary>The content offset of the plain-text character at <paramref name="plainOffset"/>, or -1.</summary>
    public int this[int plainOffset] => plainOffset >= 0 && plainOffset < _map.Length ? _map[plainOffset] : Unmatched;

    /// <summary>
    /// Maps the plain-text range of a mark whose text must appear in the content unchanged: the start is taken from
    /// the first aligned character of the range, and the content there must read <paramref name="expected"/>.
    /// </summary>
    public bool TryMapExact(int start, int end, string expected, string content, out int contentStart)
    {
        contentStart = Unmatched;
        for (var k = start; k < end; k++)
        {
            if (_map[k] == Unmatched)
            {
                continue;
            }

            var candidate = _map[k] - (k - start);
            if (candidate >= 0 && candidate + expected.Length <= content.Length
                && content.AsSpan(candidate, expected.Length).SequenceEqual(expected))
            {
                contentStart = candidate;
                return true;
            }

            return false;
        }

        return false;
    }

    /// <summary>Maps a plain-text range to the content range from its first to its last aligned character.</summary>
    public bool TryMapRange(int start, int end, out int contentStart, out int contentEnd)
    {
        contentStart = contentEnd = Unmatched;
        for (var k = start; k < end; k++)
        {
            if (_map[k] != Unmatched)
            {
                contentStart = _map[k];
                break;
            }
        }

        for (var k = end - 1; k >= start; k--)
        {
            if (_map[k] != Unmatched)
            {
                contentEnd = _map[k] + 1;
                break;
            }
        }

        return contentStart != Unmatched && contentEnd > contentStart;
    }

    // Lines without their terminators: \n, \r\n or a lone \r.
    private static List<(int Start, int End)> Lines(string text)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                lines.Add((start, i));
                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                start = i;
                continue;
            }

            i++;
        }

        lines.Add((start, text.Length));
        return lines;
    }

    private static bool IsSubsequence(ReadOnlySpan<char> c, ReadOnlySpan<char> p)
    {
        if (c.Length > p.Length)
        {
            return false;
        }

        var i = 0;
        for (var j = 0; j < p.Length && i < c.Length; j++)
        {
            if (p[j] == c[i])
            {
                i++;
            }
        }

        return i == c.Length;
    }

    private static int Cost(ReadOnlySpan<char> c, ReadOnlySpan<char> p)
    {
        if (c.SequenceEqual(p))
        {
            return 0;
        }

        if ((long)(c.Length + 1) * (p.Length + 1) > Defaults.MaxCells)
        {
            var at = p.IndexOf(c);
            return at < 0 ? Infinity - 1 : (at > 0 ? 1 : 0) + (at + c.Length < p.Length ? 1 : 0);
        }

        return Solve(c, p, null);
    }

    private static void Fill(ReadOnlySpan<char> c, int cOffset, ReadOnlySpan<char> p, int pOffset, int[] map)
    {
        var matched = new int[c.Length];
        if (c.SequenceEqual(p))
        {
            for (var i = 0; i < c.Length; i++)
            {
                matched[i] = i;
            }
        }
        else if ((long)(c.Length + 1) * (p.Length + 1) > Defaults.MaxCells)
        {
            var at = p.IndexOf(c);
            var j = at >= 0 ? at : 0;
            for (var i = 0; i < c.Length; i++)
            {
                // Greedy when the line is too long for the table: the subsequence is known to exist.
                while (p[j] != c[i])
                {
                    j++;
                }

                matched[i] = j++;
            }
        }
        else
        {
            Solve(c, p, matched);
        }

        for (var i = 0; i < c.Length; i++)
        {
            map[pOffset + matched[i]] = cOffset + i;
        }
    }

    // Fewest runs of skipped p characters over all ways of embedding c in p; fills matched (p index per c index)
    // when given. match[i, j]: c[..i] in p[..j] with p[j-1] used; skip[i, j]: the same with p[j-1] skipped.
    private static int Solve(ReadOnlySpan<char> c, ReadOnlySpan<char> p, int[]? matched)
    {
        var n = c.Length;
        var m = p.Length;
        var width = m + 1;
        var match = new int[(n + 1) * width];
        var skip = new int[(n + 1) * width];
        var fromSkip = matched is null ? null : new bool[(n + 1) * width];
        var skipFromMatch = matched is null ? null : new bool[(n + 1) * width];
        Array.Fill(match, Infinity);
        Array.Fill(skip, Infinity);
        match[0] = 0;
        for (var i = 0; i <= n; i++)
        {
            for (var j = 1; j <= m; j++)
            {
                var cell = (i * width) + j;
                if (i > 0 && c[i - 1] == p[j - 1])
                {
                    var diagonal = cell - width - 1;
                    var viaSkip = skip[diagonal] < match[diagonal];
                    match[cell] = viaSkip ? skip[diagonal] : match[diagonal];
                    if (fromSkip is not null)
                    {
                        fromSkip[cell] = viaSkip;
                    }
                }

                var opened = match[cell - 1] + 1;
                var continued = skip[cell - 1];
                var open = opened < continued;
                skip[cell] = Math.Min(Math.Min(opened, continued), Infinity);
                if (skipFromMatch is not null)
                {
                    skipFromMatch[cell] = open;
                }
            }
        }

        var last = (n * width) + m;
        var inMatch = match[last] <= skip[last];
        var cost = Math.Min(match[last], skip[last]);
        if (matched is null)
        {
            return cost;
        }

        var row = n;
        var col = m;
        while (row > 0)
        {
            var cell = (row * width) + col;
            if (inMatch)
            {
                matched[row - 1] = col - 1;
                inMatch = !fromSkip![cell];
                row--;
                col--;
            }
            else
            {
                inMatch = skipFromMatch![cell];
                col--;
            }
        }

        return cost;
    }

    /// <summary>Limits of the aligner.</summary>
    internal static class Defaults
    {
        /// <summary>Plain-text lines looked at past the first that could hold a content line.</summary>
        public const int LookaheadLines = 32;

        /// <summary>Plain-text lines looked at for one content line before it is given up as unaligned.</summary>
        public const int MaxScanLines = 4096;

        /// <summary>Largest alignment table for one pair of lines; longer pairs are aligned greedily.</summary>
        public const long MaxCells = 1_000_000;
    }
}
