using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Entities.Lexicons;

/// <summary>
/// Finds lexicon phrases in tokenized text: a trie over folded tokens (see <see cref="FoldedTokens"/>) whose edges
/// are keyed by the hash of a token or of one hyphen-separated part of it. A hyphenated token is matched both as
/// one token and as its parts, in the text and in the lexicon: <c>air-strike</c>, <c>airstrike</c> and
/// <c>air strike</c> all reach the lexicon phrase <c>air-strike</c>, and <c>Daesh-held</c> holds <c>Daesh</c>.
/// A hit is verified character by character against the phrase, so a hash collision never yields a false match.
/// Immutable once built and safe to share between threads.
/// </summary>
/// <typeparam name="TPayload">What the lexicon says about each phrase.</typeparam>
public sealed class PhraseSpotter<TPayload>
{
    [ThreadStatic]
    private static WholeBuffers? t_whole;

    private readonly Dictionary<Edge, int> _edges;
    private readonly int[] _entryStart;
    private readonly int[] _entryCount;
    private readonly bool[] _hasChildren;
    private readonly Entry[] _entries;
    private readonly TPayload[] _payloads;
    private readonly int _maxUnits;

    private PhraseSpotter(
        Dictionary<Edge, int> edges, int[] entryStart, int[] entryCount, bool[] hasChildren, Entry[] entries, TPayload[] payloads, int maxUnits)
    {
        _edges = edges;
        _entryStart = entryStart;
        _entryCount = entryCount;
        _hasChildren = hasChildren;
        _entries = entries;
        _payloads = payloads;
        _maxUnits = maxUnits;
    }

    /// <summary>Number of phrases added (spelling variants that fold to one phrase count once).</summary>
    public int Count => _payloads.Length;

    /// <summary>
    /// Appends to <paramref name="matches"/> the leftmost-longest, non-overlapping matches among tokens
    /// <paramref name="firstToken"/> .. <paramref name="firstToken"/> + <paramref name="tokenCount"/> - 1 of
    /// <paramref name="tokens"/>, in text order. A match never extends beyond that range.
    /// </summary>
    /// <param name="text">The text the tokens point into (the same as given to <see cref="FoldedTokens.Fold"/>).</param>
    /// <param name="tokens">The folded tokens.</param>
    /// <param name="firstToken">First token to look at.</param>
    /// <param name="tokenCount">Number of tokens to look at.</param>
    /// <param name="matches">Receives the matches.</param>
    public void FindAll(ReadOnlySpan<char> text, FoldedTokens tokens, int firstToken, int tokenCount, List<PhraseMatch<TPayload>> matches)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(matches);
        ArgumentOutOfRangeException.ThrowIfNegative(firstToken);
        ArgumentOutOfRangeException.ThrowIfNegative(tokenCount);
        var end = (int)Math.Min((long)firstToken + tokenCount, tokens.Count);
        if (_maxUnits == 0 || firstToken >= end)
        {
            return;
        }

        Span<Unit> path = stackalloc Unit[_maxUnits];
        var search = new Search(text, tokens, end, path);
        var i = firstToken;
        var p = 0;
        while (i < end)
        {
            var parts = tokens.PartCount(i);
            if (parts == 0)
            {
                i++;
                p = 0;
                continue;
            }

            if (Longest(ref search, i, p))
            {
                var start = p == 0 ? tokens.Start(i) : tokens.PartStart(tokens.FirstPart(i) + p);
                matches.Add(new PhraseMatch<TPayload>(start, search.BestEnd, i, search.BestLastToken, _payloads[search.BestPayload]));
                i = search.BestNextToken;
                p = search.BestNextPart;
            }
            else if (p + 1 < parts)
            {
                p++;
            }
            else
            {
                i++;
                p = 0;
            }
        }
    }

    /// <summary>Appends the matches among all of <paramref name="tokens"/>; see <see cref="FindAll(ReadOnlySpan{char}, FoldedTokens, int, int, List{PhraseMatch{TPayload}})"/>.</summary>
    public void FindAll(ReadOnlySpan<char> text, FoldedTokens tokens, List<PhraseMatch<TPayload>> matches)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        FindAll(text, tokens, 0, tokens.Count, matches);
    }

    /// <summary>
    /// True when the whole of <paramref name="phrase"/> (tokenized and folded like any text) is one lexicon phrase.
    /// Allocates nothing once the calling thread has made its first call.
    /// </summary>
    public bool TryMatchWhole(ReadOnlySpan<char> phrase, out TPayload payload)
    {
        payload = default!;
        if (_maxUnits == 0 || phrase.IsEmpty)
        {
            return false;
        }

        var buffers = t_whole ??= new WholeBuffers();
        buffers.Tokens.Clear();
        buffers.Tokenizer.Tokenize(phrase, 0, buffers.Tokens);
        var count = buffers.Tokens.Count;
        if (count == 0 || count > _maxUnits)
        {
            return false;
        }

        buffers.Folded.Fold(phrase, CollectionsMarshal.AsSpan(buffers.Tokens));
        Span<Unit> path = stackalloc Unit[_maxUnits];
        var search = new Search(phrase, buffers.Folded, count, path);
        if (buffers.Folded.PartCount(0) == 0 || !Longest(ref search, 0, 0) || search.BestNextToken != count)
        {
            return false;
        }

        payload = _payloads[search.BestPayload];
        return true;
    }

    private bool Longest(ref Search search, int token, int part)
    {
        search.BestEnd = -1;
        Walk(ref search, 0, token, part, 0);
        return search.BestEnd >= 0;
    }

    private void Walk(ref Search s, int node, int token, int part, int depth)
    {
        if (depth >= _maxUnits || token >= s.End)
        {
            return;
        }

        var tokens = s.Tokens;
        var parts = tokens.PartCount(token);
        if (parts == 0)
        {
            return;
        }

        int child;
        if (part == 0 && parts > 1 && _edges.TryGetValue(new Edge(node, tokens.Joined(token)), out child))
        {
            s.Path[depth] = new Unit(tokens.Start(token), tokens.End(token));
            Visit(ref s, child, token + 1, 0, depth + 1, token);
        }

        var index = tokens.FirstPart(token) + part;
        if (_edges.TryGetValue(new Edge(node, tokens.PartHash(index)), out child))
        {
            s.Path[depth] = new Unit(tokens.PartStart(index), tokens.PartEnd(index));
            if (part + 1 < parts)
            {
                Visit(ref s, child, token, part + 1, depth + 1, token);
            }
            else
            {
                Visit(ref s, child, token + 1, 0, depth + 1, token);
            }
        }
    }

    private void Visit(ref Search s, int node, int nextToken, int nextPart, int depth, int lastToken)
    {
        var end = s.Path[depth - 1].End;
        if (_entryCount[node] > 0 && end > s.BestEnd)
        {
            var first = _entryStart[node];
            var last = first + _entryCount[node];
            for (var e = first; e < last; e++)
            {
                if (Verify(s.Text, _entries[e], s.Path[..depth]))
                {
                    s.BestEnd = end;
                    s.BestNextToken = nextToken;
                    s.BestNextPart = nextPart;
                    s.BestLastToken = lastToken;
                    s.BestPayload = _entries[e].Payload;
                    break;
                }
            }
        }

        if (_hasChildren[node])
        {
            Walk(ref s, node, nextToken, nextPart, depth);
        }
    }

    private static bool Verify(ReadOnlySpan<char> text, Entry entry, ReadOnlySpan<Unit> path)
    {
        if (entry.Units.Length != path.Length)
        {
            return false;
        }

        for (var k = 0; k < path.Length; k++)
        {
            if (!TextFolding.FoldsTo(text[path[k].Start..path[k].End], entry.Units[k]))
            {
                return false;
            }
        }

        if (entry.CaseMask is null)
        {
            return true;
        }

        // The first letter may be either case ("The State", "the State"); every other letter must match.
        var m = 0;
        foreach (var unit in path)
        {
            foreach (var c in text[unit.Start..unit.End])
            {
                if (TextFolding.IsHyphen(c) || TextFolding.Fold(c) == '\0')
                {
                    continue;
                }

                if (m > 0 && char.IsUpper(c) != (entry.CaseMask[m] == 'U'))
                {
                    return false;
                }

                m++;
            }
        }

        return true;
    }

    /// <summary>Default limits.</summary>
    public static class Defaults
    {
        /// <summary>The most tokens and parts a phrase may have.</summary>
        public const int MaxPhraseUnits = 16;

        /// <summary>The most hyphenated tokens a phrase may have (each doubles the ways it is stored).</summary>
        public const int MaxHyphenatedTokens = 4;
    }

    /// <summary>Collects phrases and builds the spotter. Not thread-safe.</summary>
    public sealed class Builder
    {
        private readonly Tokenizer _tokenizer = new();
        private readonly List<Token> _tokens = [];
        private readonly Dictionary<Edge, int> _edges = [];
        private readonly List<List<Entry>?> _terminals = [null];
        private readonly List<bool> _hasChildren = [false];
        private readonly List<TPayload> _payloads = [];
        private readonly IEqualityComparer<TPayload> _comparer;
        private int _maxUnits;

        /// <summary>Creates a builder comparing payloads with <paramref name="comparer"/> (default equality when null).</summary>
        public Builder(IEqualityComparer<TPayload>? comparer = null)
        {
            _comparer = comparer ?? EqualityComparer<TPayload>.Default;
        }

        /// <summary>Number of phrases added so far.</summary>
        public int Count => _payloads.Count;

        /// <summary>Adds <paramref name="phrase"/>; see the other overload.</summary>
        public PhraseAddResult Add(string phrase, TPayload payload, bool caseSensitive = false) =>
            Add(phrase, payload, caseSensitive, out _);

        /// <summary>
        /// Adds <paramref name="phrase"/> with <paramref name="payload"/>. The phrase is tokenized like testimony
        /// text and folded (<see cref="FoldedTokens"/>); with <paramref name="caseSensitive"/>, a match must also
        /// have the phrase's letter case, except for its first letter (<c>IS</c> matches <c>IS</c> but not
        /// <c>is</c>). When the phrase folds to one already added with the same case rule, nothing is added and
        /// <paramref name="existing"/> receives the earlier payload.
        /// </summary>
        public PhraseAddResult Add(string phrase, TPayload payload, bool caseSensitive, out TPayload? existing)
        {
            ArgumentNullException.ThrowIfNull(phrase);
            existing = default;
            _tokens.Clear();
            _tokenizer.Tokenize(phrase, 0, phrase.Length, _tokens);
            if (_tokens.Count == 0)
            {
                return PhraseAddResult.Empty;
            }

            if (!TryFoldPhrase(phrase, out var tokenParts, out var mask))
            {
                return PhraseAddResult.Unmatchable;
            }

            var variants = Variants(tokenParts);
            if (variants is null)
            {
                return PhraseAddResult.Unmatchable;
            }

            var caseMask = caseSensitive ? mask : null;
            var present = new bool[variants.Count];
            var presentCount = 0;
            for (var v = 0; v < variants.Count; v++)
            {
                var entry = FindEntry(variants[v], caseMask);
                if (entry is not { } found)
                {
                    continue;
                }

                existing = _payloads[found.Payload];
                if (!_comparer.Equals(existing, payload))
                {
                    return PhraseAddResult.Conflict;
                }

                present[v] = true;
                presentCount++;
            }

            if (presentCount == variants.Count)
            {
                return PhraseAddResult.AlreadyPresent;
            }

            var payloadIndex = _payloads.Count;
            _payloads.Add(payload);
            for (var v = 0; v < variants.Count; v++)
            {
                if (present[v])
                {
                    continue;
                }

                var node = 0;
                foreach (var unit in variants[v])
                {
                    node = Child(node, unit);
                }

                (_terminals[node] ??= []).Add(new Entry(payloadIndex, variants[v], caseMask));
                _maxUnits = Math.Max(_maxUnits, variants[v].Length);
            }

            existing = default;
            return PhraseAddResult.Added;
        }

        /// <summary>Builds the spotter from the phrases added so far.</summary>
        public PhraseSpotter<TPayload> Build()
        {
            var nodes = _terminals.Count;
            var entryStart = new int[nodes];
            var entryCount = new int[nodes];
            var entries = new List<Entry>();
            for (var node = 0; node < nodes; node++)
            {
                entryStart[node] = entries.Count;
                if (_terminals[node] is { } list)
                {
                    // Case-sensitive entries are the more specific: they are tried first.
                    entries.AddRange(list.Where(e => e.CaseMask is not null));
                    entries.AddRange(list.Where(e => e.CaseMask is null));
                    entryCount[node] = list.Count;
                }
            }

            return new PhraseSpotter<TPayload>(
                new Dictionary<Edge, int>(_edges), entryStart, entryCount, [.. _hasChildren], [.. entries], [.. _payloads], _maxUnits);
        }

        private bool TryFoldPhrase(string phrase, out List<(string[] Parts, string Joined)> tokenParts, out string mask)
        {
            tokenParts = new List<(string[] Parts, string Joined)>(_tokens.Count);
            var maskBuilder = new StringBuilder();
            var part = new StringBuilder();
            var joined = new StringBuilder();
            foreach (var token in _tokens)
            {
                if (token.Kind is not (TokenKind.Word or TokenKind.Alphanumeric or TokenKind.Number))
                {
                    mask = "";
                    return false;
                }

                var parts = new List<string>();
                joined.Clear();
                part.Clear();
                foreach (var c in phrase.AsSpan(token.Start, token.Length))
                {
                    if (TextFolding.IsHyphen(c))
                    {
                        parts.Add(part.ToString());
                        part.Clear();
                        continue;
                    }

                    var folded = TextFolding.Fold(c);
                    if (folded == '\0')
                    {
                        continue;
                    }

                    part.Append(folded);
                    joined.Append(folded);
                    maskBuilder.Append(char.IsUpper(c) ? 'U' : 'l');
                }

                parts.Add(part.ToString());
                if (parts.Exists(p => p.Length == 0))
                {
                    mask = "";
                    return false;
                }

                tokenParts.Add((parts.ToArray(), joined.ToString()));
            }

            mask = maskBuilder.ToString();
            return true;
        }

        /// <summary>Every way to store the phrase: each hyphenated token as one unit or as its parts.</summary>
        private static List<string[]>? Variants(List<(string[] Parts, string Joined)> tokenParts)
        {
            var hyphenated = tokenParts.Count(t => t.Parts.Length > 1);
            if (hyphenated > Defaults.MaxHyphenatedTokens)
            {
                return null;
            }

            var variants = new List<string[]>(1 << hyphenated);
            for (var bits = 0; bits < 1 << hyphenated; bits++)
            {
                var units = new List<string>();
                var h = 0;
                foreach (var (parts, joined) in tokenParts)
                {
                    if (parts.Length == 1)
                    {
                        units.Add(joined);
                        continue;
                    }

                    if ((bits & (1 << h++)) != 0)
                    {
                        units.Add(joined);
                    }
                    else
                    {
                        units.AddRange(parts);
                    }
                }

                if (units.Count > Defaults.MaxPhraseUnits)
                {
                    return null;
                }

                variants.Add([.. units]);
            }

            return variants;
        }

        private Entry? FindEntry(string[] units, string? caseMask)
        {
            var node = 0;
            foreach (var unit in units)
            {
                if (!_edges.TryGetValue(new Edge(node, Hash(unit)), out node))
                {
                    return null;
                }
            }

            if (_terminals[node] is not { } list)
            {
                return null;
            }

            foreach (var entry in list)
            {
                if (entry.Units.AsSpan().SequenceEqual(units) && string.Equals(entry.CaseMask, caseMask, StringComparison.Ordinal))
                {
                    return entry;
                }
            }

            return null;
        }

        private int Child(int node, string unit)
        {
            var edge = new Edge(node, Hash(unit));
            if (_edges.TryGetValue(edge, out var child))
            {
                return child;
            }

            child = _terminals.Count;
            _terminals.Add(null);
            _hasChildren.Add(false);
            _hasChildren[node] = true;
            _edges.Add(edge, child);
            return child;
        }

        private static ulong Hash(string unit) => TextFolding.Hash(unit);
    }

    /// <summary>One stored form of a phrase: its folded units and, when case matters, the case of each letter.</summary>
    private readonly record struct Entry(int Payload, string[] Units, string? CaseMask);

    private readonly record struct Unit(int Start, int End);

    private readonly struct Edge : IEquatable<Edge>
    {
        private readonly ulong _unit;
        private readonly int _node;

        public Edge(int node, ulong unit)
        {
            _node = node;
            _unit = unit;
        }

        public bool Equals(Edge other) => _unit == other._unit && _node == other._node;

        public override bool Equals(object? obj) => obj is Edge other && Equals(other);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public override int GetHashCode() => (int)_unit ^ (int)(_unit >> 32) ^ (_node * -1640531535);
    }

    private ref struct Search
    {
        public readonly ReadOnlySpan<char> Text;
        public readonly FoldedTokens Tokens;
        public readonly int End;
        public readonly Span<Unit> Path;
        public int BestEnd;
        public int BestNextToken;
        public int BestNextPart;
        public int BestLastToken;
        public int BestPayload;

        public Search(ReadOnlySpan<char> text, FoldedTokens tokens, int end, Span<Unit> path)
        {
            Text = text;
            Tokens = tokens;
            End = end;
            Path = path;
            BestEnd = -1;
        }
    }

    private sealed class WholeBuffers
    {
        public Tokenizer Tokenizer { get; } = new();

        public List<Token> Tokens { get; } = [];

        public FoldedTokens Folded { get; } = new();
    }
}
