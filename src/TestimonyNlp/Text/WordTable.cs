using System.Collections.Frozen;

namespace TestimonyNlp.Text;

/// <summary>
/// Several small word lists merged into one case-insensitive look-up from a word to the bits of the lists that hold
/// it, so that a token is hashed once instead of compared with every word of every list (<see cref="WordList"/>).
/// List <c>k</c> of the constructor is bit <c>1 &lt;&lt; k</c>. Matches exactly as <see cref="WordList.Contains"/>
/// does (ordinal, ignoring case). The words of the lists must be ASCII.
/// </summary>
internal sealed class WordTable
{
    private const uint HashSeed = 2166136261, HashPrime = 16777619;

    // Open addressing over the ASCII words, hashed with letters folded to lower case; most tokens are no list's word
    // and leave after one probe. A frozen set hashes a span ignoring case several times slower.
    private readonly string?[] _words;
    private readonly int[] _bits;
    private readonly int _mask;
    private readonly int _longest;

    // A word with a letter outside ASCII may still equal an ASCII word ignoring case (the dotless i and "I"), so it is
    // looked up by the comparer itself.
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _byComparer;

    /// <summary>Builds the table of <paramref name="lists"/> (at most 31).</summary>
    public WordTable(params string[][] lists)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lists.Length, 31);
        var bits = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var k = 0; k < lists.Length; k++)
        {
            foreach (var word in lists[k])
            {
                if (word.Length == 0 || !System.Text.Ascii.IsValid(word))
                {
                    throw new ArgumentException("a list word is empty or not ASCII", nameof(lists));
                }

                bits[word] = bits.GetValueOrDefault(word) | (1 << k);
            }
        }

        _byComparer = bits.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        var size = 16;
        while (size < bits.Count * 4)
        {
            size *= 2;
        }

        _words = new string?[size];
        _bits = new int[size];
        _mask = size - 1;
        foreach (var (word, of) in bits)
        {
            _longest = Math.Max(_longest, word.Length);
            var slot = (int)Hash(word) & _mask;
            while (_words[slot] is not null)
            {
                slot = (slot + 1) & _mask;
            }

            _words[slot] = word;
            _bits[slot] = of;
        }
    }

    /// <summary>The bits of the lists that hold <paramref name="word"/>, or 0.</summary>
    public int Of(ReadOnlySpan<char> word)
    {
        // Ignoring case keeps the length in UTF-16 units, so a longer word is no list's.
        if (word.IsEmpty || word.Length > _longest)
        {
            return 0;
        }

        var hash = HashSeed;
        foreach (var c in word)
        {
            if (c > '\x7f')
            {
                return _byComparer.TryGetValue(word, out var found) ? found : 0;
            }

            hash = (hash ^ (uint)(c | 0x20)) * HashPrime;
        }

        for (var slot = (int)hash & _mask; _words[slot] is { } candidate; slot = (slot + 1) & _mask)
        {
            if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return _bits[slot];
            }
        }

        return 0;
    }

    private static uint Hash(ReadOnlySpan<char> word)
    {
        var hash = HashSeed;
        foreach (var c in word)
        {
            hash = (hash ^ (uint)(c | 0x20)) * HashPrime;
        }

        return hash;
    }
}
