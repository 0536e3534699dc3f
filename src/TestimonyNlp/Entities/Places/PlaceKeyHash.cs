using System.Runtime.CompilerServices;

namespace TestimonyNlp.Entities.Places;

/// <summary>64-bit FNV-1a over the characters of a key: how keys are looked up without making strings.</summary>
internal static class PlaceKeyHash
{
    public const ulong Seed = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>The hash of <paramref name="key"/>.</summary>
    public static ulong Of(ReadOnlySpan<char> key) => Append(Seed, key);

    /// <summary>Continues <paramref name="hash"/> with the characters of <paramref name="key"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Append(ulong hash, ReadOnlySpan<char> key)
    {
        foreach (var c in key)
        {
            hash = (hash ^ c) * Prime;
        }

        return hash;
    }
}
