using System.Globalization;
using System.Runtime.CompilerServices;

namespace TestimonyNlp.Entities.Lexicons;

/// <summary>
/// How lexicon phrases and testimony tokens are compared: lower case, Latin diacritics removed (<c>Şanlıurfa</c>
/// = <c>sanliurfa</c>, <c>Ḥusayn</c> = <c>husayn</c>), apostrophes of every kind, periods, joiners, tatweel and
/// combining marks dropped (<c>Hay’at</c> = <c>hay'at</c> = <c>hayat</c>, <c>U.S.</c> = <c>us</c>), and hyphens
/// separating the parts of a token. Folded characters are hashed as they are produced (FNV-1a), so no string is
/// ever made from a token.
/// </summary>
internal static class TextFolding
{
    /// <summary>The hash of nothing: a token or part with no folded characters, which never matches.</summary>
    public const ulong NoHash = 0;

    /// <summary>The FNV-1a 64-bit offset basis: the hash state before the first character.</summary>
    public const ulong Seed = 14695981039346656037UL;

    private const ulong Prime = 1099511628211UL;

    // Base letters of U+00C0..U+024F and U+1E00..U+1EFF, from the Unicode canonical decompositions
    // (plus ø, ł, đ, ı, ħ, æ, œ, ß and the like, which have none); '*' means "no Latin base letter".
    private const string Latin1AndExtended =
        "aaaaaaaceeeeiiiidnooooo*ouuuuytsaaaaaaaceeeeiiiidnooooo*ouuuuyty" +
        "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii**jjkk*lllllll" +
        "lllnnnnnn***oooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzz*" +
        "b*****************f*************oo*************uu****zz*********" +
        "*************aaiioouuuuuuuuuu*aaaa**ggggkkoooo**j***gg**nnaa****" +
        "aaaaeeeeiiiioooorrrruuuusstt**hh******aaeeooooooooyy************" +
        "****************";

    private const string LatinExtendedAdditional =
        "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmm" +
        "mmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvv" +
        "wwwwwwwwwwxxxxyyzzzzzzhtwy******aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeee" +
        "eeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy******";

    private static readonly char[] Ascii = BuildAscii();

    /// <summary>The folded form of <paramref name="c"/>, or <c>'\0'</c> when it is dropped.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Fold(char c) => c < 128 ? Ascii[c] : FoldNonAscii(c);

    /// <summary>True for the characters that join the parts of a token (<c>al-Hashd</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    /// <summary>Adds one folded character to a running hash.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Step(ulong hash, char folded) => (hash ^ folded) * Prime;

    /// <summary>The final hash of <paramref name="length"/> folded characters; never <see cref="NoHash"/> when
    /// there was at least one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Finish(ulong hash, int length) => length == 0 ? NoHash : hash == NoHash ? 1 : hash;

    /// <summary>The hash of the folded characters of <paramref name="text"/>, hyphens skipped.</summary>
    public static ulong Hash(ReadOnlySpan<char> text)
    {
        var hash = Seed;
        var length = 0;
        foreach (var c in text)
        {
            var folded = Fold(c);
            if (folded != '\0' && !IsHyphen(c))
            {
                hash = Step(hash, folded);
                length++;
            }
        }

        return Finish(hash, length);
    }

    /// <summary>True when <paramref name="text"/> folds (hyphens skipped) to exactly <paramref name="folded"/>.</summary>
    public static bool FoldsTo(ReadOnlySpan<char> text, string folded)
    {
        var j = 0;
        foreach (var c in text)
        {
            if (IsHyphen(c))
            {
                continue;
            }

            var f = Fold(c);
            if (f == '\0')
            {
                continue;
            }

            if (j >= folded.Length || folded[j] != f)
            {
                return false;
            }

            j++;
        }

        return j == folded.Length;
    }

    private static char FoldNonAscii(char c)
    {
        switch (c)
        {
            case '\u2018' or '\u2019' or '\u201B' or '\u02BC' or '\u02BB' or '\u02BF' or '\u02BE' or '\u00B4' or '\u2032':
            case '\u00AD' or '\u200C' or '\u200D' or '\u0640':
                return '\0';
        }

        if (c is >= '\u00C0' and <= '\u024F')
        {
            var b = Latin1AndExtended[c - '\u00C0'];
            return b == '*' ? char.ToLowerInvariant(c) : b;
        }

        if (c is >= '\u1E00' and <= '\u1EFF')
        {
            var b = LatinExtendedAdditional[c - '\u1E00'];
            return b == '*' ? char.ToLowerInvariant(c) : b;
        }

        if (char.IsSurrogate(c))
        {
            return c;
        }

        return char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
            ? '\0'
            : char.ToLowerInvariant(c);
    }

    private static char[] BuildAscii()
    {
        var table = new char[128];
        for (var c = 0; c < 128; c++)
        {
            table[c] = c switch
            {
                >= 'A' and <= 'Z' => (char)(c + 32),
                '\'' or '.' or '`' => '\0',
                _ => (char)c,
            };
        }

        return table;
    }
}
