namespace TestimonyNlp.Claims.Dates;

/// <summary>One word, number or mark of a date mention: offsets into the mention, no copy.</summary>
internal readonly record struct DateToken(DateWord Kind, int Value, int Extra, int Start, int Length)
{
    public int End => Start + Length;
}

/// <summary>Splits a date mention into <see cref="DateToken"/>s without allocating.</summary>
internal static class DateTokenizer
{
    /// <summary>Tokenizes <paramref name="text"/> into <paramref name="into"/>; stops when it is full.</summary>
    /// <returns>The number of tokens written.</returns>
    public static int Tokenize(ReadOnlySpan<char> text, Span<DateToken> into)
    {
        int count = 0;
        int i = 0;
        while (i < text.Length && count < into.Length)
        {
            char c = text[i];
            if (char.IsAsciiDigit(c))
            {
                int start = i;
                long value = 0;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    value = Math.Min((value * 10) + (text[i] - '0'), 1_000_000);
                    i++;
                }

                int digits = i - start;
                if (i + 1 < text.Length && IsOrdinalSuffix(text.Slice(i, 2)) && (i + 2 == text.Length || !char.IsLetter(text[i + 2])))
                {
                    into[count++] = new DateToken(DateWord.Ordinal, (int)value, digits, start, i + 2 - start);
                    i += 2;
                }
                else
                {
                    into[count++] = new DateToken(DateWord.Number, (int)value, digits, start, digits);
                }
            }
            else if (char.IsLetter(c))
            {
                int start = i;
                while (i < text.Length && (char.IsLetter(text[i]) || (IsApostrophe(text[i]) && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
                {
                    i++;
                }

                var word = text[start..i];
                // A possessive ("Eid's", "the year's") is its word.
                if (word.Length > 2 && IsApostrophe(word[^2]) && (word[^1] is 's' or 'S'))
                {
                    word = word[..^2];
                }

                var (kind, value) = DateWords.Find(word);
                // Extra marks a plural ("days", "weeks").
                into[count++] = new DateToken(kind, value, word[^1] is 's' or 'S' ? 1 : 0, start, i - start);
            }
            else if (c is '/' or '-' or '.' or ',' or ':' or '\u2013' or '\u2014')
            {
                into[count++] = new DateToken(DateWord.Punct, c is '\u2013' or '\u2014' ? '-' : c, 0, i, 1);
                i++;
            }
            else
            {
                i++;
            }
        }

        return count;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    private static bool IsOrdinalSuffix(ReadOnlySpan<char> two) =>
        two.Equals("st", StringComparison.OrdinalIgnoreCase) || two.Equals("nd", StringComparison.OrdinalIgnoreCase) ||
        two.Equals("rd", StringComparison.OrdinalIgnoreCase) || two.Equals("th", StringComparison.OrdinalIgnoreCase);
}
