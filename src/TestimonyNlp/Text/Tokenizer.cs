using System.Globalization;
using System.Runtime.CompilerServices;
using TestimonyNlp.Model;

namespace TestimonyNlp.Text;

/// <summary>
/// Splits testimony text into <see cref="Token"/>s: slices of the text given as offsets, never copies.
/// Stateless and thread-safe; one instance serves every thread. Runs in linear time, uses no regular
/// expressions and allocates nothing per token beyond the growth of the caller's list.
/// </summary>
/// <remarks>
/// <para>Rules, in short:</para>
/// <list type="bullet">
/// <item>Whitespace (anything <see cref="char.IsWhiteSpace(char)"/> accepts) and invisible format marks
/// (zero-width space, byte order mark, direction marks and embeddings) separate tokens and are never in one.</item>
/// <item>A word is a run of letters, combining marks and digits (any script) with inner apostrophes
/// (<c>'</c>, <c>’</c>, and <c>‘</c> as transliterated ayn), inner hyphens and inner zero-width joiners:
/// <c>Sa'ad</c>, <c>al-Rashidiya</c>. A possessive <c>'s</c> / <c>’s</c> is split off as its own word.
/// A word with a digit is <see cref="TokenKind.Alphanumeric"/> (<c>F-16</c>, <c>12th</c>).</item>
/// <item>A word keeps a following period when it is dotted (<c>U.S.</c>, <c>e.g.</c>: single letters joined
/// by periods) or in the <see cref="Abbreviations"/> table (<c>Dr.</c>; <c>No.</c> only before a digit).
/// A single letter before a period is not an initial: <c>A.</c> is <c>A</c> then <c>.</c>.</item>
/// <item>Numbers keep thousands groups and decimals (<c>1,200.50</c>); numeric dates (<c>4/11/2016</c>,
/// <c>14.10.2016</c>, <c>2019-04-02</c>) and clock times (<c>10:30</c>, <c>01:12:05</c>, <c>1pm</c>,
/// <c>6.30am</c>) are single tokens; a hyphen between numbers is its own token (<c>10</c> <c>-</c> <c>15</c>).
/// A decimal or grouped number followed by letters is a number then a word (<c>1.5</c> <c>km</c>).</item>
/// <item>A bracket closed within <see cref="Defaults.MaxNoteLength"/> characters on the same line, with
/// something other than whitespace inside, is one <see cref="TokenKind.Note"/> (<c>[inaudible 00:12:30]</c>); it is
/// the one kind of token that keeps the spaces between its brackets.</item>
/// <item>Runs of <c>.</c>, <c>…</c>, of one dash or hyphen character, and of <c>?</c>/<c>!</c> are one
/// punctuation token each; every other punctuation mark is a token of its own.</item>
/// <item>Every other character is a <see cref="TokenKind.Symbol"/>; an emoji keeps its modifiers, variation
/// selectors and zero-width-joined parts. Surrogate pairs are never split; a lone surrogate is a symbol.</item>
/// </list>
/// </remarks>
public sealed class Tokenizer
{
    private static readonly CharClass[] AsciiClasses = BuildAsciiClasses();

    /// <summary>Default limits of the tokenizer.</summary>
    public static class Defaults
    {
        /// <summary>The longest bracketed note, brackets included, taken as one <see cref="TokenKind.Note"/>.</summary>
        public const int MaxNoteLength = 64;
    }

    /// <summary>
    /// Appends the tokens of <c>text[start..end)</c> to <paramref name="tokens"/>, with offsets into
    /// <paramref name="text"/>. Characters outside the range are never looked at.
    /// </summary>
    /// <param name="text">The whole text.</param>
    /// <param name="start">Offset of the first character to tokenize.</param>
    /// <param name="end">Offset just past the last character to tokenize.</param>
    /// <param name="tokens">Receives the tokens in text order.</param>
    public void Tokenize(string text, int start, int end, List<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, text.Length);
        Tokenize(text.AsSpan(start, end - start), start, tokens);
    }

    /// <summary>
    /// Appends the tokens of <paramref name="text"/> to <paramref name="tokens"/>; each token's
    /// <see cref="Token.Start"/> is its index in <paramref name="text"/> plus <paramref name="offset"/>.
    /// </summary>
    /// <param name="text">The characters to tokenize.</param>
    /// <param name="offset">Added to every token start (the position of <paramref name="text"/> in the whole text).</param>
    /// <param name="tokens">Receives the tokens in text order.</param>
    public void Tokenize(ReadOnlySpan<char> text, int offset, List<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var n = text.Length;
        var i = 0;
        while (i < n)
        {
            var c = text[i];
            var cls = c < 128 ? AsciiClasses[c] : ClassOf(text, i, out _);
            switch (cls)
            {
                case CharClass.Space:
                    i++;
                    break;
                case CharClass.Letter:
                    i = ScanWord(text, i, i, false, offset, tokens);
                    break;
                case CharClass.Digit:
                    i = ScanNumber(text, i, offset, tokens);
                    break;
                case CharClass.Period:
                case CharClass.Ellipsis:
                case CharClass.Hyphen:
                case CharClass.Dash:
                    i = EmitRunOf(text, i, c, offset, tokens);
                    break;
                case CharClass.Exclaim:
                    i = EmitExclaimRun(text, i, offset, tokens);
                    break;
                case CharClass.OpenBracket:
                    i = ScanBracket(text, i, offset, tokens);
                    break;
                case CharClass.Apostrophe:
                case CharClass.Punctuation:
                    tokens.Add(new Token(offset + i, 1, TokenKind.Punctuation));
                    i++;
                    break;
                default:
                    i = ScanSymbol(text, i, offset, tokens);
                    break;
            }
        }
    }

    /// <summary>
    /// Scans a word from <paramref name="i"/> (its first <paramref name="i"/> - <paramref name="start"/>
    /// characters already taken), emits it and returns the position after it.
    /// </summary>
    private static int ScanWord(ReadOnlySpan<char> t, int start, int i, bool hasDigit, int offset, List<Token> tokens)
    {
        var n = t.Length;
        while (true)
        {
            while (i < n)
            {
                var c = t[i];
                var cls = c < 128 ? AsciiClasses[c] : ClassOf(t, i, out _);
                if (cls == CharClass.Letter)
                {
                    i += c < 128 ? 1 : CodePointWidth(t, i);
                }
                else if (cls == CharClass.Digit)
                {
                    hasDigit = true;
                    i++;
                }
                else
                {
                    break;
                }
            }

            if (i >= n)
            {
                break;
            }

            var connector = t[i];
            var connectorClass = connector < 128 ? AsciiClasses[connector] : ClassOf(t, i, out _);
            if (connectorClass == CharClass.Apostrophe)
            {
                if (IsPossessive(t, i))
                {
                    tokens.Add(new Token(offset + start, i - start, hasDigit ? TokenKind.Alphanumeric : TokenKind.Word));
                    tokens.Add(new Token(offset + i, 2, TokenKind.Word));
                    return i + 2;
                }

                if (i + 1 < n && IsLetterAt(t, i + 1))
                {
                    i++;
                    continue;
                }

                break;
            }

            if (connectorClass is CharClass.Hyphen or CharClass.Joiner)
            {
                if (i + 1 < n && IsWordCharAt(t, i + 1))
                {
                    i++;
                    continue;
                }

                break;
            }

            if (connector == '.' && !hasDigit)
            {
                var abbreviationEnd = AbbreviationEnd(t, start, i);
                if (abbreviationEnd > 0)
                {
                    tokens.Add(new Token(offset + start, abbreviationEnd - start, TokenKind.Word));
                    return abbreviationEnd;
                }
            }

            break;
        }

        tokens.Add(new Token(offset + start, i - start, hasDigit ? TokenKind.Alphanumeric : TokenKind.Word));
        return i;
    }

    /// <summary>
    /// For the word <c>t[start..period)</c> followed by a period, returns the end of the abbreviation that
    /// keeps the period(s), or 0 when the period is not part of the word.
    /// </summary>
    private static int AbbreviationEnd(ReadOnlySpan<char> t, int start, int period)
    {
        var n = t.Length;
        if (period - start == 1)
        {
            // Dotted: single letters joined by periods (U.S., e.g., a.m.), the last period optional.
            var p = period;
            var letters = 1;
            while (p + 1 < n && t[p] == '.' && IsSingleLetterAt(t, p + 1) && (p + 2 == n || !IsWordCharAt(t, p + 2)))
            {
                p += 2;
                letters++;
            }

            if (letters >= 2)
            {
                return p < n && t[p] == '.' ? p + 1 : p;
            }
        }

        switch (Abbreviations.Lookup(t[start..period]))
        {
            case AbbreviationKind.Title:
            case AbbreviationKind.Other:
                return period + 1;
            case AbbreviationKind.NumberSign:
                var q = period + 1;
                if (q < n && t[q] == ' ')
                {
                    q++;
                }

                return q < n && IsAsciiDigit(t[q]) ? period + 1 : 0;
            default:
                return 0;
        }
    }

    /// <summary>Scans a token starting with a digit: a number, date, time or alphanumeric word.</summary>
    private static int ScanNumber(ReadOnlySpan<char> t, int start, int offset, List<Token> tokens)
    {
        var n = t.Length;
        var i = SkipDigits(t, start);
        if (i < n)
        {
            var c = t[i];
            switch (c)
            {
                case ':':
                    if (TryTime(t, start, i, out var timeEnd))
                    {
                        return Emit(start, timeEnd, TokenKind.Time, offset, tokens);
                    }

                    break;
                case '/':
                case '-':
                    if (TryDate(t, start, i, out var dateEnd))
                    {
                        return Emit(start, dateEnd, TokenKind.Date, offset, tokens);
                    }

                    break;
                case '.':
                    if (TryDate(t, start, i, out dateEnd))
                    {
                        return Emit(start, dateEnd, TokenKind.Date, offset, tokens);
                    }

                    if (TryDotTime(t, start, i, out timeEnd))
                    {
                        return Emit(start, timeEnd, TokenKind.Time, offset, tokens);
                    }

                    i = SkipDecimals(t, i);
                    break;
                case ',':
                    if (i - start <= 3)
                    {
                        while (i + 3 < n && t[i] == ',' && IsAsciiDigit(t[i + 1]) && IsAsciiDigit(t[i + 2])
                               && IsAsciiDigit(t[i + 3]) && (i + 4 == n || !IsDigitAt(t, i + 4)))
                        {
                            i += 4;
                        }

                        i = SkipDecimals(t, i);
                    }

                    break;
                default:
                    var cls = c < 128 ? AsciiClasses[c] : ClassOf(t, i, out _);
                    if (cls == CharClass.Letter)
                    {
                        if (IsMeridiemAt(t, i))
                        {
                            return Emit(start, i + 2, TokenKind.Time, offset, tokens);
                        }

                        return ScanWord(t, start, i, true, offset, tokens);
                    }

                    if (cls == CharClass.Apostrophe && IsPossessive(t, i))
                    {
                        tokens.Add(new Token(offset + start, i - start, TokenKind.Number));
                        tokens.Add(new Token(offset + i, 2, TokenKind.Word));
                        return i + 2;
                    }

                    break;
            }
        }

        return Emit(start, i, TokenKind.Number, offset, tokens);
    }

    /// <summary>A period followed by digits: the decimals of a number.</summary>
    private static int SkipDecimals(ReadOnlySpan<char> t, int i) =>
        i + 1 < t.Length && t[i] == '.' && IsDigitAt(t, i + 1) ? SkipDigits(t, i + 1) : i;

    /// <summary><c>H:MM</c> or <c>H:MM:SS</c> (one or two hour digits), optionally with am/pm attached.</summary>
    private static bool TryTime(ReadOnlySpan<char> t, int start, int colon, out int end)
    {
        end = 0;
        if (colon - start is < 1 or > 2 || !AllAsciiDigits(t[start..colon]) || !TryTwoDigits(t, colon + 1, 59))
        {
            return false;
        }

        end = colon + 3;
        if (end < t.Length && t[end] == ':' && TryTwoDigits(t, end + 1, 59))
        {
            end += 3;
        }

        if (IsMeridiemAt(t, end))
        {
            end += 2;
        }

        return true;
    }

    /// <summary><c>6.30am</c>: a dotted time needs its am/pm, or it is a decimal number.</summary>
    private static bool TryDotTime(ReadOnlySpan<char> t, int start, int dot, out int end)
    {
        end = dot + 5;
        return dot - start is 1 or 2 && AllAsciiDigits(t[start..dot]) && TryTwoDigits(t, dot + 1, 59)
               && IsMeridiemAt(t, dot + 3);
    }

    /// <summary>Two ASCII digits at <paramref name="i"/> worth at most <paramref name="max"/>, not followed by a digit.</summary>
    private static bool TryTwoDigits(ReadOnlySpan<char> t, int i, int max) =>
        i + 1 < t.Length && IsAsciiDigit(t[i]) && IsAsciiDigit(t[i + 1]) && (i + 2 == t.Length || !IsDigitAt(t, i + 2))
        && ((t[i] - '0') * 10) + (t[i + 1] - '0') <= max;

    /// <summary>
    /// A numeric date with the same separator twice: day and month in either order then a two- or
    /// four-digit year (<c>4/11/2016</c>, <c>14.10.16</c>), or a four-digit year first (<c>2019-04-02</c>).
    /// </summary>
    private static bool TryDate(ReadOnlySpan<char> t, int start, int separator, out int end)
    {
        end = 0;
        var n = t.Length;
        var sep = t[separator];
        var length1 = separator - start;
        if (length1 is not (1 or 2 or 4) || !AllAsciiDigits(t[start..separator]))
        {
            return false;
        }

        var second = separator + 1;
        var secondEnd = SkipAsciiDigits(t, second);
        var length2 = secondEnd - second;
        if (length2 is not (1 or 2) || secondEnd >= n || t[secondEnd] != sep)
        {
            return false;
        }

        var third = secondEnd + 1;
        var thirdEnd = SkipAsciiDigits(t, third);
        var length3 = thirdEnd - third;
        if (thirdEnd < n && IsDigitAt(t, thirdEnd))
        {
            return false;
        }

        if (length1 == 4 ? length3 is not (1 or 2) : length3 is not (2 or 4))
        {
            return false;
        }

        var value1 = ParseSmall(t[start..separator]);
        var value2 = ParseSmall(t[second..secondEnd]);
        var value3 = ParseSmall(t[third..thirdEnd]);
        var valid = length1 == 4
            ? value2 is >= 1 and <= 12 && value3 is >= 1 and <= 31
            : value1 is >= 1 and <= 31 && value2 is >= 1 and <= 31 && Math.Min(value1, value2) <= 12;

        end = thirdEnd;
        return valid;
    }

    /// <summary>A bracketed note, <c>[inaudible]</c>, as one token; else <c>[</c> alone.</summary>
    private static int ScanBracket(ReadOnlySpan<char> t, int i, int offset, List<Token> tokens)
    {
        var limit = Math.Min(t.Length, i + Defaults.MaxNoteLength);
        var hasContent = false;
        for (var j = i + 1; j < limit; j++)
        {
            var c = t[j];
            if (c == ']')
            {
                if (hasContent)
                {
                    return Emit(i, j + 1, TokenKind.Note, offset, tokens);
                }

                break;
            }

            if (c is '[' or '\n' or '\r' or '\u0085' or '\u2028' or '\u2029')
            {
                break;
            }

            if (!char.IsWhiteSpace(c))
            {
                hasContent = true;
            }
        }

        tokens.Add(new Token(offset + i, 1, TokenKind.Punctuation));
        return i + 1;
    }

    /// <summary>A symbol with what belongs to it: modifiers, marks, joined parts, the second flag letter.</summary>
    private static int ScanSymbol(ReadOnlySpan<char> t, int start, int offset, List<Token> tokens)
    {
        var n = t.Length;
        var first = CodePointAt(t, start, out var width);
        var i = start + width;
        var regionalIndicator = IsRegionalIndicator(first);
        while (i < n)
        {
            var next = CodePointAt(t, i, out var nextWidth);
            if (IsEmojiExtender(next))
            {
                i += nextWidth;
            }
            else if (regionalIndicator && IsRegionalIndicator(next))
            {
                i += nextWidth;
                regionalIndicator = false;
            }
            else if (next == 0x200D && i + 1 < n)
            {
                var joined = CodePointAt(t, i + 1, out var joinedWidth);
                if (!IsSymbolCodePoint(joined))
                {
                    break;
                }

                i += 1 + joinedWidth;
            }
            else
            {
                break;
            }
        }

        return Emit(start, i, TokenKind.Symbol, offset, tokens);
    }

    private static int EmitRunOf(ReadOnlySpan<char> t, int start, char c, int offset, List<Token> tokens)
    {
        var i = start + 1;
        while (i < t.Length && t[i] == c)
        {
            i++;
        }

        return Emit(start, i, TokenKind.Punctuation, offset, tokens);
    }

    private static int EmitExclaimRun(ReadOnlySpan<char> t, int start, int offset, List<Token> tokens)
    {
        var i = start + 1;
        while (i < t.Length && t[i] is '?' or '!')
        {
            i++;
        }

        return Emit(start, i, TokenKind.Punctuation, offset, tokens);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Emit(int start, int end, TokenKind kind, int offset, List<Token> tokens)
    {
        tokens.Add(new Token(offset + start, end - start, kind));
        return end;
    }

    /// <summary><c>'s</c> or <c>’s</c> at <paramref name="i"/> with no word character after it.</summary>
    private static bool IsPossessive(ReadOnlySpan<char> t, int i) =>
        i + 1 < t.Length && t[i] is '\'' or '\u2019' && t[i + 1] is 's' or 'S'
        && (i + 2 == t.Length || !IsWordCharAt(t, i + 2));

    /// <summary><c>am</c>/<c>pm</c> in any case at <paramref name="i"/>, not followed by a word character.</summary>
    private static bool IsMeridiemAt(ReadOnlySpan<char> t, int i) =>
        i + 1 < t.Length && (t[i] | 0x20) is 'a' or 'p' && (t[i + 1] | 0x20) == 'm'
        && (i + 2 == t.Length || !IsWordCharAt(t, i + 2));

    private static bool IsLetterAt(ReadOnlySpan<char> t, int i)
    {
        var c = t[i];
        return (c < 128 ? AsciiClasses[c] : ClassOf(t, i, out _)) == CharClass.Letter;
    }

    private static bool IsSingleLetterAt(ReadOnlySpan<char> t, int i)
    {
        var c = t[i];
        return !char.IsSurrogate(c) && (c < 128 ? AsciiClasses[c] : ClassOf(t, i, out _)) == CharClass.Letter;
    }

    private static bool IsWordCharAt(ReadOnlySpan<char> t, int i)
    {
        var c = t[i];
        return (c < 128 ? AsciiClasses[c] : ClassOf(t, i, out _)) is CharClass.Letter or CharClass.Digit;
    }

    private static bool IsDigitAt(ReadOnlySpan<char> t, int i)
    {
        var c = t[i];
        return (c < 128 ? AsciiClasses[c] : ClassOf(t, i, out _)) == CharClass.Digit;
    }

    private static int SkipDigits(ReadOnlySpan<char> t, int i)
    {
        while (i < t.Length && IsDigitAt(t, i))
        {
            i++;
        }

        return i;
    }

    private static int SkipAsciiDigits(ReadOnlySpan<char> t, int i)
    {
        while (i < t.Length && IsAsciiDigit(t[i]))
        {
            i++;
        }

        return i;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsAsciiDigit(char c) => (uint)(c - '0') <= 9;

    private static bool AllAsciiDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The value of at most four ASCII digits.</summary>
    private static int ParseSmall(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            value = (value * 10) + (c - '0');
        }

        return value;
    }

    /// <summary>Width (1 or 2) of the code point at <paramref name="i"/>.</summary>
    private static int CodePointWidth(ReadOnlySpan<char> t, int i) =>
        char.IsHighSurrogate(t[i]) && i + 1 < t.Length && char.IsLowSurrogate(t[i + 1]) ? 2 : 1;

    /// <summary>The code point at <paramref name="i"/>; a lone surrogate stands for itself.</summary>
    private static int CodePointAt(ReadOnlySpan<char> t, int i, out int width)
    {
        width = CodePointWidth(t, i);
        return width == 2 ? char.ConvertToUtf32(t[i], t[i + 1]) : t[i];
    }

    private static bool IsRegionalIndicator(int codePoint) => codePoint is >= 0x1F1E6 and <= 0x1F1FF;

    /// <summary>Marks, variation selectors, skin-tone modifiers, keycaps and tags that extend an emoji.</summary>
    private static bool IsEmojiExtender(int codePoint)
    {
        if (codePoint is >= 0x1F3FB and <= 0x1F3FF or >= 0xE0020 and <= 0xE007F or >= 0xFE00 and <= 0xFE0F)
        {
            return true;
        }

        if (codePoint is >= 0xD800 and <= 0xDFFF)
        {
            return false;
        }

        return CharUnicodeInfo.GetUnicodeCategory(codePoint) is UnicodeCategory.NonSpacingMark
            or UnicodeCategory.EnclosingMark or UnicodeCategory.SpacingCombiningMark;
    }

    private static bool IsSymbolCodePoint(int codePoint) =>
        codePoint is not (>= 0xD800 and <= 0xDFFF)
        && CharUnicodeInfo.GetUnicodeCategory(codePoint) is UnicodeCategory.OtherSymbol
            or UnicodeCategory.MathSymbol or UnicodeCategory.ModifierSymbol;

    /// <summary>The class of the (non-ASCII) character at <paramref name="i"/>, resolving surrogate pairs.</summary>
    private static CharClass ClassOf(ReadOnlySpan<char> t, int i, out int width)
    {
        var c = t[i];
        width = 1;
        if (c < 128)
        {
            return AsciiClasses[c];
        }

        switch (c)
        {
            case '\u2018':
            case '\u2019':
                return CharClass.Apostrophe;
            case '\u2010':
            case '\u2011':
                return CharClass.Hyphen;
            case '\u2012':
            case '\u2013':
            case '\u2014':
            case '\u2015':
                return CharClass.Dash;
            case '\u2026':
                return CharClass.Ellipsis;
            case '\u00AD':
            case '\u200C':
            case '\u200D':
                return CharClass.Joiner;
            case '\u200B':
            case '\u200E':
            case '\u200F':
            case '\u2060':
            case '\uFEFF':
                return CharClass.Space;
        }

        if (c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069')
        {
            return CharClass.Space;
        }

        if (char.IsSurrogate(c))
        {
            if (char.IsHighSurrogate(c) && i + 1 < t.Length && char.IsLowSurrogate(t[i + 1]))
            {
                width = 2;
                var category = CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(c, t[i + 1]));

                // Digits outside the BMP (mathematical digits) are rare enough to count as letters, which keeps
                // number scanning on single UTF-16 units.
                return IsLetterOrMark(category) || category == UnicodeCategory.DecimalDigitNumber
                    ? CharClass.Letter
                    : CharClass.Symbol;
            }

            return CharClass.Symbol;
        }

        if (char.IsWhiteSpace(c))
        {
            return CharClass.Space;
        }

        var bmpCategory = char.GetUnicodeCategory(c);
        if (IsLetterOrMark(bmpCategory))
        {
            return CharClass.Letter;
        }

        return bmpCategory switch
        {
            UnicodeCategory.DecimalDigitNumber => CharClass.Digit,
            UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation
                or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation
                or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation
                or UnicodeCategory.OtherPunctuation => CharClass.Punctuation,
            _ => CharClass.Symbol,
        };
    }

    private static bool IsLetterOrMark(UnicodeCategory category) => category
        is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
        or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark
        or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static CharClass[] BuildAsciiClasses()
    {
        var classes = new CharClass[128];
        for (var c = 0; c < 128; c++)
        {
            var ch = (char)c;
            classes[c] = ch switch
            {
                _ when char.IsWhiteSpace(ch) => CharClass.Space,
                _ when char.IsAsciiLetter(ch) => CharClass.Letter,
                _ when char.IsAsciiDigit(ch) => CharClass.Digit,
                '\'' => CharClass.Apostrophe,
                '-' => CharClass.Hyphen,
                '.' => CharClass.Period,
                '?' or '!' => CharClass.Exclaim,
                '[' => CharClass.OpenBracket,
                _ when char.IsPunctuation(ch) => CharClass.Punctuation,
                _ => CharClass.Symbol,
            };
        }

        return classes;
    }

    /// <summary>What a character can do in a token.</summary>
    private enum CharClass : byte
    {
        Space,
        Letter,
        Digit,
        Apostrophe,
        Hyphen,
        Joiner,
        Period,
        Ellipsis,
        Dash,
        Exclaim,
        OpenBracket,
        Punctuation,
        Symbol,
    }
}
