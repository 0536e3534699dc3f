namespace TestimonyNlp.Ingest;

/// <summary>
/// The interview date a subtitle file's NOTE block gives in prose ("Interview SY-ATM-618, Atmeh camp, 9 January
/// 2020", "Recorded in Ain Issa, 14 September 2017"), when it gives no <c>Date of interview:</c> line: the first full
/// date (<see cref="InterviewDates"/>) of the first sentence that speaks of the recording or the interview.
/// </summary>
internal static class NoteDates
{
    private const int MaxWords = 4;

    /// <summary>The recording date <paramref name="note"/> states, or null.</summary>
    public static DateOnly? RecordedOn(ReadOnlySpan<char> note)
    {
        while (!note.IsEmpty)
        {
            var end = SentenceEnd(note);
            var sentence = note[..end];
            note = note[end..].TrimStart();
            if ((sentence.Contains("record", StringComparison.OrdinalIgnoreCase) || sentence.Contains("interview", StringComparison.OrdinalIgnoreCase))
                && FirstDate(sentence) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>The end of the first sentence: after a full stop followed by a space or the end, else the whole text.</summary>
    private static int SentenceEnd(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '.' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])))
            {
                return i + 1;
            }
        }

        return text.Length;
    }

    /// <summary>The first run of two to four words that reads as a full date ("14 June 2022", "June 14, 2022", "2022-06-14").</summary>
    private static DateOnly? FirstDate(ReadOnlySpan<char> sentence)
    {
        Span<Range> words = stackalloc Range[64];
        var count = sentence.SplitAny(words, " \t\r\n", StringSplitOptions.RemoveEmptyEntries);
        for (var first = 0; first < count; first++)
        {
            for (var length = 1; length <= MaxWords && first + length <= count; length++)
            {
                var start = words[first].Start.GetOffset(sentence.Length);
                var stop = words[first + length - 1].End.GetOffset(sentence.Length);
                var candidate = sentence[start..stop].TrimEnd(".,;:)").TrimStart("(");
                if (!candidate.IsEmpty && char.IsDigit(candidate[^1]) && InterviewDates.TryParse(candidate, out var date))
                {
                    return date;
                }
            }
        }

        return null;
    }
}
