using TestimonyNlp.Claims.Dates;

namespace TestimonyNlp.Linking.Incidents;

/// <summary>Whether the words a claim's date came from tell its year, as <see cref="LinkClaim.YearDefaulted"/>
/// needs it: a claim dated "on the 12th of March" or "that night" took its year from the interview date or from the
/// account around it, which is often another year than the event's.</summary>
public static class DateYears
{
    /// <summary>True when <paramref name="text"/> tells a year: a four-digit year from 1900 to 2099 standing alone,
    /// or words that count years or place a date from the day of the interview ("last year", "two years ago", "the
    /// year before", "three months ago").</summary>
    public static bool Tells(ReadOnlySpan<char> text)
    {
        for (var i = 0; i + 4 <= text.Length; i++)
        {
            if ((i == 0 || !char.IsAsciiDigit(text[i - 1])) && (i + 4 == text.Length || !char.IsAsciiDigit(text[i + 4]))
                && ((text[i] == '1' && text[i + 1] == '9') || (text[i] == '2' && text[i + 1] == '0'))
                && char.IsAsciiDigit(text[i + 2]) && char.IsAsciiDigit(text[i + 3]))
            {
                return true;
            }
        }

        var rest = text;
        while (!rest.IsEmpty)
        {
            var start = 0;
            while (start < rest.Length && !char.IsAsciiLetter(rest[start]))
            {
                start++;
            }

            var end = start;
            while (end < rest.Length && char.IsAsciiLetter(rest[end]))
            {
                end++;
            }

            var word = rest[start..end];
            if (word.Equals("year", StringComparison.OrdinalIgnoreCase)
                || word.Equals("years", StringComparison.OrdinalIgnoreCase)
                || word.Equals("ago", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            rest = rest[end..];
        }

        return false;
    }

    /// <summary>True when <paramref name="text"/> names no more than an hour or a part of a day, or the day told
    /// before it ("the morning", "ten o'clock", "around ten", "after the fajr", "that day", "the same night"): the
    /// words place the event on no day of their own, so the claim's day is whatever date the account told before
    /// them. Not a relative date ("the next morning", "two days later", "the day before") nor one naming a day, a
    /// month or a feast ("the night before Eid", "Friday morning").</summary>
    public static bool HourOnly(ReadOnlySpan<char> text)
    {
        Span<DateToken> tokens = stackalloc DateToken[DateResolver.Defaults.MaxTokens];
        var count = DateTokenizer.Tokenize(text, tokens);
        bool hour = false, day = false, around = false, number = false, beforeOrAfter = false;
        foreach (var token in tokens[..count])
        {
            switch (token.Kind)
            {
                case DateWord.TimeOfDay:
                    hour = true;
                    break;
                case DateWord.Unit when token.Value == (int)DateUnit.Day
                    && !text.Slice(token.Start, token.Length).EndsWith("s", StringComparison.OrdinalIgnoreCase):
                    day = true;
                    break;
                case DateWord.Around:
                    around = true;
                    break;
                case DateWord.Cardinal or DateWord.Number when token.Value is >= 1 and <= 24:
                    number = true;
                    break;
                case DateWord.Before or DateWord.After:
                    beforeOrAfter = true;
                    break;
                case DateWord.Filler or DateWord.That or DateWord.This or DateWord.Punct:
                    break;
                default:
                    return false;
            }
        }

        // "Before" or "after" an hour stays on the day ("before noon"); before or after a day moves off it.
        return beforeOrAfter ? hour && !day && !number : hour || day || (around && number);
    }

    /// <summary>True when a claim dated from <paramref name="text"/> to the range <paramref name="from"/> ..
    /// <paramref name="to"/> has a year that its words did not tell: a resolved date whose text tells no year
    /// (<see cref="Tells"/>). An unresolved date, or one without text, has no defaulted year.</summary>
    public static bool Defaulted(string? text, DateOnly? from, DateOnly? to) =>
        from is not null && to is not null && !string.IsNullOrWhiteSpace(text) && !Tells(text);

    /// <summary>True when a claim dated from <paramref name="text"/> to the range <paramref name="from"/> ..
    /// <paramref name="to"/> took its day from words naming no more than an hour or the day told before
    /// (<see cref="HourOnly(ReadOnlySpan{char})"/>). An unresolved date, or one without text, is not such a date.</summary>
    public static bool HourOnly(string? text, DateOnly? from, DateOnly? to) =>
        from is not null && to is not null && text is not null && HourOnly(text.AsSpan());
}
