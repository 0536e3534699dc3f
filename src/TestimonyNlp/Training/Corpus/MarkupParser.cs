using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using TestimonyNlp.Model;

namespace TestimonyNlp.Training.Corpus;

/// <summary>
/// Parses marked sources (corpus/MARKUP.md): <c>@@encoding</c> and <c>@@newline</c> directives, entity marks
/// <c>[[surface|TYPE]]</c> and <c>[[surface|TYPE:value]]</c>, claim spans <c>{{c1|...}}</c>, <c>@@claim</c> and
/// <c>@@witness</c> lines, and for <c>jsonl</c> sources the header block. Returns the plain text with every mark's
/// offsets in it, or every error found, each with its line and column. Never throws for any input.
/// </summary>
public sealed class MarkupParser
{
    private static readonly string[] HeaderKeys =
        ["id", "interview_id", "interview_date", "place", "language", "interviewer", "interpreter", "speaker"];

    private static readonly string[] ClaimFields =
        ["harm", "min", "max", "named", "weapon", "actor", "site", "date", "basis", "incident"];

    private readonly CanonicalActors _actors;

    /// <summary>Creates a parser that checks ACTOR values and claim actors against <paramref name="actors"/>.</summary>
    public MarkupParser(CanonicalActors actors)
    {
        _actors = actors ?? throw new ArgumentNullException(nameof(actors));
    }

    /// <summary>Parses the bytes of a marked source, which must be UTF-8 without byte order mark.</summary>
    /// <param name="file">The file as named in errors, relative to the corpus folder (<c>marked/x.txt.mk</c>);
    /// its file name gives the id and format.</param>
    /// <param name="bytes">The file's bytes.</param>
    public MarkupParseResult Parse(string file, ReadOnlySpan<byte> bytes)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return MarkupParseResult.Failed(
                [new CorpusError(file, 1, 1, "byte order mark at the start: marked sources are UTF-8 without one (write '@@encoding utf-8-bom' for a transcript with one)")]);
        }

        if (!System.Text.Unicode.Utf8.IsValid(bytes))
        {
            var valid = 0;
            while (valid < bytes.Length && System.Text.Rune.DecodeFromUtf8(bytes[valid..], out _, out var consumed) == System.Buffers.OperationStatus.Done)
            {
                valid += consumed;
            }

            var line = 1 + bytes[..valid].Count((byte)'\n');
            return MarkupParseResult.Failed(
                [new CorpusError(file, line, null, string.Create(CultureInfo.InvariantCulture, $"not valid UTF-8 (first bad byte at offset {valid})"))]);
        }

        return Parse(file, Encoding.UTF8.GetString(bytes));
    }

    /// <summary>Parses the text of a marked source.</summary>
    /// <param name="file">The file as named in errors, relative to the corpus folder (<c>marked/x.txt.mk</c>);
    /// its file name gives the id and format.</param>
    /// <param name="text">The file's text.</param>
    public MarkupParseResult Parse(string file, string text)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(text);
        if (!TryParseFileName(file, out var id, out var format, out var nameError))
        {
            return MarkupParseResult.Failed([nameError]);
        }

        return new Run(this, file, id, format).Parse(text);
    }

    /// <summary>Splits a marked source's file name <c>&lt;id&gt;.&lt;format&gt;.mk</c> into id and format.</summary>
    public static bool TryParseFileName(string file, out string id, out RawFormat format, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out CorpusError? error)
    {
        ArgumentNullException.ThrowIfNull(file);
        id = string.Empty;
        format = default;
        error = null;
        var name = Path.GetFileName(file.Replace('\\', '/').AsSpan()).ToString();
        var stem = name.EndsWith(CorpusFiles.MarkedExtension, StringComparison.Ordinal) ? name[..^CorpusFiles.MarkedExtension.Length] : null;
        var dot = stem?.LastIndexOf('.') ?? -1;
        if (stem is null || dot <= 0)
        {
            error = new CorpusError(file, null, null, "file name must be <id>.<format>.mk (sy-raqqa-041.txt.mk)");
            return false;
        }

        if (!RawFormats.TryParse(stem.AsSpan(dot + 1), out format))
        {
            error = new CorpusError(file, null, null, $"unknown format '{stem[(dot + 1)..]}' (expected txt, srt, vtt, docx or jsonl)");
            return false;
        }

        id = stem[..dot];
        if (!CorpusFiles.IsValidId(id))
        {
            error = new CorpusError(file, null, null, $"invalid id '{id}': lower-case letters, digits and hyphens, country code first (sy-raqqa-041)");
            return false;
        }

        return true;
    }

    /// <summary>True for an incident key <c>&lt;cc&gt;-&lt;town&gt;-&lt;yyyymmdd&gt;-&lt;slug&gt;</c>: lower-case
    /// kebab case, a two-letter country code first, an eight-digit date part after the town and a slug after it.</summary>
    public static bool IsValidIncidentKey(string key)
    {
        if (string.IsNullOrEmpty(key) || !CorpusFiles.IsValidId(key))
        {
            return false;
        }

        var parts = key.Split('-');
        for (var i = 2; i < parts.Length - 1; i++)
        {
            if (parts[i].Length == 8 && !parts[i].AsSpan().ContainsAnyExceptInRange('0', '9'))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsClaimId(ReadOnlySpan<char> id)
    {
        if (id.IsEmpty || id.Length > Defaults.MaxClaimIdLength || !char.IsAsciiLetter(id[0]))
        {
            return false;
        }

        foreach (var c in id)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Limits of the parser.</summary>
    public static class Defaults
    {
        /// <summary>Longest claim id.</summary>
        public const int MaxClaimIdLength = 32;

        /// <summary>Most errors reported for one file; the rest would only repeat the first.</summary>
        public const int MaxErrorsPerFile = 100;
    }

    // One parse of one file: the state and the error list.
    private sealed class Run(MarkupParser parser, string file, string id, RawFormat format)
    {
        private readonly List<CorpusError> _errors = [];
        private readonly StringBuilder _plain = new();
        private readonly List<MarkedEntity> _entities = [];
        private readonly List<MarkedClaimSpan> _spans = [];
        private readonly List<ClaimDraft> _claims = [];
        private readonly List<KeyValuePair<string, string>> _header = [];
        private SourceEncoding? _encoding;
        private NewlineStyle? _newline;
        private string? _witness;
        private int _witnessLine;
        private OpenSpan? _open;

        public MarkupParseResult Parse(string text)
        {
            var pieces = text.Split('\n');
            var body = new List<(string Text, int Line, bool HasNewline)>();
            var textStarted = false;
            for (var i = 0; i < pieces.Length; i++)
            {
                var line = pieces[i];
                var isLast = i == pieces.Length - 1;
                if (isLast && line.Length == 0)
                {
                    break;
                }

                CheckCharacters(line, i + 1);
                if (line.StartsWith("@@", StringComparison.Ordinal))
                {
                    Directive(line, i + 1, textStarted);
                    continue;
                }

                textStarted = true;
                body.Add((line, i + 1, !isLast));
            }

            var first = 0;
            if (format == RawFormat.Jsonl)
            {
                first = HeaderBlock(body);
            }

            for (var k = first; k < body.Count; k++)
            {
                var (line, number, hasNewline) = body[k];
                if (_open is { } open && format.IsSubtitle() && string.IsNullOrWhiteSpace(line) && !open.CrossReported)
                {
                    Error(open.Line, open.Column, "claim span crosses a cue boundary (a blank line): close it in its cue and open another span with the same id");
                    _open = open with { CrossReported = true };
                }

                ScanLine(line, number);
                if (hasNewline)
                {
                    _plain.Append('\n');
                }
            }

            if (_open is { } unclosed)
            {
                Error(unclosed.Line, unclosed.Column, "claim span not closed (no '}}')");
            }

            var plain = _plain.ToString();
            if (format is RawFormat.Docx or RawFormat.Jsonl)
            {
                plain = plain.TrimEnd('\n');
            }

            if (string.IsNullOrWhiteSpace(plain))
            {
                Error(null, null, "no transcript text");
            }

            if (_witness is null)
            {
                Error(null, null, "no @@witness line");
            }

            var claims = BuildClaims();
            CheckSpansAgainstClaims();
            if (_errors.Count > 0)
            {
                var sorted = _errors
                    .Select((error, index) => (error, index))
                    .OrderBy(e => e.error.Line ?? 0)
                    .ThenBy(e => e.error.Column ?? 0)
                    .ThenBy(e => e.index)
                    .Select(e => e.error)
                    .Take(Defaults.MaxErrorsPerFile);
                return MarkupParseResult.Failed(sorted);
            }

            return MarkupParseResult.Parsed(new MarkedSource
            {
                File = file,
                Id = id,
                Format = format,
                Encoding = _encoding ?? SourceEncoding.Utf8,
                Newline = _newline ?? NewlineStyle.Lf,
                Header = [.. _header],
                PlainText = plain,
                Entities = [.. _entities],
                ClaimSpans = [.. _spans],
                Claims = claims,
                Witness = _witness!,
            });
        }

        private void Error(int? line, int? column, string message) => _errors.Add(new CorpusError(file, line, column, message));

        private void CheckCharacters(string line, int number)
        {
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                string? problem = c switch
                {
                    '\r' => "carriage return: marked sources use LF line endings (write '@@newline crlf' for a CRLF transcript)",
                    '\uFEFF' when number == 1 && i == 0 =>
                        "byte order mark at the start: marked sources are UTF-8 without one (write '@@encoding utf-8-bom' for a transcript with one)",
                    '\t' => null,
                    < ' ' or '\u007F' or '\uFFFE' or '\uFFFF' =>
                        string.Create(CultureInfo.InvariantCulture, $"control character U+{(int)c:X4} is not allowed"),
                    _ when char.IsHighSurrogate(c) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1]) => null,
                    _ when char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(line[i - 1]) => null,
                    _ when char.IsSurrogate(c) =>
                        string.Create(CultureInfo.InvariantCulture, $"lone surrogate U+{(int)c:X4} is not allowed"),
                    _ => null,
                };
                if (problem is not null)
                {
                    Error(number, i + 1, problem);
                    return;
                }
            }
        }

        private void Directive(string line, int number, bool textStarted)
        {
            var space = line.IndexOfAny([' ', '\t']);
            var name = space < 0 ? line : line[..space];
            var argument = space < 0 ? string.Empty : line[(space + 1)..].Trim();
            switch (name)
            {
                case "@@encoding":
                    _encoding = Setting(name, argument, number, textStarted, _encoding, ParseEncoding, "utf-8, utf-8-bom or utf-16le");
                    break;
                case "@@newline":
                    _newline = Setting(name, argument, number, textStarted, _newline, ParseNewline, "lf or crlf");
                    break;
                case "@@claim":
                    ClaimLine(line, number);
                    break;
                case "@@witness":
                    WitnessLine(argument, number);
                    break;
                default:
                    Error(number, 1, $"unknown directive '{Truncate(name)}' (expected @@encoding, @@newline, @@claim or @@witness)");
                    break;
            }
        }

        private T? Setting<T>(string name, string argument, int number, bool textStarted, T? current, Func<string, T?> parse, string expected)
            where T : struct
        {
            if (!format.IsText())
            {
                Error(number, 1, $"{name} applies only to txt, srt and vtt sources");
                return current;
            }

            if (textStarted)
            {
                Error(number, 1, $"{name} must come before the text");
                return current;
            }

            if (current is not null)
            {
                Error(number, 1, $"{name} given twice");
                return current;
            }

            if (parse(argument) is { } value)
            {
                return value;
            }

            Error(number, name.Length + 2, $"unknown value '{Truncate(argument)}' for {name} (expected {expected})");
            return current;
        }

        private static SourceEncoding? ParseEncoding(string value) => value switch
        {
            "utf-8" => SourceEncoding.Utf8,
            "utf-8-bom" => SourceEncoding.Utf8Bom,
            "utf-16le" => SourceEncoding.Utf16Le,
            _ => null,
        };

        private static NewlineStyle? ParseNewline(string value) => value switch
        {
            "lf" => NewlineStyle.Lf,
            "crlf" => NewlineStyle.Crlf,
            _ => null,
        };

        private void WitnessLine(string argument, int number)
        {
            if (_witness is not null)
            {
                Error(number, 1, string.Create(CultureInfo.InvariantCulture, $"@@witness given twice (first on line {_witnessLine})"));
                return;
            }

            if (argument.Length == 0)
            {
                Error(number, 1, "@@witness needs a key (@@witness sy-deirezzor-nabil-hamdan)");
                return;
            }

            if (!CorpusFiles.IsKebab(argument))
            {
                Error(number, 11, $"invalid witness key '{Truncate(argument)}': lower-case letters, digits and hyphens");
                return;
            }

            _witness = argument;
            _witnessLine = number;
        }

        // The jsonl header block: "key: value" lines up to the first empty line. Returns the first text line.
        private int HeaderBlock(List<(string Text, int Line, bool HasNewline)> body)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var k = 0; k < body.Count; k++)
            {
                var (line, number, _) = body[k];
                if (line.Length == 0)
                {
                    return k + 1;
                }

                if (line.Contains("[[", StringComparison.Ordinal) || line.Contains("{{", StringComparison.Ordinal))
                {
                    Error(number, 1, "marks are not allowed in the header block");
                    continue;
                }

                var colon = line.IndexOf(':');
                if (colon <= 0)
                {
                    Error(number, 1, "header line must be 'key: value' (the header block ends at the first empty line)");
                    continue;
                }

                var key = line[..colon];
                var value = line[(colon + 1)..].Trim();
                if (Array.IndexOf(HeaderKeys, key) < 0)
                {
                    Error(number, 1, $"unknown header key '{Truncate(key)}' (expected {string.Join(", ", HeaderKeys)})");
                }
                else if (!seen.Add(key))
                {
                    Error(number, 1, $"header key '{key}' given twice");
                }
                else if (value.Length == 0)
                {
                    Error(number, colon + 2, $"empty value for header key '{key}'");
                }
                else
                {
                    _header.Add(new(key, value));
                }
            }

            Error(body.Count > 0 ? body[0].Line : null, body.Count > 0 ? 1 : null, "the header block must end with an empty line before the text");
            return body.Count;
        }

        private void ScanLine(string line, int number)
        {
            var i = 0;
            while (i < line.Length)
            {
                var rest = line.AsSpan(i);
                if (rest.StartsWith("[["))
                {
                    var close = line.IndexOf("]]", i + 2, StringComparison.Ordinal);
                    if (close < 0)
                    {
                        Error(number, i + 1, "unclosed entity mark: no ']]' on this line (entity marks do not cross lines)");
                        _plain.Append(line, i, line.Length - i);
                        return;
                    }

                    EntityMark(line.AsSpan(i + 2, close - i - 2), number, i + 1);
                    i = close + 2;
                }
                else if (rest.StartsWith("]]"))
                {
                    Error(number, i + 1, "']]' without '[['");
                    _plain.Append("]]");
                    i += 2;
                }
                else if (rest.StartsWith("{{"))
                {
                    i = OpenClaimSpan(line, i, number);
                }
                else if (rest.StartsWith("}}"))
                {
                    CloseClaimSpan(number, i + 1);
                    i += 2;
                }
                else
                {
                    _plain.Append(line[i]);
                    i++;
                }
            }
        }

        private void EntityMark(ReadOnlySpan<char> inner, int number, int column)
        {
            var bar = inner.IndexOf('|');
            if (bar < 0)
            {
                Error(number, column, $"entity mark '{Truncate(inner)}' has no '|TYPE' part");
                _plain.Append(inner);
                return;
            }

            var surface = inner[..bar].ToString();
            var label = inner[(bar + 1)..];
            var start = _plain.Length;
            _plain.Append(surface);
            if (surface.Contains("[[", StringComparison.Ordinal))
            {
                Error(number, column, $"entity marks do not nest ('{Truncate(surface)}')");
                return;
            }

            if (surface.Contains("{{", StringComparison.Ordinal) || surface.Contains("}}", StringComparison.Ordinal))
            {
                Error(number, column, $"entity mark '{Truncate(surface)}' contains '{{{{' or '}}}}': claim spans go outside entity marks");
                return;
            }

            if (surface.Length == 0)
            {
                Error(number, column, "empty entity surface");
                return;
            }

            if (char.IsWhiteSpace(surface[0]) || char.IsWhiteSpace(surface[^1]))
            {
                Error(number, column, $"entity surface '{surface}' has leading or trailing space");
                return;
            }

            if (label.Contains('|'))
            {
                Error(number, column, $"entity mark '{surface}' has more than one '|'");
                return;
            }

            var colon = label.IndexOf(':');
            var typeName = colon < 0 ? label : label[..colon];
            string? value = colon < 0 ? null : label[(colon + 1)..].ToString();
            if (!Vocabulary.TryParseEntityType(typeName.ToString(), out var type))
            {
                Error(number, column, $"unknown entity type '{Truncate(typeName)}' in mark '{surface}' (expected PERSON, PLACE, WEAPON, ACTOR or DATE)");
                return;
            }

            if (value is not null && (value.Length == 0 || char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1])))
            {
                Error(number, column, value.Length == 0
                    ? $"empty value after '{typeName}:' in mark '{surface}'"
                    : $"value '{value}' in mark '{surface}' has leading or trailing space");
                return;
            }

            var entity = new MarkedEntity(start, _plain.Length, surface, type, value, number, column);
            switch (type)
            {
                case EntityType.Person when value is not null:
                    Error(number, column, $"PERSON mark '{surface}' takes no value");
                    return;
                case EntityType.Weapon when value is null:
                    Error(number, column, $"WEAPON mark '{surface}' needs a category (WEAPON:BARREL_BOMB)");
                    return;
                case EntityType.Weapon:
                    if (!Vocabulary.TryParseWeaponCategory(value, out var category))
                    {
                        Error(number, column, $"unknown weapon category '{Truncate(value)}' in mark '{surface}'");
                        return;
                    }

                    entity = entity with { Category = category };
                    break;
                case EntityType.Actor when value is null:
                    Error(number, column, $"ACTOR mark '{surface}' needs a canonical actor (ACTOR:Islamic State)");
                    return;
                case EntityType.Actor when !parser._actors.Contains(value):
                    Error(number, column, $"unknown canonical actor '{Truncate(value)}' in mark '{surface}' (see the table in MARKUP.md)");
                    return;
                case EntityType.Date when value is not null:
                    if (!IsoDateRange.TryParse(value, out var date))
                    {
                        Error(number, column, $"invalid DATE value '{Truncate(value)}' in mark '{surface}' (expected yyyy-mm-dd or yyyy-mm-dd..yyyy-mm-dd)");
                        return;
                    }

                    if (!date.IsOrdered)
                    {
                        Error(number, column, $"DATE range '{value}' in mark '{surface}' ends before it starts");
                        return;
                    }

                    entity = entity with { Date = date };
                    break;
            }

            _entities.Add(entity);
        }

        private int OpenClaimSpan(string line, int i, int number)
        {
            var column = i + 1;
            var limit = Math.Min(line.Length, i + 2 + 256);
            var bar = line.IndexOf('|', i + 2, limit - i - 2);
            var ids = ImmutableArray.CreateBuilder<string>();
            var valid = bar > i + 2;
            if (valid)
            {
                foreach (var part in line[(i + 2)..bar].Split(','))
                {
                    var claimId = part.Trim();
                    if (!IsClaimId(claimId))
                    {
                        valid = false;
                        break;
                    }

                    if (ids.Contains(claimId))
                    {
                        Error(number, column, $"claim {claimId} listed twice in one span");
                        continue;
                    }

                    ids.Add(claimId);
                }
            }

            if (!valid)
            {
                Error(number, column, "a claim span starts with claim ids and '|' ({{c1|...}} or {{c1,c2|...}})");
                _plain.Append("{{");
                return i + 2;
            }

            if (_open is { } open)
            {
                Error(number, column, string.Create(
                    CultureInfo.InvariantCulture,
                    $"claim span inside another claim span (opened at line {open.Line}, column {open.Column}): spans do not nest"));
                return bar + 1;
            }

            _open = new OpenSpan(ids.ToImmutable(), _plain.Length, number, column, false);
            return bar + 1;
        }

        private void CloseClaimSpan(int number, int column)
        {
            if (_open is not { } open)
            {
                Error(number, column, "'}}' without '{{'");
                _plain.Append("}}");
                return;
            }

            _open = null;
            var end = _plain.Length;
            if (end == open.Start)
            {
                Error(open.Line, open.Column, "empty claim span");
                return;
            }

            if (char.IsWhiteSpace(_plain[open.Start]) || char.IsWhiteSpace(_plain[end - 1]))
            {
                Error(open.Line, open.Column, "claim span has leading or trailing space");
                return;
            }

            _spans.Add(new MarkedClaimSpan(open.Ids, open.Start, end, open.Line, open.Column));
        }

        private void ClaimLine(string line, int number)
        {
            // "@@claim c1 key=value key="quoted value" ..."
            var p = "@@claim".Length;
            SkipSpaces(line, ref p);
            var idStart = p;
            while (p < line.Length && line[p] is not (' ' or '\t'))
            {
                p++;
            }

            var claimId = line[idStart..p];
            if (claimId.Length == 0 || claimId.Contains('='))
            {
                Error(number, 1, "@@claim needs a claim id first (@@claim c1 harm=KILLED ...)");
                return;
            }

            if (!IsClaimId(claimId))
            {
                Error(number, idStart + 1, $"invalid claim id '{Truncate(claimId)}' (letters and digits: c1)");
                return;
            }

            var draft = new ClaimDraft(claimId, number);
            _claims.Add(draft);
            while (true)
            {
                SkipSpaces(line, ref p);
                if (p >= line.Length)
                {
                    break;
                }

                var fieldStart = p;
                while (p < line.Length && line[p] is not ('=' or ' ' or '\t'))
                {
                    p++;
                }

                if (p >= line.Length || line[p] != '=')
                {
                    Error(number, fieldStart + 1, $"expected key=value, found '{Truncate(line.AsSpan(fieldStart, p - fieldStart))}'");
                    draft.Broken = true;
                    return;
                }

                var key = line[fieldStart..p];
                p++;
                string value;
                if (p < line.Length && line[p] == '"')
                {
                    var close = line.IndexOf('"', p + 1);
                    if (close < 0)
                    {
                        Error(number, p + 1, $"unclosed quote in the value of '{Truncate(key)}'");
                        draft.Broken = true;
                        return;
                    }

                    value = line[(p + 1)..close];
                    p = close + 1;
                    if (p < line.Length && line[p] is not (' ' or '\t'))
                    {
                        Error(number, p + 1, $"expected a space after the quoted value of '{Truncate(key)}'");
                        draft.Broken = true;
                        return;
                    }
                }
                else
                {
                    var valueStart = p;
                    while (p < line.Length && line[p] is not (' ' or '\t'))
                    {
                        p++;
                    }

                    value = line[valueStart..p];
                    if (value.Contains('"'))
                    {
                        Error(number, valueStart + 1, $"stray quote in the value of '{Truncate(key)}'");
                        draft.Broken = true;
                        return;
                    }
                }

                if (Array.IndexOf(ClaimFields, key) < 0)
                {
                    Error(number, fieldStart + 1, $"unknown claim field '{Truncate(key)}' (expected {string.Join(", ", ClaimFields)})");
                    continue;
                }

                if (!draft.Fields.TryAdd(key, (value, fieldStart + 1)))
                {
                    Error(number, fieldStart + 1, $"claim field '{key}' given twice");
                }
            }
        }

        private static void SkipSpaces(string line, ref int p)
        {
            while (p < line.Length && line[p] is ' ' or '\t')
            {
                p++;
            }
        }

        private ImmutableArray<MarkedClaim> BuildClaims()
        {
            var persons = new HashSet<string>(StringComparer.Ordinal);
            var places = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entity in _entities)
            {
                if (entity.Type == EntityType.Person)
                {
                    persons.Add(entity.Surface);
                }
                else if (entity.Type == EntityType.Place)
                {
                    places.Add(entity.Surface);
                }
            }

            var claims = ImmutableArray.CreateBuilder<MarkedClaim>();
            var defined = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var draft in _claims)
            {
                if (!defined.TryAdd(draft.Id, draft.Line))
                {
                    Error(draft.Line, 1, string.Create(
                        CultureInfo.InvariantCulture,
                        $"claim {draft.Id} defined twice (first on line {defined[draft.Id]})"));
                    continue;
                }

                if (!draft.Broken && BuildClaim(draft, persons, places) is { } claim)
                {
                    claims.Add(claim);
                }
            }

            return claims.ToImmutable();
        }

        private MarkedClaim? BuildClaim(ClaimDraft draft, HashSet<string> persons, HashSet<string> places)
        {
            var before = _errors.Count;
            var fields = draft.Fields;

            Harm harm = default;
            if (Require("harm") is { } harmField && !Vocabulary.TryParseHarm(harmField.Value, out harm))
            {
                Error(draft.Line, harmField.Column, $"unknown harm '{Truncate(harmField.Value)}' (expected KILLED, INJURED, MISSING, DETAINED, DISPLACED or PROPERTY_DAMAGE)");
            }

            Basis basis = default;
            if (Require("basis") is { } basisField && !Vocabulary.TryParseBasis(basisField.Value, out basis))
            {
                Error(draft.Line, basisField.Column, $"unknown basis '{Truncate(basisField.Value)}' (expected WITNESSED, EXPERIENCED, HEARSAY or REPORTED)");
            }

            var min = Count("min");
            var max = Count("max");
            if (min is { } low && max is { } high && low > high && fields.TryGetValue("min", out var minField))
            {
                Error(draft.Line, minField.Column, string.Create(CultureInfo.InvariantCulture, $"min {low} is greater than max {high}"));
            }

            var named = ImmutableArray.CreateBuilder<string>();
            if (fields.TryGetValue("named", out var namedField))
            {
                foreach (var part in namedField.Value.Split(';'))
                {
                    var name = part.Trim();
                    if (name.Length == 0)
                    {
                        Error(draft.Line, namedField.Column, "empty name in 'named' (names are separated by ';')");
                    }
                    else if (!persons.Contains(name))
                    {
                        Error(draft.Line, namedField.Column, $"named person '{Truncate(name)}' is not marked as PERSON in this file");
                    }
                    else if (!named.Contains(name))
                    {
                        named.Add(name);
                    }
                }
            }

            WeaponCategory? weapon = null;
            if (fields.TryGetValue("weapon", out var weaponField))
            {
                if (Vocabulary.TryParseWeaponCategory(weaponField.Value, out var category))
                {
                    weapon = category;
                }
                else
                {
                    Error(draft.Line, weaponField.Column, $"unknown weapon category '{Truncate(weaponField.Value)}'");
                }
            }

            string? actor = null;
            if (fields.TryGetValue("actor", out var actorField))
            {
                if (parser._actors.Contains(actorField.Value))
                {
                    actor = actorField.Value;
                }
                else
                {
                    Error(draft.Line, actorField.Column, $"unknown canonical actor '{Truncate(actorField.Value)}' (see the table in MARKUP.md)");
                }
            }

            string? site = null;
            if (fields.TryGetValue("site", out var siteField))
            {
                if (places.Contains(siteField.Value))
                {
                    site = siteField.Value;
                }
                else
                {
                    Error(draft.Line, siteField.Column, $"site '{Truncate(siteField.Value)}' is not marked as PLACE in this file");
                }
            }

            IsoDateRange? date = null;
            if (fields.TryGetValue("date", out var dateField))
            {
                if (!IsoDateRange.TryParse(dateField.Value, out var range))
                {
                    Error(draft.Line, dateField.Column, $"invalid date '{Truncate(dateField.Value)}' (expected yyyy-mm-dd or yyyy-mm-dd..yyyy-mm-dd)");
                }
                else if (!range.IsOrdered)
                {
                    Error(draft.Line, dateField.Column, $"date range '{dateField.Value}' ends before it starts");
                }
                else
                {
                    date = range;
                }
            }

            string incident = string.Empty;
            if (Require("incident") is { } incidentField)
            {
                incident = incidentField.Value;
                if (!IsValidIncidentKey(incident))
                {
                    Error(draft.Line, incidentField.Column, $"invalid incident key '{Truncate(incident)}' (expected <cc>-<town>-<yyyymmdd>-<slug>, lower case)");
                }
            }

            if (_errors.Count > before)
            {
                return null;
            }

            return new MarkedClaim
            {
                Id = draft.Id,
                Harm = harm,
                Min = min,
                Max = max,
                Named = named.ToImmutable(),
                Weapon = weapon,
                Actor = actor,
                Site = site,
                Date = date,
                Basis = basis,
                Incident = incident,
                Line = draft.Line,
            };

            (string Value, int Column)? Require(string key)
            {
                if (fields.TryGetValue(key, out var field))
                {
                    return field;
                }

                Error(draft.Line, 1, $"claim {draft.Id} has no {key}");
                return null;
            }

            int? Count(string key)
            {
                if (Require(key) is not { } field || field.Value == "null")
                {
                    return null;
                }

                if (int.TryParse(field.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
                {
                    return count;
                }

                Error(draft.Line, field.Column, $"invalid {key} '{Truncate(field.Value)}' (a whole number or null)");
                return null;
            }
        }

        private void CheckSpansAgainstClaims()
        {
            var defined = new HashSet<string>(_claims.Select(c => c.Id), StringComparer.Ordinal);
            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var span in _spans)
            {
                foreach (var claimId in span.ClaimIds)
                {
                    used.Add(claimId);
                    if (!defined.Contains(claimId))
                    {
                        Error(span.Line, span.Column, $"claim span refers to {claimId}, which has no @@claim line");
                    }
                }
            }

            foreach (var draft in _claims.DistinctBy(c => c.Id))
            {
                if (!used.Contains(draft.Id))
                {
                    Error(draft.Line, 1, $"claim {draft.Id} has no evidence span ({{{{{draft.Id}|...}}}})");
                }
            }
        }

        private static string Truncate(ReadOnlySpan<char> text) =>
            text.Length <= 60 ? text.ToString() : string.Concat(text[..57], "...");

        private sealed class ClaimDraft(string id, int line)
        {
            public string Id { get; } = id;

            public int Line { get; } = line;

            public Dictionary<string, (string Value, int Column)> Fields { get; } = new(StringComparer.Ordinal);

            // A line that could not be read to its end: its claim counts as defined but is not built.
            public bool Broken { get; set; }
        }

        private readonly record struct OpenSpan(ImmutableArray<string> Ids, int Start, int Line, int Column, bool CrossReported);
    }
}
