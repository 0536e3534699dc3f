using TestimonyNlp.Model;

namespace TestimonyNlp.Claims.Counts;

/// <summary>
/// Reads a number at a token: digits (<c>12</c>, <c>1,200</c>, <c>3 thousand</c>), words (<c>seven</c>,
/// <c>twenty-two</c>, <c>twenty two</c>, <c>a hundred and five</c>, <c>a dozen</c>, <c>half a dozen</c>,
/// <c>a couple</c>) and the collective plurals with only a lower bound, by the corpus conventions:
/// <c>dozens</c> 24, <c>hundreds</c> 200, <c>thousands</c> 2000, <c>tens</c> 20 (as interpreters say),
/// <c>tens of thousands</c> 20,000. Stateless and thread-safe; allocates nothing.
/// </summary>
/// <remarks>
/// Not numbers here: ordinals (<c>second</c>, <c>12th</c>), decimals (<c>1.5</c>), digits with a leading zero or
/// more than six digits ungrouped (phone numbers), numeric dates and clock times (tokens of their own kinds).
/// Whether a number counts people, names an age or a year is the <see cref="VictimCountReader"/>'s business.
/// </remarks>
public static class NumberReader
{
    /// <summary>Limits of the number reader.</summary>
    public static class Defaults
    {
        /// <summary>Most digits an ungrouped number may have; longer runs are phone or document numbers.</summary>
        public const int MaxUngroupedDigits = 6;

        /// <summary>Most tokens looked at for one spelt-out number.</summary>
        public const int MaxTokens = 12;
    }

    /// <summary>True when a number starts at token <paramref name="index"/> of <paramref name="document"/>: digits
    /// ("12") or words the reader reads ("three", "forty-one"); false when there is no such token.</summary>
    public static bool StartsAt(Document document, int index)
    {
        ArgumentNullException.ThrowIfNull(document);
        return (uint)index < (uint)document.Tokens.Count
            && (document.Tokens[index].Kind == TokenKind.Number
                || TryRead(document.Text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(document.Tokens), index, out _));
    }

    /// <summary>Reads the number that starts at token <paramref name="index"/>.</summary>
    /// <param name="text">The text the tokens point into.</param>
    /// <param name="tokens">The tokens of a sentence (or any run of tokens).</param>
    /// <param name="index">The token where the number must start; an index outside <paramref name="tokens"/> holds
    /// no number (callers look a few tokens past a word, which may end the run).</param>
    /// <param name="reading">The number, when there is one.</param>
    /// <returns>True when a number starts at <paramref name="index"/>.</returns>
    public static bool TryRead(string text, ReadOnlySpan<Token> tokens, int index, out NumberReading reading)
    {
        ArgumentNullException.ThrowIfNull(text);
        if ((uint)index >= (uint)tokens.Length)
        {
            reading = default;
            return false;
        }

        var window = tokens[index..Math.Min(tokens.Length, index + Defaults.MaxTokens)];
        Span<WordInfo> infos = stackalloc WordInfo[window.Length];
        CountLexicon.Describe(text, window, infos);
        if (!TryRead(text, window, infos, 0, out var local))
        {
            reading = default;
            return false;
        }

        reading = local with { FirstToken = index };
        return true;
    }

    /// <summary>Reads the number at <paramref name="index"/> given the tokens' lexicon entries; false when
    /// <paramref name="index"/> lies outside the tokens.</summary>
    internal static bool TryRead(
        string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<WordInfo> infos, int index, out NumberReading reading)
    {
        reading = default;
        if ((uint)index >= (uint)tokens.Length)
        {
            return false;
        }

        var token = tokens[index];
        if (token.Kind == TokenKind.Number)
        {
            return TryReadDigits(text, tokens, infos, index, out reading);
        }

        if (token.Kind is not (TokenKind.Word or TokenKind.Alphanumeric))
        {
            return false;
        }

        var info = infos[index];
        if (info.Has(WordTags.Collective))
        {
            // "tens of thousands", "hundreds of thousands"
            if (index + 2 < tokens.Length && Is(text, tokens[index + 1], "of")
                && infos[index + 2].Has(WordTags.Collective) && infos[index + 2].Value >= 2000)
            {
                reading = new NumberReading(info.Value * (infos[index + 2].Value / 2), null, index, 3, NumberForm.Collective);
                return true;
            }

            reading = new NumberReading(info.Value, null, index, 1, NumberForm.Collective);
            return true;
        }

        if (info.Has(WordTags.Half))
        {
            // "half a dozen"
            if (index + 2 < tokens.Length && infos[index + 1].Has(WordTags.Article) && infos[index + 2].Has(WordTags.Dozen))
            {
                reading = new NumberReading(6, 6, index, 3, NumberForm.Words);
                return true;
            }

            return false;
        }

        if (info.Has(WordTags.Article))
        {
            if (index + 1 >= tokens.Length)
            {
                return false;
            }

            var next = infos[index + 1];
            if (next.Has(WordTags.Couple))
            {
                reading = new NumberReading(2, 2, index, 2, NumberForm.Words);
                return true;
            }

            if (!next.Has(WordTags.Hundred | WordTags.Thousand | WordTags.Dozen))
            {
                return false;
            }
        }
        else if (!info.Has(WordTags.Unit | WordTags.Teen | WordTags.Tens | WordTags.Compound))
        {
            return false;
        }

        return TryReadWords(text, tokens, infos, index, out reading);
    }

    private static bool TryReadWords(
        string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<WordInfo> infos, int index, out NumberReading reading)
    {
        reading = default;
        long total = 0;
        long current = 0;
        var last = Part.None;
        var end = index;
        var limit = Math.Min(tokens.Length, index + Defaults.MaxTokens);
        for (var i = index; i < limit; i++)
        {
            var token = tokens[i];
            if (token.Kind is not (TokenKind.Word or TokenKind.Alphanumeric))
            {
                break;
            }

            var info = infos[i];
            Part part;
            if (info.Has(WordTags.Article) && last == Part.None)
            {
                current = 1;
                part = Part.Article;
            }
            else if (info.Has(WordTags.Compound) && last is Part.None or Part.Hundred or Part.Thousand or Part.And)
            {
                current += info.Value;
                part = Part.Unit;
            }
            else if (info.Has(WordTags.Unit) && last is Part.None or Part.Tens or Part.Hundred or Part.Thousand or Part.And)
            {
                current += info.Value;
                part = Part.Unit;
            }
            else if (info.Has(WordTags.Teen | WordTags.Tens) && last is Part.None or Part.Hundred or Part.Thousand or Part.And)
            {
                current += info.Value;
                part = info.Has(WordTags.Tens) ? Part.Tens : Part.Unit;
            }
            else if (info.Has(WordTags.Hundred) && last is Part.Article or Part.Unit && current is > 0 and < 100)
            {
                current *= 100;
                part = Part.Hundred;
            }
            else if (info.Has(WordTags.Thousand) && last is Part.Article or Part.Unit or Part.Tens or Part.Hundred
                     && current is > 0 and < 1000)
            {
                total += current * info.Value;
                current = 0;
                part = Part.Thousand;
            }
            else if (info.Has(WordTags.Dozen) && last is Part.Article or Part.Unit && current is > 0 and < 100)
            {
                current *= 12;
                end = i + 1;
                last = Part.Dozen;
                break;
            }
            else if (Is(text, token, "and") && last is Part.Hundred or Part.Thousand && i + 1 < limit
                     && infos[i + 1].Has(WordTags.Unit | WordTags.Teen | WordTags.Tens | WordTags.Compound)
                     && !(i + 2 < limit && infos[i + 2].Has(WordTags.Hundred | WordTags.Thousand)))
            {
                part = Part.And;
            }
            else
            {
                break;
            }

            last = part;
            end = i + 1;
        }

        if (last is Part.None or Part.Article || end == index || total + current > int.MaxValue)
        {
            return false;
        }

        var value = (int)(total + current);
        reading = new NumberReading(value, value, index, end - index, NumberForm.Words);
        return true;
    }

    private static bool TryReadDigits(
        string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<WordInfo> infos, int index, out NumberReading reading)
    {
        reading = default;
        if (!TryParseDigits(tokens[index].Span(text), out var value))
        {
            return false;
        }

        if (index + 1 < tokens.Length && value is > 0 and < 1000 && infos[index + 1].Has(WordTags.Thousand | WordTags.Hundred))
        {
            var multiplied = (long)value * infos[index + 1].Value;
            if (multiplied <= int.MaxValue)
            {
                reading = new NumberReading((int)multiplied, (int)multiplied, index, 2, NumberForm.Digits);
                return true;
            }
        }

        reading = new NumberReading(value, value, index, 1, NumberForm.Digits);
        return true;
    }

    /// <summary>An integer in ASCII digits with optional thousands commas; no decimals, no leading zero.</summary>
    internal static bool TryParseDigits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        if (s.Length == 0 || (s[0] == '0' && s.Length > 1))
        {
            return false;
        }

        long v = 0;
        var digits = 0;
        var grouped = false;
        foreach (var c in s)
        {
            if (c == ',')
            {
                grouped = true;
                continue;
            }

            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            v = (v * 10) + (c - '0');
            digits++;
            if (v > int.MaxValue)
            {
                return false;
            }
        }

        if (!grouped && digits > Defaults.MaxUngroupedDigits)
        {
            return false;
        }

        value = (int)v;
        return true;
    }

    internal static bool Is(string text, Token token, string word) =>
        token.Length == word.Length && token.Span(text).Equals(word, StringComparison.OrdinalIgnoreCase);

    private enum Part
    {
        None,
        Article,
        Unit,
        Tens,
        Hundred,
        Thousand,
        And,
        Dozen,
    }
}
