using System.Runtime.CompilerServices;
using TestimonyNlp.Model;

namespace TestimonyNlp.Entities.Lexicons;

/// <summary>
/// The tokens of one text, folded and hashed once so that any number of <see cref="PhraseSpotter{TPayload}"/>s
/// can run over them. Each word, number or alphanumeric token has the hash of its whole folded form (hyphens
/// skipped: <c>air-strike</c> hashes as <c>airstrike</c>) and the hashes of its hyphen-separated parts
/// (<c>air</c>, <c>strike</c>); punctuation, symbols and notes have none and so break every phrase.
/// </summary>
/// <remarks>An instance reuses its buffers from one <see cref="Fold"/> to the next; it belongs to one thread.</remarks>
public sealed class FoldedTokens
{
    private int[] _start = [];
    private int[] _end = [];
    private ulong[] _joined = [];
    private int[] _firstPart = [];
    private int[] _partCount = [];
    private ulong[] _partHash = [];
    private int[] _partStart = [];
    private int[] _partEnd = [];

    /// <summary>Number of tokens folded by the last <see cref="Fold"/>.</summary>
    public int Count { get; private set; }

    /// <summary>Folds <paramref name="tokens"/>, whose offsets point into <paramref name="text"/>. Tokens that do
    /// not lie inside the text are kept but never match.</summary>
    public void Fold(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        var n = tokens.Length;
        EnsureTokenCapacity(n);
        var parts = 0;
        for (var i = 0; i < n; i++)
        {
            var token = tokens[i];
            _start[i] = token.Start;
            _end[i] = token.End;
            _firstPart[i] = parts;
            _partCount[i] = 0;
            _joined[i] = TextFolding.NoHash;
            if (token.Kind is not (TokenKind.Word or TokenKind.Alphanumeric or TokenKind.Number)
                || token.Start < 0 || token.Length <= 0 || token.Start > text.Length - token.Length)
            {
                continue;
            }

            var joined = TextFolding.Seed;
            var joinedLength = 0;
            var part = TextFolding.Seed;
            var partLength = 0;
            var partStart = token.Start;
            var end = token.End;
            for (var c = token.Start; c < end; c++)
            {
                var ch = text[c];
                if (TextFolding.IsHyphen(ch))
                {
                    AddPart(ref parts, TextFolding.Finish(part, partLength), partStart, c);
                    part = TextFolding.Seed;
                    partLength = 0;
                    partStart = c + 1;
                    continue;
                }

                var folded = TextFolding.Fold(ch);
                if (folded == '\0')
                {
                    continue;
                }

                joined = TextFolding.Step(joined, folded);
                joinedLength++;
                part = TextFolding.Step(part, folded);
                partLength++;
            }

            AddPart(ref parts, TextFolding.Finish(part, partLength), partStart, end);
            _partCount[i] = parts - _firstPart[i];
            _joined[i] = TextFolding.Finish(joined, joinedLength);
            if (_joined[i] == TextFolding.NoHash)
            {
                _partCount[i] = 0;
                parts = _firstPart[i];
            }
        }

        Count = n;
    }

    /// <summary>Offset of the first character of token <paramref name="token"/>.</summary>
    public int Start(int token) => _start[token];

    /// <summary>Offset just past the last character of token <paramref name="token"/>.</summary>
    public int End(int token) => _end[token];

    /// <summary>True when token <paramref name="token"/> can be part of a phrase.</summary>
    public bool IsMatchable(int token) => _partCount[token] > 0;

    /// <summary>Hash of the whole folded token, hyphens skipped; 0 when the token cannot match.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ulong Joined(int token) => _joined[token];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int PartCount(int token) => _partCount[token];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int FirstPart(int token) => _firstPart[token];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ulong PartHash(int part) => _partHash[part];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int PartStart(int part) => _partStart[part];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int PartEnd(int part) => _partEnd[part];

    private void AddPart(ref int parts, ulong hash, int start, int end)
    {
        if (parts == _partHash.Length)
        {
            var size = Math.Max(16, parts * 2);
            Array.Resize(ref _partHash, size);
            Array.Resize(ref _partStart, size);
            Array.Resize(ref _partEnd, size);
        }

        _partHash[parts] = hash;
        _partStart[parts] = start;
        _partEnd[parts] = end;
        parts++;
    }

    private void EnsureTokenCapacity(int n)
    {
        if (_start.Length >= n)
        {
            return;
        }

        var size = Math.Max(n, 16);
        _start = new int[size];
        _end = new int[size];
        _joined = new ulong[size];
        _firstPart = new int[size];
        _partCount = new int[size];
        if (_partHash.Length < size + (size / 8))
        {
            var parts = size + (size / 8);
            _partHash = new ulong[parts];
            _partStart = new int[parts];
            _partEnd = new int[parts];
        }
    }
}
