using System.Globalization;
using System.Runtime.CompilerServices;

namespace TestimonyNlp.Entities.Places;

/// <summary>
/// Maps Latin letters with diacritics to their base letters (<c>Ḩ</c> to <c>h</c>, <c>ş</c> to <c>s</c>,
/// <c>ß</c> to <c>ss</c>) without the runtime's normalization, which is unavailable under invariant globalization.
/// The tables hold, for each code point, up to two lower-case ASCII letters (space padded; two spaces: no mapping).
/// They were generated from the Unicode canonical decompositions, plus the letters that have none (<c>ı ł ø đ ß æ œ þ ħ ə</c>).
/// </summary>
internal static class LatinFolding
{
    private const int Latin1First = 0x00C0;
    private const int Latin1End = 0x0250;
    private const int AdditionalFirst = 0x1E00;
    private const int AdditionalEnd = 0x1F00;

    private const string Latin1 =
        "a a a a a a aec e e e e i i i i " + // U+00C0
        "d n o o o o o   o u u u u y thss" + // U+00D0
        "a a a a a a aec e e e e i i i i " + // U+00E0
        "d n o o o o o   o u u u u y thy " + // U+00F0
        "a a a a a a c c c c c c c c d d " + // U+0100
        "d d e e e e e e e e e e g g g g " + // U+0110
        "g g g g h h h h i i i i i i i i " + // U+0120
        "i i ijijj j k k k l l l l l l l " + // U+0130
        "l l l n n n n n n   n n o o o o " + // U+0140
        "o o oeoer r r r r r s s s s s s " + // U+0150
        "s s t t t t t t u u u u u u u u " + // U+0160
        "u u u u w w y y y z z z z z z s " + // U+0170
        "b b         o c c d d d d   e e " + // U+0180
        "e f f g       i k k l     n n o " + // U+0190
        "o o     p p             t t t u " + // U+01A0
        "u   v y y z z                   " + // U+01B0
        "        dzdzdzljljljnjnjnja a i " + // U+01C0
        "i o o u u u u u u u u u u e a a " + // U+01D0
        "a a aeaeg g g g k k o o o o     " + // U+01E0
        "j dzdzdzg g     n n a a aeaeo o " + // U+01F0
        "a a a a e e e e i i i i o o o o " + // U+0200
        "r r r r u u u u s s t t     h h " + // U+0210
        "n d     z z a a e e o o o o o o " + // U+0220
        "o o y y l n t j     a c c l t   " + // U+0230
        "      b u   e e j j     r r y y "; // U+0240

    private const string Additional =
        "a a b b b b b b c c d d d d d d " + // U+1E00
        "d d d d e e e e e e e e e e f f " + // U+1E10
        "g g h h h h h h h h h h i i i i " + // U+1E20
        "k k k k k k l l l l l l l l m m " + // U+1E30
        "m m m m n n n n n n n n o o o o " + // U+1E40
        "o o o o p p p p r r r r r r r r " + // U+1E50
        "s s s s s s s s s s t t t t t t " + // U+1E60
        "t t u u u u u u u u u u v v v v " + // U+1E70
        "w w w w w w w w w w x x x x y y " + // U+1E80
        "z z z z z z h t w y a s     ss  " + // U+1E90
        "a a a a a a a a a a a a a a a a " + // U+1EA0
        "a a a a a a a a e e e e e e e e " + // U+1EB0
        "e e e e e e e e i i i i o o o o " + // U+1EC0
        "o o o o o o o o o o o o o o o o " + // U+1ED0
        "o o o o u u u u u u u u u u u u " + // U+1EE0
        "u u y y y y y y y y             "; // U+1EF0

    /// <summary>
    /// Writes the base letters of <paramref name="c"/> into <paramref name="first"/> and <paramref name="second"/>
    /// (<c>'\0'</c> when there is only one) and returns true, or returns false when <paramref name="c"/> is not a
    /// Latin letter with a diacritic.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryGetBase(char c, out char first, out char second)
    {
        string table;
        int index;
        if (c >= Latin1First && c < Latin1End)
        {
            table = Latin1;
            index = (c - Latin1First) * 2;
        }
        else if (c >= AdditionalFirst && c < AdditionalEnd)
        {
            table = Additional;
            index = (c - AdditionalFirst) * 2;
        }
        else
        {
            first = second = '\0';
            return false;
        }

        first = table[index];
        if (first == ' ')
        {
            second = '\0';
            return false;
        }

        second = table[index + 1] == ' ' ? '\0' : table[index + 1];
        return true;
    }

    /// <summary>
    /// True for the marks a name drops without a trace: apostrophes, transliterated ayn and hamza
    /// (<c>' ’ ‘ ʿ ʾ ʻ ʼ</c>), backticks and accents written as separate characters, combining marks, soft
    /// hyphens and zero-width joiners.
    /// </summary>
    public static bool IsDropped(char c)
    {
        switch (c)
        {
            case '\'':
            case '`':
            case '\u00B4': // acute accent
            case '\u00AD': // soft hyphen
            case '\u02B9':
            case '\u02BB':
            case '\u02BC':
            case '\u02BE': // ʾ hamza
            case '\u02BF': // ʿ ayn
            case '\u200B':
            case '\u200C':
            case '\u200D':
            case '\u2018':
            case '\u2019':
            case '\u2032':
            case '\uFEFF':
                return true;
        }

        if (c < 0x0300)
        {
            return false;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.EnclosingMark or UnicodeCategory.Format;
    }
}
