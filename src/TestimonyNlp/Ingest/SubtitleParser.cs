using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using TestimonyNlp.Model;

namespace TestimonyNlp.Ingest;

/// <summary>The subtitle dialects <see cref="SubtitleParser"/> reads.</summary>
internal enum SubtitleDialect : byte
{
    SubRip,
    WebVtt,
}

/// <summary>What <see cref="SubtitleParser"/> made of a subtitle file: the readable transcript and one segment
/// per cue (or per speaker change inside a cue), or the reason it failed.</summary>
internal sealed record SubtitleTranscript(
    string? Content,
    ImmutableArray<Segment> Segments,
    ImmutableArray<string> Warnings,
    string? Error)
{
    /// <summary>Interview metadata from a WebVTT NOTE block of <c>Key: value</c> lines, with the interview date the
    /// first cues state when the block gives none; or empty.</summary>
    public TestimonyMetadata Metadata { get; init; } = TestimonyMetadata.Empty;
}

/// <summary>
/// Parses SubRip and WebVTT files into a readable transcript: the cue texts with formatting tags removed, joined
/// with line feeds, and segments with cue times and speakers (<c>&lt;v Name&gt;</c>, a leading label such as
/// <c>INTERVIEWER:</c>, or a leading <c>- </c> marking a change of speaker). A cue with no speaker marker
/// continues the previous cue's turn.
/// </summary>
internal static class SubtitleParser
{
    private const string Arrow = "-->";
    private const int MaxTagLength = 256;

    /// <summary>Parses <paramref name="text"/>; never throws for any input.</summary>
    public static SubtitleTranscript Parse(string text, SubtitleDialect dialect)
    {
        var lines = IngestText.SplitLines(text);
        var cues = new List<Cue>();
        var cueLines = new List<int>();
        var warnings = ImmutableArray.CreateBuilder<string>();
        var metadata = TestimonyMetadata.Empty;
        var error = dialect == SubtitleDialect.WebVtt
            ? CollectWebVtt(text, lines, cues, cueLines, warnings, out metadata)
            : CollectSubRip(text, lines, cues, cueLines, warnings);
        if (error is not null)
        {
            return Failed(error);
        }

        if (cues.Count == 0)
        {
            return Failed("no subtitle cues found");
        }

        var content = Assemble(text, lines, cues, cueLines, dialect, out var subLines);
        if (content.Length == 0)
        {
            return Failed("no text in subtitle cues");
        }

        var segments = BuildSegments(content, cues, subLines);
        if (metadata.InterviewDate is null && NoteDates.InOpening(content, out _, out _) is { } stated)
        {
            // "We are recording, 12 March 2023" in the first cue dates the interview when no NOTE block does.
            metadata = metadata with { InterviewDate = stated };
        }

        return new SubtitleTranscript(content, segments, warnings.ToImmutable(), null) { Metadata = metadata };
    }

    private static SubtitleTranscript Failed(string reason) => new(null, [], [], reason);

    private static string MalformedTiming(int lineIndex) =>
        string.Create(CultureInfo.InvariantCulture, $"malformed cue timing at line {lineIndex + 1}");

    /// <summary>
    /// The reason to stop at a malformed cue opening at line <paramref name="lineIndex"/>: none, with a warning, when the
    /// file ends there after complete cues (an export or a copy cut off in the last cue's number or timing keeps the
    /// cues before it); else <see cref="MalformedTiming"/>.
    /// </summary>
    private static string? MalformedOrCutOff(List<TextLine> lines, List<Cue> cues, int lineIndex, ImmutableArray<string>.Builder warnings)
    {
        for (var next = lineIndex + 1; next < lines.Count; next++)
        {
            if (!lines[next].IsBlank)
            {
                return MalformedTiming(lineIndex);
            }
        }

        if (cues.Count == 0)
        {
            return MalformedTiming(lineIndex);
        }

        warnings.Add(string.Create(CultureInfo.InvariantCulture, $"file ends inside a cue at line {lineIndex + 1}; the cues before it are kept"));
        return null;
    }

    private static ReadOnlySpan<char> Trimmed(string text, TextLine line) =>
        text.AsSpan(line.TrimStart, line.TrimEnd - line.TrimStart);

    private static bool IsTiming(string text, TextLine line) => Trimmed(text, line).Contains(Arrow, StringComparison.Ordinal);

    private static bool IsIndex(string text, TextLine line)
    {
        var span = Trimmed(text, line);
        return !span.IsEmpty && span.Length <= 10 && !span.ContainsAnyExceptInRange('0', '9');
    }

    private static bool TryParseTiming(ReadOnlySpan<char> line, out TimeSpan start, out TimeSpan end)
    {
        end = default;
        var arrow = line.IndexOf(Arrow, StringComparison.Ordinal);
        if (!Timestamps.TryParseCueTime(line[..arrow], out start))
        {
            return false;
        }

        // Anything after the end time (WebVTT cue settings, SubRip coordinates) is ignored.
        var after = line[(arrow + Arrow.Length)..].TrimStart();
        var space = after.IndexOfAny(' ', '\t');
        return Timestamps.TryParseCueTime(space < 0 ? after : after[..space], out end);
    }

    private static string? CollectSubRip(
        string text,
        List<TextLine> lines,
        List<Cue> cues,
        List<int> cueLines,
        ImmutableArray<string>.Builder warnings)
    {
        var i = 0;
        while (i < lines.Count)
        {
            if (lines[i].IsBlank)
            {
                i++;
                continue;
            }

            if (IsTiming(text, lines[i]))
            {
                if (!TryParseTiming(Trimmed(text, lines[i]), out var start, out var end))
                {
                    return MalformedOrCutOff(lines, cues, i, warnings);
                }

                i++;
                var first = cueLines.Count;
                while (i < lines.Count && !lines[i].IsBlank && !IsTiming(text, lines[i])
                    && !(IsIndex(text, lines[i]) && i + 1 < lines.Count && IsTiming(text, lines[i + 1])))
                {
                    cueLines.Add(i++);
                }

                cues.Add(new Cue(start, end, first, cueLines.Count - first));
                continue;
            }

            if (IsIndex(text, lines[i]))
            {
                var next = i + 1;
                while (next < lines.Count && lines[next].IsBlank)
                {
                    next++;
                }

                if (next < lines.Count && IsTiming(text, lines[next]))
                {
                    i = next;
                    continue;
                }

                if (i + 1 < lines.Count && !lines[i + 1].IsBlank)
                {
                    return MalformedOrCutOff(lines, cues, i + 1, warnings);
                }

                if (next >= lines.Count && cues.Count > 0)
                {
                    // The cue number the file ends on is not text of the cue before it.
                    return MalformedOrCutOff(lines, cues, i, warnings);
                }
            }

            // Text outside a cue: after a cue it is that cue's text separated by stray blank lines; before the
            // first cue there is nothing it could belong to.
            if (cues.Count == 0 && warnings.Count == 0)
            {
                warnings.Add(string.Create(CultureInfo.InvariantCulture, $"text before the first cue ignored (line {i + 1})"));
            }

            while (i < lines.Count && !lines[i].IsBlank && !IsTiming(text, lines[i])
                && !(IsIndex(text, lines[i]) && i + 1 < lines.Count && IsTiming(text, lines[i + 1])))
            {
                if (cues.Count > 0)
                {
                    AppendToLastCue(cues, cueLines, i);
                }

                i++;
            }
        }

        return null;
    }

    private static void AppendToLastCue(List<Cue> cues, List<int> cueLines, int line)
    {
        // The last cue's lines are at the end of cueLines, so the continuation stays contiguous.
        cueLines.Add(line);
        var last = cues[^1];
        cues[^1] = last with { LineCount = last.LineCount + 1 };
    }

    private static string? CollectWebVtt(
        string text,
        List<TextLine> lines,
        List<Cue> cues,
        List<int> cueLines,
        ImmutableArray<string>.Builder warnings,
        out TestimonyMetadata metadata)
    {
        metadata = TestimonyMetadata.Empty;
        var header = lines.Count > 0 ? text.AsSpan(lines[0].Start, lines[0].End - lines[0].Start) : default;
        if (!header.StartsWith("WEBVTT", StringComparison.Ordinal) || (header.Length > 6 && header[6] is not (' ' or '\t')))
        {
            return "WEBVTT header missing";
        }

        var i = 1;
        while (i < lines.Count && !lines[i].IsBlank)
        {
            i++;
        }

        while (i < lines.Count)
        {
            if (lines[i].IsBlank)
            {
                i++;
                continue;
            }

            var first = Trimmed(text, lines[i]);
            if (!first.Contains(Arrow, StringComparison.Ordinal)
                && (StartsWithWord(first, "NOTE") || StartsWithWord(first, "STYLE") || StartsWithWord(first, "REGION")))
            {
                var blockStart = i;
                while (i < lines.Count && !lines[i].IsBlank)
                {
                    i++;
                }

                // Transcription tools leave the interview's header in a NOTE block before the first cue.
                if (cues.Count == 0 && metadata == TestimonyMetadata.Empty && StartsWithWord(first, "NOTE"))
                {
                    var noteStart = lines[blockStart].TrimStart + "NOTE".Length;
                    var note = text.AsSpan(noteStart, lines[i - 1].End - noteStart).Trim();
                    metadata = PlainTextParser.HeaderMetadata(note.ToString());
                    if (metadata.InterviewDate is null && NoteDates.RecordedOn(note) is { } recorded)
                    {
                        metadata = metadata with { InterviewDate = recorded };
                    }
                }

                continue;
            }

            var timing = i;
            if (!first.Contains(Arrow, StringComparison.Ordinal))
            {
                // A cue identifier; the timing must follow on the next line.
                if (i + 1 >= lines.Count || lines[i + 1].IsBlank)
                {
                    return MalformedOrCutOff(lines, cues, i, warnings);
                }

                timing = i + 1;
                if (!IsTiming(text, lines[timing]))
                {
                    return MalformedOrCutOff(lines, cues, timing, warnings);
                }
            }

            if (!TryParseTiming(Trimmed(text, lines[timing]), out var start, out var end))
            {
                return MalformedOrCutOff(lines, cues, timing, warnings);
            }

            i = timing + 1;
            var firstLine = cueLines.Count;
            while (i < lines.Count && !lines[i].IsBlank && !IsTiming(text, lines[i]))
            {
                cueLines.Add(i++);
            }

            cues.Add(new Cue(start, end, firstLine, cueLines.Count - firstLine));
        }

        return null;
    }

    private static bool StartsWithWord(ReadOnlySpan<char> line, string word) =>
        line.StartsWith(word, StringComparison.Ordinal) && (line.Length == word.Length || line[word.Length] is ' ' or '\t');

    private static string Assemble(
        string text,
        List<TextLine> lines,
        List<Cue> cues,
        List<int> cueLines,
        SubtitleDialect dialect,
        out List<SubLine> subLines)
    {
        subLines = [];
        var content = new StringBuilder(text.Length);
        var longest = 0;
        foreach (var index in cueLines)
        {
            longest = Math.Max(longest, lines[index].End - lines[index].Start);
        }

        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(longest, 16));
        try
        {
            for (var c = 0; c < cues.Count; c++)
            {
                var cue = cues[c];
                for (var k = 0; k < cue.LineCount; k++)
                {
                    var line = lines[cueLines[cue.FirstLine + k]];
                    var source = text.AsSpan(line.Start, line.End - line.Start);
                    var length = StripTags(source, buffer, dialect, out var voiceStart, out var voiceLength);
                    var stripped = buffer.AsSpan(0, length).Trim();
                    if (stripped.IsEmpty)
                    {
                        continue;
                    }

                    if (content.Length > 0)
                    {
                        content.Append('\n');
                    }

                    var start = content.Length;
                    content.Append(stripped);
                    var sub = new SubLine { Cue = c, Start = start, End = content.Length, TextStart = start };
                    if (voiceLength > 0)
                    {
                        sub.Marker = Marker.Voice;
                        sub.Voice = source.Slice(voiceStart, voiceLength).ToString();
                        if (SpeakerLabels.TryKeyword(sub.Voice, out var role))
                        {
                            sub.Role = role;
                        }
                        else
                        {
                            sub.Named = true;
                        }
                    }
                    else
                    {
                        FindMarker(stripped, start, ref sub);
                    }

                    subLines.Add(sub);
                }
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }

        return content.ToString();
    }

    private static void FindMarker(ReadOnlySpan<char> line, int offset, ref SubLine sub)
    {
        var p = 0;
        if (line.Length > 1 && line[0] is '-' or '\u2013' && char.IsWhiteSpace(line[1]))
        {
            p = 2;
            while (p < line.Length && char.IsWhiteSpace(line[p]))
            {
                p++;
            }

            sub.Marker = Marker.Dash;
            sub.TextStart = offset + p;
        }

        if (SpeakerLabels.TryMatch(line[p..], out var label))
        {
            sub.Marker = Marker.Label;
            sub.DashStart = p > 0 ? offset : -1;
            sub.LabelStart = offset + p;
            sub.LabelLength = label.LabelLength;
            sub.TextStart = offset + p + label.TextOffset;
            sub.Role = label.Role;
            sub.Named = label.Named;
        }
    }

    // Copies the line without formatting tags (<i>, </b>, <font ...>, <v Name>, <c.x>, <00:00:01.000>, {\an8})
    // and, in WebVTT, with character references decoded. The output is never longer than the input.
    private static int StripTags(
        ReadOnlySpan<char> line,
        Span<char> output,
        SubtitleDialect dialect,
        out int voiceStart,
        out int voiceLength)
    {
        voiceStart = 0;
        voiceLength = 0;
        var o = 0;
        var visible = false;
        var i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            if (c == '<' && TryTag(line[i..], out var tagLength))
            {
                var tag = line.Slice(i + 1, tagLength - 2);
                if (!visible && voiceLength == 0 && tag.Length > 1 && tag[0] == 'v' && tag[1] is ' ' or '\t' or '.')
                {
                    var space = tag.IndexOfAny(' ', '\t');
                    if (space > 0)
                    {
                        var name = tag[(space + 1)..];
                        var trimmed = name.Trim();
                        if (!trimmed.IsEmpty)
                        {
                            voiceStart = i + 1 + space + 1 + (name.Length - name.TrimStart().Length);
                            voiceLength = trimmed.Length;
                        }
                    }
                }

                i += tagLength;
                continue;
            }

            if (c == '{' && i + 1 < line.Length && line[i + 1] == '\\')
            {
                var close = line.Slice(i, Math.Min(line.Length - i, MaxTagLength)).IndexOf('}');
                if (close > 0)
                {
                    i += close + 1;
                    continue;
                }
            }

            if (c == '&' && dialect == SubtitleDialect.WebVtt && TryEntity(line[i..], out var decoded, out var entityLength))
            {
                if (decoded != '\0')
                {
                    output[o++] = decoded;
                    visible |= !char.IsWhiteSpace(decoded);
                }

                i += entityLength;
                continue;
            }

            output[o++] = c;
            visible |= !char.IsWhiteSpace(c);
            i++;
        }

        return o;
    }

    // A tag is '<', a letter, '/' or a timestamp, then anything but '<' up to '>' within the length limit.
    private static bool TryTag(ReadOnlySpan<char> text, out int length)
    {
        length = 0;
        if (text.Length < 3)
        {
            return false;
        }

        var first = text[1];
        var timestamp = char.IsAsciiDigit(first);
        if (!(char.IsAsciiLetter(first) || first == '/' || timestamp))
        {
            return false;
        }

        var limit = Math.Min(text.Length, MaxTagLength);
        for (var i = 2; i < limit; i++)
        {
            var c = text[i];
            if (c == '>')
            {
                length = i + 1;
                return true;
            }

            if (c == '<' || (timestamp && !(char.IsAsciiDigit(c) || c is ':' or '.')))
            {
                return false;
            }
        }

        return false;
    }

    private static bool TryEntity(ReadOnlySpan<char> text, out char decoded, out int length)
    {
        (decoded, length) = text switch
        {
            _ when text.StartsWith("&amp;", StringComparison.Ordinal) => ('&', 5),
            _ when text.StartsWith("&lt;", StringComparison.Ordinal) => ('<', 4),
            _ when text.StartsWith("&gt;", StringComparison.Ordinal) => ('>', 4),
            _ when text.StartsWith("&nbsp;", StringComparison.Ordinal) => ('\u00A0', 6),
            _ when text.StartsWith("&quot;", StringComparison.Ordinal) => ('"', 6),
            _ when text.StartsWith("&apos;", StringComparison.Ordinal) => ('\'', 6),
            _ when text.StartsWith("&lrm;", StringComparison.Ordinal) => ('\0', 5),
            _ when text.StartsWith("&rlm;", StringComparison.Ordinal) => ('\0', 5),
            _ => ('\0', 0),
        };
        return length > 0;
    }

    private static ImmutableArray<Segment> BuildSegments(string content, List<Cue> cues, List<SubLine> subLines)
    {
        // Named labels count only when the file bears them out, as in plain text: keyword labels or voices are
        // in use, or a named label recurs.
        var keywordOrVoice = false;
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var sub in subLines)
        {
            if (sub.Marker == Marker.Voice || (sub.Marker == Marker.Label && !sub.Named))
            {
                keywordOrVoice = true;
            }
            else if (sub.Marker == Marker.Label)
            {
                var name = content.AsSpan(sub.LabelStart, sub.LabelLength);
                lookup[name] = lookup.TryGetValue(name, out var n) ? n + 1 : 1;
            }
        }

        var labelled = keywordOrVoice;
        foreach (var count in counts.Values)
        {
            labelled |= count >= 2;
        }

        var anyMarker = false;
        for (var k = 0; k < subLines.Count; k++)
        {
            var sub = subLines[k];
            if (sub.Marker == Marker.Label && sub.Named && !labelled)
            {
                sub.Marker = sub.DashStart >= 0 ? Marker.Dash : Marker.None;
                sub.TextStart = sub.DashStart >= 0 ? sub.LabelStart : sub.Start;
                sub.Named = false;
                subLines[k] = sub;
            }

            anyMarker |= sub.Marker != Marker.None;
        }

        var builder = new SegmentBuilder(content);
        var lastRole = SpeakerRole.Unknown;
        var turnStarted = false;
        var segStart = -1;
        var segEnd = -1;
        var k2 = 0;
        while (k2 < subLines.Count)
        {
            var cueIndex = subLines[k2].Cue;
            var cue = cues[cueIndex];
            var firstOfCue = true;
            for (; k2 < subLines.Count && subLines[k2].Cue == cueIndex; k2++)
            {
                var sub = subLines[k2];
                if (sub.Marker != Marker.None)
                {
                    Flush(cue);
                    switch (sub.Marker)
                    {
                        case Marker.Voice:
                            builder.BeginTurn(sub.Role, sub.Voice.AsSpan(), sub.Named);
                            lastRole = sub.Role;
                            break;
                        case Marker.Label:
                            builder.BeginTurn(sub.Role, content.AsSpan(sub.LabelStart, sub.LabelLength), sub.Named);
                            lastRole = sub.Role;
                            break;
                        default:
                            lastRole = DashRole(content, sub, lastRole);
                            builder.BeginTurn(lastRole, (string?)null, false);
                            break;
                    }

                    turnStarted = true;
                    if (sub.TextStart < sub.End)
                    {
                        segStart = sub.TextStart;
                        segEnd = sub.End;
                    }
                }
                else if (firstOfCue)
                {
                    Flush(cue);
                    if (!turnStarted)
                    {
                        builder.BeginTurn(anyMarker ? SpeakerRole.Unknown : SpeakerRole.Witness, (string?)null, false);
                        turnStarted = true;
                    }

                    segStart = sub.Start;
                    segEnd = sub.End;
                }
                else
                {
                    if (segStart < 0)
                    {
                        segStart = sub.Start;
                    }

                    segEnd = sub.End;
                }

                firstOfCue = false;
            }

            Flush(cue);
        }

        return builder.Build(TestimonyMetadata.Empty);

        void Flush(Cue cue)
        {
            if (segStart >= 0)
            {
                builder.Add(segStart, segEnd, cue.Start, cue.End);
                segStart = -1;
            }
        }
    }

    // A "- " line only says the speaker changed. In an interview the change is nearly always between the
    // interviewer and the witness: a question is the interviewer's, and the line after the interviewer's is
    // the witness's. Anything less certain stays Unknown.
    private static SpeakerRole DashRole(string content, SubLine sub, SpeakerRole previous)
    {
        var text = content.AsSpan(sub.TextStart, Math.Max(0, sub.End - sub.TextStart)).TrimEnd();
        if (text.EndsWith('?'))
        {
            return SpeakerRole.Interviewer;
        }

        return previous == SpeakerRole.Interviewer ? SpeakerRole.Witness : SpeakerRole.Unknown;
    }

    private readonly record struct Cue(TimeSpan Start, TimeSpan End, int FirstLine, int LineCount);

    private enum Marker : byte
    {
        None,
        Voice,
        Label,
        Dash,
    }

    private struct SubLine
    {
        public int Cue;
        public int Start;
        public int End;
        public int TextStart;
        public Marker Marker;
        public string? Voice;
        public int DashStart;
        public int LabelStart;
        public int LabelLength;
        public SpeakerRole Role;
        public bool Named;
    }
}
