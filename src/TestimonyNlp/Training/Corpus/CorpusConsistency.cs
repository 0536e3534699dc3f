using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using TestimonyNlp.Model;

namespace TestimonyNlp.Training.Corpus;

/// <summary>What kind of inconsistency a <see cref="ConsistencyFinding"/> reports.</summary>
public enum ConsistencyKind
{
    /// <summary>Words left unmarked in the testimony body that are marked elsewhere in the corpus.</summary>
    Unmarked,

    /// <summary>A surface marked with one type here and with another type elsewhere.</summary>
    TypeConflict,

    /// <summary>A span that breaks a boundary convention of <c>MARKUP.md</c> (articles, prepositions, titles, descriptors).</summary>
    Boundary,
}

/// <summary>
/// One finding of the consistency report. Findings are advice for a corpus writer, not errors: a word that is a
/// name only sometimes (Nour, Salam, Hama) is rightly marked in one place and not in another. The detail names
/// types, rules and other places, never the words of a testimony.
/// </summary>
/// <param name="File">The marked source, relative to the corpus folder.</param>
/// <param name="Line">The 1-based line in the marked source.</param>
/// <param name="Column">The 1-based column (UTF-16 code units): the unmarked words, or the mark's <c>[[</c>.</param>
/// <param name="Kind">What kind of inconsistency.</param>
/// <param name="Detail">What is inconsistent, without testimony text.</param>
public sealed record ConsistencyFinding(string File, int Line, int Column, ConsistencyKind Kind, string Detail)
{
    /// <summary>The one output line: <c>file:line:column: kind: detail</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}:{Column}: {KindName(Kind)}: {Detail}");

    /// <summary>The kind as written in the report (<c>unmarked</c>, <c>type-conflict</c>, <c>boundary</c>).</summary>
    public static string KindName(ConsistencyKind kind) => kind switch
    {
        ConsistencyKind.Unmarked => "unmarked",
        ConsistencyKind.TypeConflict => "type-conflict",
        ConsistencyKind.Boundary => "boundary",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}

/// <summary>The consistency report of a corpus, or the errors that kept some marked sources out of it.</summary>
/// <param name="Findings">Every finding, by file, line and column.</param>
/// <param name="Errors">Marked sources that could not be read or parsed (they are left out of the report).</param>
public sealed record CorpusConsistencyReport(ImmutableArray<ConsistencyFinding> Findings, ImmutableArray<CorpusError> Errors)
{
    /// <summary>The number of findings of <paramref name="kind"/>.</summary>
    public int Count(ConsistencyKind kind) => Findings.Count(f => f.Kind == kind);
}

/// <summary>
/// Compares the labels of every marked source with each other and with the span conventions of
/// <c>corpus/MARKUP.md</c>: (a) surfaces marked somewhere and left unmarked elsewhere in a testimony body (speaker
/// labels, voice tags, VTT NOTE blocks, subtitle numbering and timings, <c>@@</c> lines and jsonl header lines are not
/// body; dates in txt/docx header blocks are the interview's and are left out), (b) one surface marked with
/// different types, (c) boundaries: leading articles, prepositions in DATE spans, titles in PERSON spans, area
/// descriptors and compass words in PLACE spans, and a determiner placed inside for some mentions of an actor or
/// weapon and outside for others.
/// </summary>
public sealed class CorpusConsistency
{
    /// <summary>Default settings.</summary>
    public static class Defaults
    {
        /// <summary>
        /// The least share of a surface's body occurrences that must be marked before its unmarked occurrences are
        /// reported: a word marked once and written a hundred times unmarked ("night", "four") is no convention.
        /// </summary>
        public const double MinMarkedShare = 0.2;
    }

    private static readonly FrozenSet<string> DatePrepositions =
        FrozenSet.ToFrozenSet(["in", "on", "at", "from", "since", "by", "until", "till"], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Articles = FrozenSet.ToFrozenSet(["a", "an"], StringComparer.OrdinalIgnoreCase);

    // Heads of aircraft and vehicles, which keep "the" when they are the attacker (MARKUP.md, Determiners).
    private static readonly FrozenSet<string> AttackerHeads = FrozenSet.ToFrozenSet(
        [
            "plane", "planes", "jet", "jets", "warplane", "warplanes", "aircraft", "helicopter", "helicopters",
            "gunship", "gunships", "drone", "drones", "quadcopter", "quadcopters", "zanana", "zananas", "tank", "tanks",
            "antonov", "antonovs", "mig", "migs", "sukhoi", "sukhois", "yak", "f-16", "f-16s", "y-12", "apache",
            "apaches", "mk", "shahed", "shaheds", "bayraktar", "tucano", "fpv", "fpvs", "ships",
        ],
        StringComparer.OrdinalIgnoreCase);

    // Nouns after an attacker word that make it a modifier ("the drone strikes"), so "the" belongs to the noun.
    private static readonly FrozenSet<string> AttackNouns =
        FrozenSet.ToFrozenSet(["strike", "strikes", "fire", "attack", "attacks"], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Titles = FrozenSet.ToFrozenSet(
        [
            "Dr", "Dr.", "Doctor", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Father", "Sheikh", "Shaykh", "Ustaz", "Ustadh",
            "Hajj", "Hajja", "Haji", "Hajji", "Uncle", "Captain", "Kak", "Mam",
        ],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> AreaDescriptors = FrozenSet.ToFrozenSet(
        [
            "neighbourhood", "neighborhood", "district", "quarter", "camp", "village", "town", "city", "governorate",
            "province", "region", "state", "river", "valley", "mountain", "mountains", "area", "township", "oblast",
        ],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> CompassWords = FrozenSet.ToFrozenSet(
        [
            "north", "south", "east", "west", "northern", "southern", "eastern", "western", "north-west", "north-east",
            "south-west", "south-east", "northwest", "northeast", "southwest", "southeast", "central",
        ],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> HeaderKeys = FrozenSet.ToFrozenSet(
        [
            "interview id", "statement id", "ref", "date", "date of interview", "interview date", "place",
            "place of interview", "location", "witness location", "language", "language of the call", "interviewer",
            "interviewed by", "interpreter", "recording", "witness", "notes by", "statement taken by", "researcher",
            "caller", "previous interview",
        ],
        StringComparer.OrdinalIgnoreCase);

    private static readonly Regex SpeakerLabel = new(
        @"\G(?:\[\d{1,2}:\d{2}(?::\d{2})?\]\s*)?(?:-\s*)?(?:\p{Lu}[\p{L}'.\-]*(?: [\p{L}'.\-]+){0,3}):(?=\s|$)",
        RegexOptions.CultureInvariant);

    private static readonly Regex VoiceTag = new(@"</?v(?: [^>]*)?>", RegexOptions.CultureInvariant);

    private static readonly Regex HeaderLine = new(@"^([A-Za-z][A-Za-z ()/]{0,40}):\s", RegexOptions.CultureInvariant);

    private readonly double _minMarkedShare;

    /// <summary>Creates the check.</summary>
    /// <param name="minMarkedShare">See <see cref="Defaults.MinMarkedShare"/>.</param>
    public CorpusConsistency(double minMarkedShare = Defaults.MinMarkedShare)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(minMarkedShare);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minMarkedShare, 1.0);
        _minMarkedShare = minMarkedShare;
    }

    /// <summary>Checks the parsed <paramref name="sources"/>, each with the text of its marked file.</summary>
    /// <param name="sources">The parsed sources and the texts they were parsed from.</param>
    /// <returns>Every finding, sorted by file, line and column.</returns>
    public ImmutableArray<ConsistencyFinding> Check(IReadOnlyList<(MarkedSource Source, string MarkedText)> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var files = sources.Select(s => new SourceFile(s.Source, s.MarkedText)).ToList();
        var findings = new List<ConsistencyFinding>();
        var bySurface = new Dictionary<string, List<(SourceFile File, MarkedEntity Mark)>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var mark in file.BodyMarks)
            {
                if (!bySurface.TryGetValue(mark.Surface, out var list))
                {
                    bySurface[mark.Surface] = list = [];
                }

                list.Add((file, mark));
            }
        }

        FindUnmarked(files, bySurface, findings);
        FindTypeConflicts(bySurface, findings);
        foreach (var file in files)
        {
            FindBoundaries(file, findings);
        }

        FindDeterminerSplits(files, findings);
        return [.. findings
            .Distinct()
            .OrderBy(f => f.File, StringComparer.Ordinal)
            .ThenBy(f => f.Line)
            .ThenBy(f => f.Column)
            .ThenBy(f => f.Kind)];
    }

    private void FindUnmarked(
        List<SourceFile> files,
        Dictionary<string, List<(SourceFile File, MarkedEntity Mark)>> bySurface,
        List<ConsistencyFinding> findings)
    {
        var byFirstWord = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var surface in bySurface.Keys)
        {
            var first = FirstWord(surface);
            if (first.Length == 0)
            {
                continue;
            }

            if (!byFirstWord.TryGetValue(first, out var list))
            {
                byFirstWord[first] = list = [];
            }

            list.Add(surface);
        }

        var hits = new Dictionary<string, List<(SourceFile File, int Line, int Column)>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            for (var i = 0; i < file.Lines.Length; i++)
            {
                var line = file.Lines[i];
                var body = file.Body[i];
                if (body is null)
                {
                    continue;
                }

                for (var start = 0; start < line.Length; start++)
                {
                    if (!body[start] || !char.IsLetterOrDigit(line[start]) || (start > 0 && IsWordChar(line[start - 1])))
                    {
                        continue;
                    }

                    var end = start;
                    while (end < line.Length && char.IsLetterOrDigit(line[end]))
                    {
                        end++;
                    }

                    if (!byFirstWord.TryGetValue(line[start..end], out var candidates))
                    {
                        continue;
                    }

                    foreach (var surface in candidates)
                    {
                        if (Matches(line, body, start, surface)
                            && !(file.IsHeader[i] && bySurface[surface].All(m => m.Mark.Type == EntityType.Date)))
                        {
                            if (!hits.TryGetValue(surface, out var list))
                            {
                                hits[surface] = list = [];
                            }

                            list.Add((file, i + 1, start + 1));
                        }
                    }
                }
            }
        }

        foreach (var (surface, unmarked) in hits)
        {
            var marks = bySurface[surface];
            if (marks.Count < _minMarkedShare * (marks.Count + unmarked.Count))
            {
                continue;
            }

            var types = string.Join(", ", marks
                .GroupBy(m => m.Mark.Type)
                .OrderByDescending(g => g.Count())
                .ThenBy(g => g.Key)
                .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key.ToWire()} {g.Count()}x")));
            var first = marks[0];
            var detail = string.Create(
                CultureInfo.InvariantCulture,
                $"left unmarked; the same words are marked {types} elsewhere (first at {first.File.Name}:{first.Mark.Line}:{first.Mark.Column}) and unmarked {unmarked.Count}x");
            foreach (var (file, line, column) in unmarked)
            {
                findings.Add(new ConsistencyFinding(file.Name, line, column, ConsistencyKind.Unmarked, detail));
            }
        }
    }

    private static void FindTypeConflicts(
        Dictionary<string, List<(SourceFile File, MarkedEntity Mark)>> bySurface,
        List<ConsistencyFinding> findings)
    {
        foreach (var marks in bySurface.Values)
        {
            var groups = marks.GroupBy(m => m.Mark.Type).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).ToList();
            if (groups.Count < 2)
            {
                continue;
            }

            var tie = groups[0].Count() == groups[1].Count();
            foreach (var group in groups)
            {
                if (!tie && group.Key == groups[0].Key)
                {
                    continue;
                }

                var other = groups.First(g => g.Key != group.Key);
                var at = other.First();
                var detail = string.Create(
                    CultureInfo.InvariantCulture,
                    $"marked {group.Key.ToWire()} here and {other.Key.ToWire()} {other.Count()}x elsewhere (first at {at.File.Name}:{at.Mark.Line}:{at.Mark.Column}); a name only sometimes is fine, check the type");
                foreach (var (file, mark) in group)
                {
                    findings.Add(new ConsistencyFinding(file.Name, mark.Line, mark.Column, ConsistencyKind.TypeConflict, detail));
                }
            }
        }
    }

    private static void FindBoundaries(SourceFile file, List<ConsistencyFinding> findings)
    {
        var text = file.Source.PlainText;
        var marks = file.Source.Entities;
        for (var k = 0; k < marks.Length; k++)
        {
            var mark = marks[k];
            var words = mark.Surface.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0)
            {
                continue;
            }

            var first = words[0];
            var last = words[^1];
            var startsWithThe = words.Length > 1 && first.Equals("the", StringComparison.OrdinalIgnoreCase);
            var precededByThe = PrecededByThe(text, mark.Start);
            string? problem = mark.Type switch
            {
                EntityType.Date when words.Length > 1 && DatePrepositions.Contains(first) =>
                    "DATE span starts with a preposition (in/on/at/from/since/by/until); it stays outside",
                EntityType.Date when precededByThe && StartsWithOrdinal(first) =>
                    "'the' before a day of the month belongs inside the DATE span",
                EntityType.Date when k + 1 < marks.Length && marks[k + 1].Type == EntityType.Date && JoinedByRangeWord(text, mark.End, marks[k + 1].Start) =>
                    "two dates joined by or/to/until/till are one DATE span",
                EntityType.Weapon when words.Length > 1 && Articles.Contains(first) =>
                    "WEAPON span starts with a/an; the article stays outside",
                EntityType.Weapon when startsWithThe && !AttackerHeads.Contains(last) =>
                    "WEAPON span starts with 'the' but is no attacking aircraft or vehicle; the article stays outside",
                EntityType.Weapon when !startsWithThe && precededByThe && AttackerHeads.Contains(last) && !FollowedByAttackNoun(text, mark.End) =>
                    "'the' before an attacking aircraft or vehicle belongs inside the WEAPON span",
                EntityType.Actor when startsWithThe && IsAcronym(string.Join(' ', words.Skip(1))) =>
                    "ACTOR span keeps 'the' before an acronym; it stays outside",
                EntityType.Actor when startsWithThe && words.Length == 2 && char.IsUpper(last[0])
                    && k + 1 < marks.Length && marks[k + 1].Type == EntityType.Weapon && IsOnlySpace(text, mark.End, marks[k + 1].Start) =>
                    "nationality before a weapon: 'the' stays outside the ACTOR span",
                EntityType.Place when words.Length > 1 && first.Equals("the", StringComparison.OrdinalIgnoreCase) =>
                    "PLACE span starts with 'the'; it stays outside",
                EntityType.Place when words.Length > 1 && AreaDescriptors.Contains(last) =>
                    "PLACE span ends with an area descriptor; it stays outside",
                EntityType.Place when words.Length > 1 && CompassWords.Contains(first) =>
                    "PLACE span starts with a compass word; it stays outside",
                EntityType.Person when words.Length > 1 && Titles.Contains(first) =>
                    "PERSON span starts with a title; titles stay outside",
                _ => null,
            };
            if (problem is not null)
            {
                findings.Add(new ConsistencyFinding(file.Name, mark.Line, mark.Column, ConsistencyKind.Boundary, problem));
            }
        }
    }

    // The same actor or weapon written "[[the X]]" in some places and "the [[X]]" in others: the rarer form is
    // reported (both on a tie), since one of them breaks the convention wherever it is.
    private static void FindDeterminerSplits(List<SourceFile> files, List<ConsistencyFinding> findings)
    {
        var forms = new Dictionary<(EntityType Type, string Key), (List<(SourceFile, MarkedEntity)> Inside, List<(SourceFile, MarkedEntity)> Outside)>();
        foreach (var file in files)
        {
            foreach (var mark in file.Source.Entities)
            {
                if (mark.Type is not (EntityType.Actor or EntityType.Weapon))
                {
                    continue;
                }

                var inside = mark.Surface.StartsWith("the ", StringComparison.OrdinalIgnoreCase);
                if (!inside && (!PrecededByThe(file.Source.PlainText, mark.Start) || FollowedByAttackNoun(file.Source.PlainText, mark.End)))
                {
                    continue;
                }

                var key = (mark.Type, (inside ? mark.Surface[4..] : mark.Surface).ToLowerInvariant());
                if (!forms.TryGetValue(key, out var pair))
                {
                    forms[key] = pair = ([], []);
                }

                (inside ? pair.Inside : pair.Outside).Add((file, mark));
            }
        }

        foreach (var ((type, _), (inside, outside)) in forms)
        {
            if (inside.Count == 0 || outside.Count == 0)
            {
                continue;
            }

            void Report(List<(SourceFile File, MarkedEntity Mark)> rare, List<(SourceFile File, MarkedEntity Mark)> usual, string where)
            {
                var at = usual[0];
                var detail = string.Create(
                    CultureInfo.InvariantCulture,
                    $"'the' {where} this {type.ToWire()} span; the same words have it the other way {usual.Count}x (first at {at.File.Name}:{at.Mark.Line}:{at.Mark.Column})");
                foreach (var (file, mark) in rare)
                {
                    findings.Add(new ConsistencyFinding(file.Name, mark.Line, mark.Column, ConsistencyKind.Boundary, detail));
                }
            }

            if (inside.Count <= outside.Count)
            {
                Report(inside, outside, "inside");
            }

            if (outside.Count <= inside.Count)
            {
                Report(outside, inside, "outside");
            }
        }
    }

    private static bool Matches(string line, bool[] body, int start, string surface)
    {
        var end = start + surface.Length;
        if (end > line.Length || string.CompareOrdinal(line, start, surface, 0, surface.Length) != 0)
        {
            return false;
        }

        for (var i = start; i < end; i++)
        {
            if (!body[i])
            {
                return false;
            }
        }

        return end == line.Length
            || (!char.IsLetterOrDigit(line[end]) && line[end] != '_'
                && !(line[end] == '-' && end + 1 < line.Length && char.IsLetterOrDigit(line[end + 1])));
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '-' || c == '_';

    private static string FirstWord(string surface)
    {
        var end = 0;
        while (end < surface.Length && char.IsLetterOrDigit(surface[end]))
        {
            end++;
        }

        return surface[..end];
    }

    private static bool StartsWithOrdinal(string word) =>
        word.Length >= 3 && char.IsDigit(word[0])
        && (word.EndsWith("st", StringComparison.OrdinalIgnoreCase) || word.EndsWith("nd", StringComparison.OrdinalIgnoreCase)
            || word.EndsWith("rd", StringComparison.OrdinalIgnoreCase) || word.EndsWith("th", StringComparison.OrdinalIgnoreCase))
        && word.AsSpan(0, word.Length - 2).IndexOfAnyExceptInRange('0', '9') < 0;

    private static bool JoinedByRangeWord(string text, int end, int nextStart)
    {
        var between = text.AsSpan(end, nextStart - end).Trim();
        return between is "or" or "to" or "until" or "till";
    }

    private static bool PrecededByThe(string text, int start) =>
        start >= 4
        && string.Compare(text, start - 4, "the ", 0, 4, StringComparison.OrdinalIgnoreCase) == 0
        && (start == 4 || !char.IsLetterOrDigit(text[start - 5]));

    private static bool FollowedByAttackNoun(string text, int end)
    {
        if (end >= text.Length || text[end] != ' ')
        {
            return false;
        }

        var start = end + 1;
        var stop = start;
        while (stop < text.Length && char.IsLetter(text[stop]))
        {
            stop++;
        }

        return AttackNouns.Contains(text[start..stop]);
    }

    private static bool IsOnlySpace(string text, int from, int to) =>
        to > from && text.AsSpan(from, to - from).IsWhiteSpace();

    private static bool IsAcronym(string word) =>
        word.Length >= 2 && !word.Contains(' ', StringComparison.Ordinal)
        && word.Count(char.IsUpper) >= 2 && word.All(c => char.IsUpper(c) || char.IsDigit(c) || c == '-');

    // One marked file: its lines and, per line, which characters are testimony body outside any mark.
    private sealed class SourceFile
    {
        public SourceFile(MarkedSource source, string markedText)
        {
            Source = source;
            Name = source.File;
            Lines = markedText.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
            Body = new bool[]?[Lines.Length];
            IsHeader = new bool[Lines.Length];
            ClassifyLines(source.Format);
            var bodyMarks = new List<MarkedEntity>();
            foreach (var mark in source.Entities)
            {
                var row = mark.Line - 1;
                var from = mark.Column - 1;
                if (row >= Lines.Length || Body[row] is not { } body)
                {
                    continue;
                }

                if (from < body.Length && body[from] && !(IsHeader[row] && mark.Type == EntityType.Date))
                {
                    bodyMarks.Add(mark);
                }

                var length = MarkLength(mark);
                for (var i = from; i < from + length && i < body.Length; i++)
                {
                    body[i] = false;
                }
            }

            BodyMarks = bodyMarks;
        }

        public MarkedSource Source { get; }

        public string Name { get; }

        public string[] Lines { get; }

        // Null for a line that is no testimony body; else true where a character is body text outside marks.
        public bool[]?[] Body { get; }

        public bool[] IsHeader { get; }

        public IReadOnlyList<MarkedEntity> BodyMarks { get; }

        private static int MarkLength(MarkedEntity mark) =>
            4 + mark.Surface.Length + 1 + mark.Type.ToWire().Length + (mark.Value is null ? 0 : 1 + mark.Value.Length);

        private void ClassifyLines(RawFormat format)
        {
            var inJsonlHeader = format == RawFormat.Jsonl;
            var inNote = false;
            var inHeaderBlock = format is RawFormat.Txt or RawFormat.Docx;
            for (var i = 0; i < Lines.Length; i++)
            {
                var line = Lines[i];
                if (line.StartsWith("@@", StringComparison.Ordinal))
                {
                    continue;
                }

                if (inJsonlHeader)
                {
                    inJsonlHeader = line.Length != 0;
                    continue;
                }

                if (format == RawFormat.Vtt)
                {
                    if (line.StartsWith("NOTE", StringComparison.Ordinal))
                    {
                        inNote = true;
                        continue;
                    }

                    if (inNote)
                    {
                        inNote = line.Trim().Length != 0;
                        continue;
                    }

                    if (line.StartsWith("WEBVTT", StringComparison.Ordinal))
                    {
                        continue;
                    }
                }

                // Timings, and the cue identifier on the line before a timing, are no body.
                if (format is RawFormat.Vtt or RawFormat.Srt
                    && (line.Contains("-->", StringComparison.Ordinal)
                        || (line.Trim().Length > 0 && line.Trim().All(char.IsAsciiDigit))
                        || (i + 1 < Lines.Length && Lines[i + 1].Contains("-->", StringComparison.Ordinal))))
                {
                    continue;
                }

                var body = new bool[line.Length];
                Array.Fill(body, true);

                // The header block of a txt or docx source runs to its first empty line.
                inHeaderBlock &= line.Length != 0;
                if (inHeaderBlock)
                {
                    var header = HeaderLine.Match(line);
                    if (header.Success && HeaderKeys.Contains(header.Groups[1].Value.Trim()))
                    {
                        IsHeader[i] = true;
                        Array.Fill(body, false, 0, header.Length);
                        Body[i] = body;
                        continue;
                    }
                }

                foreach (Match tag in VoiceTag.Matches(line))
                {
                    Array.Fill(body, false, tag.Index, tag.Length);
                }

                var start = line.StartsWith("<v", StringComparison.Ordinal) ? VoiceTag.Match(line).Length : 0;
                var label = SpeakerLabel.Match(line, start);
                if (label.Success)
                {
                    Array.Fill(body, false, label.Index, label.Length);
                }

                Body[i] = body;
            }
        }
    }
}
