using System.Collections.Immutable;
using System.Text;

namespace TestimonyNlp.Vectors;

/// <summary>
/// A BERT WordPiece vocabulary (one piece a line, continuation pieces prefixed <c>##</c>) and its greedy
/// longest-match-first tokeniser for uncased models: a word is lower-cased, Latin accents are dropped, and each run of
/// letters and digits is split into the longest pieces the vocabulary holds (a run it cannot split is left out, as
/// BERT's unknown piece). Looks pieces up on spans, without allocating. Read-only and safe from several threads.
/// </summary>
public sealed class WordPieceVocabulary
{
    private const string Continuation = "##";

    private static readonly char[] AccentFold = BuildAccentFold();

    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Creates the vocabulary of <paramref name="pieces"/>, piece i having id i (the first of repeats wins).</summary>
    public WordPieceVocabulary(IReadOnlyList<string> pieces)
    {
        ArgumentNullException.ThrowIfNull(pieces);
        Pieces = [.. pieces];
        var ids = new Dictionary<string, int>(pieces.Count, StringComparer.Ordinal);
        for (var i = 0; i < pieces.Count; i++)
        {
            ids.TryAdd(pieces[i], i);
        }

        _lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The pieces, by id.</summary>
    public ImmutableArray<string> Pieces { get; }

    /// <summary>The most pieces one word may give (longer words give their first pieces only).</summary>
    public const int MaxPiecesPerWord = 32;

    /// <summary>BERT's longest run it splits; a longer one is unknown.</summary>
    public const int MaxRunLength = 100;

    /// <summary>Reads a <c>vocab.txt</c> text: one piece a line, in id order.</summary>
    public static WordPieceVocabulary Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n');
        var count = lines.Length > 0 && lines[^1].Length == 0 ? lines.Length - 1 : lines.Length;
        var pieces = new string[count];
        for (var i = 0; i < count; i++)
        {
            pieces[i] = lines[i].TrimEnd('\r');
        }

        return new WordPieceVocabulary(pieces);
    }

    /// <summary>The SHA-256 of the pieces, each followed by a line feed (lower-case hex).</summary>
    public string Hash()
    {
        var builder = new StringBuilder();
        foreach (var piece in Pieces)
        {
            builder.Append(piece).Append('\n');
        }

        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())));
    }

    /// <summary>
    /// Writes the piece ids of <paramref name="word"/> into <paramref name="ids"/> and returns how many were written
    /// (0 when the word has no letter or digit the vocabulary can split).
    /// </summary>
    public int Tokenize(ReadOnlySpan<char> word, Span<int> ids)
    {
        Span<char> run = stackalloc char[MaxRunLength + Continuation.Length];
        var written = 0;
        var length = 0;
        for (var i = 0; i <= word.Length && written < ids.Length; i++)
        {
            var c = i < word.Length ? Fold(word[i]) : '\0';
            if (char.IsLetterOrDigit(c))
            {
                if (length < MaxRunLength)
                {
                    run[Continuation.Length + length] = c;
                }

                length++;
                continue;
            }

            if (length > 0)
            {
                written += length <= MaxRunLength ? Split(run, length, ids[written..]) : 0;
                length = 0;
            }
        }

        return written;
    }

    /// <summary>Splits the run at <paramref name="buffer"/>[2..2+length] into pieces; 0 when a part has no piece.</summary>
    private int Split(Span<char> buffer, int length, Span<int> ids)
    {
        var written = 0;
        var start = 0;
        while (start < length && written < ids.Length)
        {
            var found = -1;
            var end = length;
            for (; end > start; end--)
            {
                // A continuation piece is looked up with "##" written just before it in the buffer.
                ReadOnlySpan<char> piece;
                if (start == 0)
                {
                    piece = buffer.Slice(Continuation.Length, end);
                }
                else
                {
                    var saved0 = buffer[start];
                    var saved1 = buffer[start + 1];
                    buffer[start] = '#';
                    buffer[start + 1] = '#';
                    piece = buffer.Slice(start, end - start + Continuation.Length);
                    var hit = _lookup.TryGetValue(piece, out var continued);
                    buffer[start] = saved0;
                    buffer[start + 1] = saved1;
                    if (hit)
                    {
                        found = continued;
                        break;
                    }

                    continue;
                }

                if (_lookup.TryGetValue(piece, out var id))
                {
                    found = id;
                    break;
                }
            }

            if (found < 0)
            {
                return 0;
            }

            ids[written++] = found;
            start = end;
        }

        return written;
    }

    private static char Fold(char c)
    {
        if (c < 128)
        {
            return char.ToLowerInvariant(c);
        }

        c = char.ToLowerInvariant(c);
        return c >= 0xC0 && c - 0xC0 < AccentFold.Length ? char.ToLowerInvariant(AccentFold[c - 0xC0]) : c;
    }

    // Latin letters with accents (U+00C0 to U+017F) to the letter without them, as the uncased BERT tokeniser strips
    // them (the first character of the canonical decomposition when it is ASCII); written out because the invariant
    // globalization mode does not normalise.
    private static char[] BuildAccentFold() => "AAAAAAÆCEEEEIIIIÐNOOOOO×ØUUUUYÞßaaaaaaæceeeeiiiiðnooooo÷øuuuuyþyAaAaAaCcCcCcCcDdĐđEeEeEeEeEeGgGgGgGgHhĦħIiIiIiIiIıĲĳJjKkĸLlLlLlĿŀŁłNnNnNnŉŊŋOoOoOoŒœRrRrRrSsSsSsSsTtTtŦŧUuUuUuUuUuUuWwYyYZzZzZzſ".ToCharArray();
}
