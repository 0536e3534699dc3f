using System.Collections.Immutable;
using System.Globalization;
using TestimonyNlp.Model;

namespace TestimonyNlp.Ingest;

/// <summary>
/// Finds the header metadata and the speaker segments of a transcript's text (plain text, Word documents and
/// JSON Lines records share it). Segments are offsets into the same string; nothing is copied or rewritten.
/// Runs in linear time by scanning lines by hand.
/// </summary>
/// <remarks>
/// The text is read as: an optional header block of <c>Key: value</c> lines; then turns, each begun by a line
/// with a speaker label (<c>INTERVIEWER:</c>, <c>Q:</c>, <c>Layla:</c>), optionally after a timestamp
/// (<c>[01:12:05]</c>); lines that are only bracketed notes (<c>[crying]</c>) are note turns of their own. A
/// turn of several paragraphs gives one segment per paragraph. Text with no labels at all is a narrative: one
/// witness segment and turn per paragraph.
/// </remarks>
public static class PlainTextParser
{
    /// <summary>Parses <paramref name="content"/>.</summary>
    /// <param name="content">The decoded transcript text.</param>
    /// <param name="overrides">Metadata that takes precedence over the header's (for example the fields of a
    /// JSON Lines record); its non-null values replace the header's before speaker roles are decided.</param>
    /// <remarks>When neither the header nor <paramref name="overrides"/> give an interview date, the one the opening
    /// lines state (<see cref="NoteDates.InOpening"/>) is the interview date.</remarks>
    public static ParsedTranscript Parse(string content, TestimonyMetadata? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        var lines = IngestText.SplitLines(content);
        var warnings = ImmutableArray.CreateBuilder<string>();
        var bodyStart = ReadHeader(content, lines, out var header, out var headerLines, warnings);
        var metadata = Merge(header, overrides);
        var body = Classify(content, lines, bodyStart, metadata);
        if (metadata.InterviewDate is null && NoteDates.InOpening(content, out var statedAt, out _) is { } stated
            && !IsQuotedDateKey(content, body, statedAt))
        {
            // A header the parser does not read ("PHONE CALL NOTES" over "Ref:" and "Date:") or the first words
            // ("We are recording, 12 March 2023") still date the interview. A recording month alone is no date.
            metadata = metadata with { InterviewDate = stated };
        }

        var segments = BuildSegments(content, body, metadata);
        return new ParsedTranscript(metadata, segments, warnings.ToImmutable(), headerLines);
    }

    /// <summary>
    /// The metadata of the header block alone, without the interview date the opening lines may state: for text
    /// that is itself a header, such as a subtitle file's NOTE block.
    /// </summary>
    internal static TestimonyMetadata HeaderMetadata(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        ReadHeader(content, IngestText.SplitLines(content), out var header, out _, ImmutableArray.CreateBuilder<string>());
        return header;
    }

    // Whether the date at the offset is on a "Date:" key line inside a labelled turn ("A: It said:\nDate: 3 May 2019"):
    // a document the speaker quotes, not the interview's header.
    private static bool IsQuotedDateKey(string content, BodyLine[] body, int offset)
    {
        var inTurn = false;
        foreach (var line in body)
        {
            if (offset < line.Start || offset >= line.End)
            {
                inTurn |= line.Kind == LineKind.Label;
                continue;
            }

            return inTurn && line.Kind == LineKind.Text
                && HeaderKeys.TrySplit(content.AsSpan(line.TextStart, line.End - line.TextStart), out var key, out _)
                && HeaderKeys.Classify(key) == HeaderField.Date;
        }

        return false;
    }

    private static TestimonyMetadata Merge(TestimonyMetadata header, TestimonyMetadata? overrides)
    {
        if (overrides is null)
        {
            return header;
        }

        return new TestimonyMetadata
        {
            InterviewId = overrides.InterviewId ?? header.InterviewId,
            InterviewDate = overrides.InterviewDate ?? header.InterviewDate,
            Place = overrides.Place ?? header.Place,
            Language = overrides.Language ?? header.Language,
            Interviewer = overrides.Interviewer ?? header.Interviewer,
            Interpreter = overrides.Interpreter ?? header.Interpreter,
            Speaker = overrides.Speaker ?? header.Speaker,
        };
    }

    private static int SkipBlank(List<TextLine> lines, int index)
    {
        while (index < lines.Count && lines[index].IsBlank)
        {
            index++;
        }

        return index;
    }

    // A short title ("WITNESS STATEMENT", "Notes of phone call") may stand above the header, on its own or
    // directly on top of the first key. It is skipped only when a known header key follows it, directly or after a
    // line or two of keys the parser does not read ("Ref: AB-12", "File no.: 7").
    private static int SkipTitle(string content, List<TextLine> lines, int first)
    {
        if (first >= lines.Count || IsKnownKeyLine(content, lines[first]))
        {
            return first;
        }

        for (var titleLines = 1; titleLines <= Defaults.MaxTitleLines && first + titleLines <= lines.Count; titleLines++)
        {
            var title = lines[first + titleLines - 1];
            if (title.IsBlank || Trimmed(content, title).Length > Defaults.MaxTitleLength || Trimmed(content, title).Contains(':'))
            {
                return first;
            }

            var next = SkipBlank(lines, first + titleLines);
            if (next < lines.Count && next - (first + titleLines) <= 1 && StartsHeader(content, lines, next))
            {
                return next;
            }
        }

        return first;
    }

    // Whether a header block opens at the line: a known key that is not also a speaker label, maybe after a few
    // unknown keys. A speaker label such as "Interpreter:" may be the first turn, and a key the body could hold
    // ("Note: ...") opens nothing on its own.
    private static bool StartsHeader(string content, List<TextLine> lines, int index)
    {
        for (var unknown = 0; index < lines.Count && !lines[index].IsBlank; index++, unknown++)
        {
            if (!HeaderKeys.TrySplit(Trimmed(content, lines[index]), out var key, out _))
            {
                return false;
            }

            var field = HeaderKeys.Classify(key);
            if (field != HeaderField.None)
            {
                return !HeaderKeys.IsAlsoSpeakerLabel(field);
            }

            if (unknown == Defaults.MaxUnknownKeysAfterTitle || SpeakerLabels.TryKeyword(key, out _))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsKnownKeyLine(string content, TextLine line) =>
        !line.IsBlank && ClassifyLine(content, line) != HeaderField.None;

    private static HeaderField ClassifyLine(string content, TextLine line) =>
        HeaderKeys.TrySplit(Trimmed(content, line), out var key, out _) ? HeaderKeys.Classify(key) : HeaderField.None;

    // A role key with a description rather than a name ("Witness: W-034, woman, about 50") is header, but the
    // first turn of an interview written straight under the header ("INTERVIEWER: Thank you for coming.") is not:
    // turns are labelled in capitals or end as sentences.
    private static bool LooksLikeHeaderValue(ReadOnlySpan<char> key, ReadOnlySpan<char> value) =>
        key.ContainsAnyInRange('a', 'z')
        && !value.IsEmpty
        && value[^1] is not ('.' or '?' or '!' or '"' or '\u201D')
        && value.Count(' ') < Defaults.MaxHeaderValueWords;

    // Returns the index of the first line after the header.
    private static int ReadHeader(
        string content,
        List<TextLine> lines,
        out TestimonyMetadata metadata,
        out ImmutableArray<HeaderLine> headerLines,
        ImmutableArray<string>.Builder warnings)
    {
        metadata = TestimonyMetadata.Empty;
        headerLines = [];
        var first = SkipBlank(lines, 0);
        first = SkipTitle(content, lines, first);

        var lastKnown = -1;
        var hasPlainKey = false;
        var allUpperKeys = true;
        for (var i = first; i < lines.Count && !lines[i].IsBlank; i++)
        {
            var line = Trimmed(content, lines[i]);
            if (!HeaderKeys.TrySplit(line, out var key, out var value))
            {
                break;
            }

            var field = HeaderKeys.Classify(key);
            if (field == HeaderField.None)
            {
                if (SpeakerLabels.TryKeyword(key, out _))
                {
                    break;
                }

                continue;
            }

            if (HeaderKeys.IsAlsoSpeakerLabel(field))
            {
                // "Witness: W-034, woman, about 50" inside a header that already has plain keys is still header;
                // at the top of a file it may be the first turn.
                if (!LooksLikeName(value) && !(hasPlainKey && LooksLikeHeaderValue(key, value)))
                {
                    break;
                }

                allUpperKeys &= !key.ContainsAnyInRange('a', 'z');
            }
            else
            {
                hasPlainKey = true;
            }

            lastKnown = i;
        }

        if (lastKnown < 0)
        {
            return first;
        }

        // A header of role keys alone ("Interviewer: Sam Carter") must stand apart from the body; otherwise
        // "INTERVIEWER: Hello" would be read as a header.
        var followedByBlank = lastKnown + 1 >= lines.Count || lines[lastKnown + 1].IsBlank;
        if (!hasPlainKey && !(followedByBlank && !allUpperKeys))
        {
            return first;
        }

        string? id = null, place = null, language = null, interviewer = null, interpreter = null, speaker = null;
        DateOnly? date = null;
        var dateSeen = false;
        var found = ImmutableArray.CreateBuilder<HeaderLine>(lastKnown - first + 1);
        for (var i = first; i <= lastKnown; i++)
        {
            if (!HeaderKeys.TrySplit(Trimmed(content, lines[i]), out var key, out var value))
            {
                continue;
            }

            var field = HeaderKeys.Classify(key);
            found.Add(ToHeaderLine(content, field, key, value));
            switch (field)
            {
                case HeaderField.InterviewId:
                    id ??= Value(value);
                    break;
                case HeaderField.Date:
                    if (!dateSeen && Value(value) is not null)
                    {
                        dateSeen = true;
                        if (InterviewDates.TryParse(value, out var parsed))
                        {
                            date = parsed;
                        }
                        else
                        {
                            warnings.Add(string.Create(
                                CultureInfo.InvariantCulture,
                                $"interview date in the header not recognised (line {i + 1})"));
                        }
                    }

                    break;
                case HeaderField.Place:
                    place ??= Value(value);
                    break;
                case HeaderField.Language:
                    language ??= Value(value);
                    break;
                case HeaderField.Interviewer:
                    interviewer ??= Value(value);
                    break;
                case HeaderField.Interpreter:
                    interpreter ??= Value(value);
                    break;
                case HeaderField.Speaker:
                    speaker ??= Value(value);
                    break;
            }
        }

        headerLines = found.DrainToImmutable();
        metadata = new TestimonyMetadata
        {
            InterviewId = id,
            InterviewDate = date,
            Place = place,
            Language = language,
            Interviewer = interviewer,
            Interpreter = interpreter,
            Speaker = speaker,
        };
        return lastKnown + 1;
    }

    // Key and value are slices of content, so their offsets are where they overlap it.
    private static HeaderLine ToHeaderLine(string content, HeaderField field, ReadOnlySpan<char> key, ReadOnlySpan<char> value)
    {
        var text = content.AsSpan();
        text.Overlaps(key, out var keyStart);
        var valueStart = keyStart + key.Length;
        if (!value.IsEmpty)
        {
            text.Overlaps(value, out valueStart);
        }

        return new HeaderLine(field, keyStart, keyStart + key.Length, valueStart, valueStart + value.Length);
    }

    // "none", "n/a" and dashes say there is no value: null, not invented.
    private static string? Value(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty || value is "-" or "\u2013" or "\u2014" || value.Equals("n/a", StringComparison.OrdinalIgnoreCase)
            || value.Equals("na", StringComparison.OrdinalIgnoreCase) || value.Equals("none", StringComparison.OrdinalIgnoreCase)
            || value.Equals("unknown", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return value.ToString();
    }

    // A name or code, not an utterance: short, few words, not ending like a sentence.
    private static bool LooksLikeName(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty || value.Length > 60)
        {
            return false;
        }

        var words = value.Count(' ') + 1;
        if (words > 6)
        {
            return false;
        }

        var last = value[^1];
        if (IngestText.IsQuestionMark(last) || last is '!' or '\u2026')
        {
            return false;
        }

        if (last == '.')
        {
            var space = value.LastIndexOf(' ');
            var lastWord = space < 0 ? value : value[(space + 1)..];
            return lastWord.Length <= 3;
        }

        return true;
    }

    private static ReadOnlySpan<char> Trimmed(string content, TextLine line) =>
        content.AsSpan(line.TrimStart, line.TrimEnd - line.TrimStart);

    private static BodyLine[] Classify(string content, List<TextLine> lines, int bodyStart, TestimonyMetadata metadata)
    {
        var body = new BodyLine[lines.Count - bodyStart];
        var keywordLabels = false;
        Dictionary<string, int>? namedCounts = null;
        for (var n = 0; n < body.Length; n++)
        {
            var line = lines[bodyStart + n];
            ref var b = ref body[n];
            b.Start = line.TrimStart;
            b.End = line.TrimEnd;
            if (line.IsBlank)
            {
                b.Kind = LineKind.Blank;
                continue;
            }

            var p = line.TrimStart;
            if (Timestamps.TryParseLeading(content.AsSpan(p, line.TrimEnd - p), out var time, out var length))
            {
                b.Time = time;
                p += length;
                while (p < line.TrimEnd && char.IsWhiteSpace(content[p]))
                {
                    p++;
                }
            }

            b.TextStart = p;
            var rest = content.AsSpan(p, line.TrimEnd - p);
            if (rest.IsEmpty)
            {
                b.Kind = LineKind.Time;
            }
            else if (SpeakerLabels.TryMatch(rest, out var label))
            {
                b.Kind = LineKind.Label;
                b.LabelStart = p;
                b.LabelLength = label.LabelLength;
                b.TextStart = p + label.TextOffset;
                b.Role = label.Role;
                b.Named = label.Named;
                if (label.Named)
                {
                    namedCounts ??= new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
                    var lookup = namedCounts.GetAlternateLookup<ReadOnlySpan<char>>();
                    var name = rest[..label.LabelLength];
                    lookup[name] = lookup.TryGetValue(name, out var count) ? count + 1 : 1;
                }
                else
                {
                    keywordLabels = true;
                }
            }
            else if (IsNoteLine(rest))
            {
                b.Kind = LineKind.Note;
            }
            else
            {
                b.Kind = LineKind.Text;
            }
        }

        if (namedCounts is not null)
        {
            // Capitalised words before a colon are speakers only when the transcript bears it out: keyword
            // labels are in use, a named label recurs, or the header names one of them.
            var labelled = keywordLabels;
            foreach (var (name, count) in namedCounts)
            {
                labelled |= count >= 2 || NamedInHeader(name, metadata);
            }

            for (var n = 0; n < body.Length && !labelled; n++)
            {
                ref var b = ref body[n];
                if (b.Kind == LineKind.Label && b.Named)
                {
                    b.Kind = LineKind.Text;
                    b.TextStart = b.LabelStart;
                    b.Named = false;
                }
            }
        }

        return body;
    }

    private static bool NamedInHeader(ReadOnlySpan<char> label, TestimonyMetadata metadata) =>
        SpeakerLabels.MatchesName(label, metadata.Interviewer)
        || SpeakerLabels.MatchesName(label, metadata.Speaker)
        || SpeakerLabels.MatchesName(label, metadata.Interpreter);

    // A line made only of bracketed groups: "[crying]", "(pause)", "[inaudible 00:12:30] [pause]".
    private static bool IsNoteLine(ReadOnlySpan<char> text)
    {
        var i = 0;
        var groups = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var close = text[i] switch
            {
                '[' => ']',
                '(' => ')',
                _ => '\0',
            };
            if (close == '\0')
            {
                return false;
            }

            var end = text[(i + 1)..].IndexOf(close);
            if (end <= 0)
            {
                return false;
            }

            i += end + 2;
            groups++;
        }

        return groups > 0;
    }

    private static ImmutableArray<Segment> BuildSegments(string content, BodyLine[] body, TestimonyMetadata metadata)
    {
        var builder = new SegmentBuilder(content);
        var anyLabels = false;
        foreach (var line in body)
        {
            anyLabels |= line.Kind == LineKind.Label;
        }

        var hasSpeaker = false;
        var afterNote = false;
        SpeakerRole speakerRole = SpeakerRole.Unknown;
        string? speaker = null;
        var speakerNamed = false;
        TimeSpan? pendingTime = null;
        int paraStart = -1, paraEnd = -1;
        TimeSpan? paraTime = null;

        foreach (var line in body)
        {
            switch (line.Kind)
            {
                case LineKind.Blank:
                    Flush();
                    break;

                case LineKind.Time:
                    Flush();
                    pendingTime = line.Time;
                    break;

                case LineKind.Label:
                    Flush();
                    builder.BeginTurn(line.Role, content.AsSpan(line.LabelStart, line.LabelLength), line.Named);
                    (speakerRole, speaker, speakerNamed) = (builder.Role, builder.Speaker, builder.Named);
                    hasSpeaker = true;
                    afterNote = false;
                    pendingTime = line.Time ?? pendingTime;
                    if (line.TextStart < line.End)
                    {
                        Open(line.TextStart, line.End);
                    }

                    break;

                case LineKind.Note:
                    Flush();
                    builder.BeginTurn(SpeakerRole.Note, (string?)null, false);
                    builder.Add(line.TextStart, line.End, line.Time ?? pendingTime);
                    pendingTime = null;
                    afterNote = true;
                    break;

                case LineKind.Text:
                    if (line.Time is not null)
                    {
                        Flush();
                        pendingTime = line.Time;
                    }
                    else if (paraStart >= 0)
                    {
                        paraEnd = line.End;
                        break;
                    }

                    if (!hasSpeaker)
                    {
                        // Before the first label (a title) or with no labels at all (a narrative): every
                        // paragraph is a turn of its own.
                        builder.BeginTurn(anyLabels ? SpeakerRole.Unknown : SpeakerRole.Witness, (string?)null, false);
                    }
                    else if (afterNote)
                    {
                        builder.BeginTurn(speakerRole, speaker, speakerNamed);
                        afterNote = false;
                    }

                    Open(line.TextStart, line.End);
                    break;
            }
        }

        Flush();
        return builder.Build(metadata);

        void Open(int start, int end)
        {
            paraStart = start;
            paraEnd = end;
            paraTime = pendingTime;
            pendingTime = null;
        }

        void Flush()
        {
            if (paraStart >= 0)
            {
                builder.Add(paraStart, paraEnd, paraTime);
                paraStart = -1;
                paraTime = null;
            }
        }
    }

    private enum LineKind : byte
    {
        Blank,
        Text,
        Label,
        Time,
        Note,
    }

    private struct BodyLine
    {
        public int Start;
        public int End;
        public int TextStart;
        public LineKind Kind;
        public TimeSpan? Time;
        public int LabelStart;
        public int LabelLength;
        public SpeakerRole Role;
        public bool Named;
    }

    /// <summary>Default settings.</summary>
    public static class Defaults
    {
        /// <summary>Lines of title allowed above a header block.</summary>
        public const int MaxTitleLines = 2;

        /// <summary>Longest title line, in characters.</summary>
        public const int MaxTitleLength = 80;

        /// <summary>Lines of unknown keys ("Ref: AB-12") allowed between a title and the first known header key.</summary>
        public const int MaxUnknownKeysAfterTitle = 2;

        /// <summary>Most words in a descriptive header value such as "W-034, woman, about 50".</summary>
        public const int MaxHeaderValueWords = 12;
    }
}
