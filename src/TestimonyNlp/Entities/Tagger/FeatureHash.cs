namespace TestimonyNlp.Entities.Tagger;

/// <summary>
/// Stable 64-bit hashes of text spans (FNV-1a over UTF-16 code units) and of (template, value) feature pairs;
/// the values are part of the model file format and must never change for a given format version.
/// </summary>
public static class FeatureHash
{
    /// <summary>The FNV-1a 64-bit offset basis.</summary>
    public const ulong Offset = 14695981039346656037UL;

    private const ulong Prime = 1099511628211UL;

    /// <summary>The hash of <paramref name="text"/> as it is.</summary>
    public static ulong Of(ReadOnlySpan<char> text)
    {
        var hash = Offset;
        foreach (var c in text)
        {
            hash = Add(hash, c);
        }

        return hash;
    }

    /// <summary>The hash of <paramref name="text"/> lower-cased (invariant), without allocating.</summary>
    public static ulong OfLower(ReadOnlySpan<char> text)
    {
        var hash = Offset;
        foreach (var c in text)
        {
            hash = Add(hash, char.ToLowerInvariant(c));
        }

        return hash;
    }

    /// <summary>Adds one character to a running hash.</summary>
    public static ulong Add(ulong hash, char c) => (hash ^ c) * Prime;

    /// <summary>Combines two hashes (order matters).</summary>
    public static ulong Combine(ulong first, ulong second) => Mix(first ^ (second + 0x9E3779B97F4A7C15UL + (first << 6) + (first >> 2)));

    /// <summary>The bucket of feature <paramref name="template"/> with <paramref name="value"/> in a table of 2^<paramref name="bits"/> buckets.</summary>
    public static int Bucket(int template, ulong value, int bits) =>
        (int)(Mix(value ^ ((ulong)(template + 1) * 0x9E3779B97F4A7C15UL)) >> (64 - bits));

    private static ulong Mix(ulong x)
    {
        // The splitmix64 finaliser: spreads the FNV bits so that the top bits make good bucket numbers.
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        x ^= x >> 31;
        return x;
    }
}
