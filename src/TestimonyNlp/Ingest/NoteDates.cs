namespace TestimonyNlp.Ingest;

/// <summary>
/// The interview date a transcript states in prose rather than in a header block the parser read: a subtitle file's
/// NOTE block ("Interview SY-ATM-618, Atmeh camp, 9 January 2020", "Recorded in Ain Issa, 14 September 2017"), or the
/// opening lines of any transcript (a key line under a title, as phone-call notes have, "Recorded on 3 May 2021", "Date of statement:
/// 4 June 2019", a date line at the top of a narrative, the interviewer's first words "We are recording, 12 March
/// 2023"). A full date (<see cref="InterviewDates"/>) is required; a file name is never read.
/// </summary>
internal static class NoteDates
{
    private const int MaxWords = 4;

    // The words that put the interview's own day just before a date.
    private static readonly string[] TodayWords = ["today is", "it is", "it's", "today"];

    /// <summary>The recording date <paramref name="note"/> states, or null.</summary>
    public static DateOnly? RecordedOn(ReadOnlySpan<char> note)
    {
        while (!note.IsEmpty)
        {
            var end = SentenceEnd(note);
            var sentence = note[..end];
            note = note[end..].TrimStart();
            if (SpeaksOfRecording(sentence) && FirstDate(sentence, out _) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>
    /// The interview date the opening lines of <paramref name="text"/> state, or null: a <c>Date:</c>-like key line
    /// (<see cref="HeaderKeys"/>), a sentence that speaks of the recording, the interview, the statement or the call
    /// and gives a full date, or a short line that is a date with at most a place beside it ("Gaziantep, 3 May 2021").
    /// Only the first <see cref="Defaults.OpeningLines"/> non-blank lines within <see cref="Defaults.OpeningChars"/>
    /// characters are read.
    /// </summary>
    /// <param name="text">The decoded transcript text.</param>
    /// <param name="start">Start offset of the date the line gives, when found.</param>
    /// <param name="end">End offset (exclusive) of the line that gives it, when found.</param>
    public static DateOnly? InOpening(ReadOnlySpan<char> text, out int start, out int end)
    {
        start = end = 0;
        var limit = Math.Min(text.Length, Defaults.OpeningChars);
        var position = 0;
        var lines = 0;
        while (position < limit && lines < Defaults.OpeningLines)
        {
            var length = text[position..limit].IndexOfAny('\n', '\r');
            var stop = length < 0 ? limit : position + length;
            var raw = text[position..stop];
            var line = raw.Trim();
            if (!line.IsEmpty)
            {
                lines++;
                var offset = position + (raw.Length - raw.TrimStart().Length);
                if (LineDate(line, out var at) is { } date)
                {
                    start = offset + at;
                    end = offset + line.Length;
                    return date;
                }
            }

            position = stop + 1;
        }

        return null;
    }

    /// <summary>
    /// The month of the recording when the opening lines give only that ("Recorded in Saada city, October 2018"): the
    /// first month and year of the first sentence in the first <see cref="Defaults.OpeningChars"/> characters that
    /// speaks of the recording or the interview, as the first day of that month; null otherwise.
    /// </summary>
    public static DateOnly? RecordedMonth(ReadOnlySpan<char> text)
    {
        var note = text[..Math.Min(text.Length, Defaults.OpeningChars)];
        while (!note.IsEmpty)
        {
            var end = SentenceEnd(note);
            var sentence = note[..end];
            note = note[end..].TrimStart();
            if (SpeaksOfRecording(sentence) && FirstMonth(sentence) is { } month)
            {
                return month;
            }
        }

        return null;
    }

    // The first "October 2018" or "Oct 2018" of a sentence.
    private static DateOnly? FirstMonth(ReadOnlySpan<char> sentence)
    {
        Span<Range> words = stackalloc Range[64];
        var count = sentence.SplitAny(words, " \t\r\n", StringSplitOptions.RemoveEmptyEntries);
        for (var first = 0; first + 1 < count; first++)
        {
            var start = words[first].Start.GetOffset(sentence.Length);
            var stop = words[first + 1].End.GetOffset(sentence.Length);
            var candidate = sentence[start..stop].TrimEnd(".,;:)").TrimStart("(");
            if (candidate.Length > 0 && char.IsAsciiDigit(candidate[^1])
                && DateOnly.TryParseExact(candidate, MonthFormats, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var month)
                && InterviewDates.IsPlausible(month))
            {
                return month;
            }
        }

        return null;
    }

    private static readonly string[] MonthFormats = ["MMMM yyyy", "MMM yyyy"];

    // The date one opening line gives, and where in the line it begins.
    private static DateOnly? LineDate(ReadOnlySpan<char> line, out int at)
    {
        at = 0;
        if (HeaderKeys.TrySplit(line, out var key, out var value) && HeaderKeys.Classify(key) == Model.HeaderField.Date)
        {
            if (!InterviewDates.TryParse(value, out var keyed))
            {
                return null;
            }

            line.Overlaps(value, out at);
            return keyed;
        }

        if (line.Length > Defaults.MaxSentenceChars)
        {
            return null;
        }

        var rest = line;
        var consumed = 0;
        while (!rest.IsEmpty)
        {
            var stop = SentenceEnd(rest);
            var sentence = rest[..stop];
            if (FirstDate(sentence, out var offset) is { } recorded && (SpeaksOfRecording(sentence) || SaysToday(sentence, offset)))
            {
                at = consumed + offset;
                return recorded;
            }

            var skipped = rest[stop..];
            consumed += rest.Length - skipped.TrimStart().Length;
            rest = skipped.TrimStart();
        }

        if (!IsQuestion(line) && WordCount(line) <= Defaults.MaxDateLineWords && FirstDate(line, out var first) is { } alone
            && EndsWithDate(line))
        {
            at = first;
            return alone;
        }

        return null;
    }

    private static bool IsQuestion(ReadOnlySpan<char> line) => line[^1] is '?' or '\u061F';

    // "Gaziantep, 3 May 2021" and "3 May 2021." end with the date; "On 3 May 2021 the planes came" does not.
    private static bool EndsWithDate(ReadOnlySpan<char> line)
    {
        var trimmed = line.TrimEnd(".,;:) ");
        return !trimmed.IsEmpty && char.IsAsciiDigit(trimmed[^1]);
    }

    private static int WordCount(ReadOnlySpan<char> line)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in line)
        {
            var space = char.IsWhiteSpace(c);
            count += !space && !inWord ? 1 : 0;
            inWord = !space;
        }

        return count;
    }

    // Whether the words just before the date at offset say it is the day of the interview: "Today is the 15th of July
    // 2023", "It is the 9th of February 2024, we are in Oicha", as an interviewer opens the recording.
    private static bool SaysToday(ReadOnlySpan<char> sentence, int offset)
    {
        var before = sentence[..offset].TrimEnd();
        if (before.EndsWith(" the", StringComparison.OrdinalIgnoreCase) || before.Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            before = before[..^3].TrimEnd();
        }

        foreach (var opening in TodayWords)
        {
            if (before.EndsWith(opening, StringComparison.OrdinalIgnoreCase)
                && (before.Length == opening.Length || !char.IsLetter(before[before.Length - opening.Length - 1])))
            {
                return true;
            }
        }

        return false;
    }

    // "Recorded on", "this interview", "statement taken": the word itself or as done, doing or many, not the
    // interviewer's speaker label ("INTERVIEWER: I want to ask about November 2022"), which names who speaks, not
    // when the interview was.
    private static bool SpeaksOfRecording(ReadOnlySpan<char> sentence) =>
        HasWord(sentence, "record") || HasWord(sentence, "interview") || HasWord(sentence, "statement");

    private static readonly string[] WordEndings = ["", "s", "ed", "ing"];

    private static bool HasWord(ReadOnlySpan<char> sentence, string stem)
    {
        var from = 0;
        while (from < sentence.Length)
        {
            var found = sentence[from..].IndexOf(stem, StringComparison.OrdinalIgnoreCase);
            if (found < 0)
            {
                return false;
            }

            var start = from + found;
            var end = start + stem.Length;
            var wordEnd = end;
            while (wordEnd < sentence.Length && char.IsLetter(sentence[wordEnd]))
            {
                wordEnd++;
            }

            if ((start == 0 || !char.IsLetter(sentence[start - 1])) && Text.WordList.Contains(sentence[end..wordEnd], WordEndings))
            {
                return true;
            }

            from = end;
        }

        return false;
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

    /// <summary>The first run of two to four words that reads as a full date ("14 June 2022", "June 14, 2022", "2022-06-14"),
    /// and its offset in <paramref name="sentence"/>.</summary>
    private static DateOnly? FirstDate(ReadOnlySpan<char> sentence, out int at)
    {
        at = 0;
        Span<Range> words = stackalloc Range[64];
        var count = sentence.SplitAny(words, " \t\r\n", StringSplitOptions.RemoveEmptyEntries);
        for (var first = 0; first < count; first++)
        {
            for (var length = 1; length <= MaxWords && first + length <= count; length++)
            {
                var start = words[first].Start.GetOffset(sentence.Length);
                var stop = words[first + length - 1].End.GetOffset(sentence.Length);
                var word = sentence[start..stop];
                var candidate = word.TrimEnd(".,;:)").TrimStart("(");
                if (!candidate.IsEmpty && char.IsDigit(candidate[^1])
                    && (InterviewDates.TryParse(candidate, out var date) || InterviewDates.TryParse(WithoutOrdinal(candidate), out date)))
                {
                    at = start + (word.Length - word.TrimStart("(").Length);
                    return date;
                }
            }
        }

        return null;
    }

    // "15th of July 2023" as "15 July 2023": a day told as an ordinal, with "of" before its month.
    private static string WithoutOrdinal(ReadOnlySpan<char> candidate)
    {
        var plain = new System.Text.StringBuilder(candidate.Length);
        for (var i = 0; i < candidate.Length; i++)
        {
            if (i > 0 && char.IsAsciiDigit(candidate[i - 1]) && i + 1 < candidate.Length
                && candidate.Slice(i, 2) is "st" or "nd" or "rd" or "th" && (i + 2 == candidate.Length || candidate[i + 2] == ' '))
            {
                i++;
                continue;
            }

            if (candidate[i..].StartsWith(" of ", StringComparison.OrdinalIgnoreCase))
            {
                i += 2;
                continue;
            }

            plain.Append(candidate[i]);
        }

        return plain.ToString();
    }

    /// <summary>Limits of the opening scan.</summary>
    public static class Defaults
    {
        /// <summary>Non-blank lines read at the top of a transcript.</summary>
        public const int OpeningLines = 8;

        /// <summary>Characters read at the top of a transcript.</summary>
        public const int OpeningChars = 1200;

        /// <summary>Longest opening line read as prose ("We are recording, 12 March 2023, in Manbij.").</summary>
        public const int MaxSentenceChars = 240;

        /// <summary>Most words in a line that is a date with a place beside it.</summary>
        public const int MaxDateLineWords = 6;
    }
}
