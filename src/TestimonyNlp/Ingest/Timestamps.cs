namespace TestimonyNlp.Ingest;

/// <summary>Parses the clock times transcripts and subtitle files carry. Hand-written scanning, linear time.</summary>
internal static class Timestamps
{
    private const int MaxHourDigits = 5;
    private const int MaxFractionDigits = 9;

    /// <summary>
    /// Parses a transcript timestamp at the start of <paramref name="text"/>: <c>[01:12:05]</c>, <c>[12:05]</c>,
    /// <c>(00:12:05)</c>, or a bare <c>01:12:05</c> followed by whitespace or the end. A fraction
    /// (<c>.5</c>, <c>,250</c>) is allowed before the closing bracket.
    /// </summary>
    /// <param name="text">The text to look at.</param>
    /// <param name="time">The time, when parsed.</param>
    /// <param name="length">The number of characters the timestamp takes, brackets included.</param>
    public static bool TryParseLeading(ReadOnlySpan<char> text, out TimeSpan time, out int length)
    {
        time = default;
        length = 0;
        if (text.IsEmpty)
        {
            return false;
        }

        var close = text[0] switch
        {
            '[' => ']',
            '(' => ')',
            _ => '\0',
        };
        var i = close == '\0' ? 0 : 1;
        if (!TryParseClock(text, ref i, out time, out var groups))
        {
            return false;
        }

        if (close != '\0')
        {
            if (i >= text.Length || text[i] != close)
            {
                return false;
            }

            length = i + 1;
            return true;
        }

        // A bare time needs hours so that "12:05" in running text is not taken for a timestamp.
        if (groups != 3 || (i < text.Length && !char.IsWhiteSpace(text[i])))
        {
            return false;
        }

        length = i;
        return true;
    }

    /// <summary>
    /// Parses a whole subtitle cue time: <c>hh:mm:ss,mmm</c>, <c>hh:mm:ss.mmm</c>, <c>mm:ss.mmm</c>, with or
    /// without the fraction. Surrounding whitespace is allowed.
    /// </summary>
    public static bool TryParseCueTime(ReadOnlySpan<char> text, out TimeSpan time)
    {
        var trimmed = text.Trim();
        var i = 0;
        return TryParseClock(trimmed, ref i, out time, out _) && i == trimmed.Length;
    }

    private static bool TryParseClock(ReadOnlySpan<char> text, ref int i, out TimeSpan time, out int groups)
    {
        time = default;
        groups = 0;
        Span<long> parts = stackalloc long[3];
        while (groups < 3)
        {
            var start = i;
            long value = 0;
            while (i < text.Length && char.IsAsciiDigit(text[i]) && i - start < MaxHourDigits)
            {
                value = (value * 10) + (text[i] - '0');
                i++;
            }

            var digits = i - start;
            if (digits == 0 || (groups > 0 && digits > 2))
            {
                return false;
            }

            parts[groups++] = value;
            if (i + 1 < text.Length && text[i] == ':' && char.IsAsciiDigit(text[i + 1]))
            {
                i++;
                continue;
            }

            break;
        }

        if (groups < 2)
        {
            return false;
        }

        long fractionTicks = 0;
        if (i + 1 < text.Length && text[i] is '.' or ',' && char.IsAsciiDigit(text[i + 1]))
        {
            i++;
            var start = i;
            var scale = TimeSpan.TicksPerSecond;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                if (i - start >= MaxFractionDigits)
                {
                    return false;
                }

                scale /= 10;
                fractionTicks += (text[i] - '0') * scale;
                i++;
            }
        }

        long hours = groups == 3 ? parts[0] : 0;
        var minutes = groups == 3 ? parts[1] : parts[0];
        var seconds = groups == 3 ? parts[2] : parts[1];
        if (seconds >= 60 || (groups == 3 && minutes >= 60) || minutes > 99_999)
        {
            return false;
        }

        time = new TimeSpan((((hours * 60) + minutes) * 60 + seconds) * TimeSpan.TicksPerSecond + fractionTicks);
        return true;
    }
}
