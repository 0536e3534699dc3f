using System.Globalization;

namespace TestimonyNlp.Ingest;

/// <summary>
/// Parses the interview dates headers give: <c>2019-04-02</c>, <c>2 April 2019</c>, <c>2 Apr 2019</c>,
/// <c>April 2, 2019</c>, and day-first <c>14/10/2016</c>, <c>14.10.2016</c>, <c>14-10-2016</c>. Ordinal suffixes
/// (<c>2nd</c>) and <c>Sept</c> are accepted; text after a final comma (a time of day) is ignored. A date outside the
/// years the date resolver places events in (<see cref="IsPlausible"/>) is no interview date: "1 January 0001" is a
/// placeholder, and dates counted back or on from it would leave the calendar.
/// </summary>
internal static class InterviewDates
{
    private const int MaxLength = 64;

    private static readonly string[] Formats =
    [
        "yyyy-M-d",
        "d MMMM yyyy",
        "d MMM yyyy",
        "MMMM d, yyyy",
        "MMM d, yyyy",
        "MMMM d yyyy",
        "MMM d yyyy",
        "d/M/yyyy",
        "d.M.yyyy",
        "d-M-yyyy",
        "yyyy/M/d",
        "d MMMM, yyyy",
    ];

    /// <summary>True when <paramref name="date"/> lies in the years the date resolver reads
    /// (<see cref="Claims.Dates.DateResolver.Defaults.MinYear"/> to <see cref="Claims.Dates.DateResolver.Defaults.MaxYear"/>).</summary>
    public static bool IsPlausible(DateOnly date) =>
        date.Year is >= Claims.Dates.DateResolver.Defaults.MinYear and <= Claims.Dates.DateResolver.Defaults.MaxYear;

    /// <summary>Parses <paramref name="text"/> as a date; false when it is none of the known forms or not plausible.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        text = text.Trim();
        if (text.IsEmpty || text.Length > MaxLength)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[MaxLength];
        var normalized = Normalize(text, buffer);
        if (TryExact(normalized, out date))
        {
            return true;
        }

        var comma = normalized.LastIndexOf(',');
        return comma > 0 && TryExact(normalized[..comma], out date);
    }

    private static bool TryExact(ReadOnlySpan<char> text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out date)
        && IsPlausible(date);

    // Drops ordinal suffixes after digits ("2nd" -> "2"), collapses runs of spaces and shortens "Sept" to "Sep".
    private static ReadOnlySpan<char> Normalize(ReadOnlySpan<char> text, Span<char> buffer)
    {
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (i > 0 && char.IsAsciiDigit(text[i - 1]) && i + 1 < text.Length && IsOrdinalSuffix(c, text[i + 1])
                && (i + 2 == text.Length || !char.IsLetter(text[i + 2])))
            {
                i++;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (length > 0 && buffer[length - 1] == ' ')
                {
                    continue;
                }

                c = ' ';
            }

            if ((c is 'S' or 's') && text[i..].StartsWith("sept", StringComparison.OrdinalIgnoreCase)
                && (i + 4 == text.Length || !char.IsLetter(text[i + 4]))
                && (i == 0 || !char.IsLetter(text[i - 1])))
            {
                buffer[length++] = c;
                buffer[length++] = text[i + 1];
                buffer[length++] = text[i + 2];
                i += 3;
                continue;
            }

            buffer[length++] = c;
        }

        return buffer[..length];
    }

    private static bool IsOrdinalSuffix(char first, char second) =>
        (char.ToLowerInvariant(first), char.ToLowerInvariant(second)) is ('s', 't') or ('n', 'd') or ('r', 'd') or ('t', 'h');
}
