using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using TestimonyNlp.Ingest;
using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Training.Corpus;

/// <summary>What <see cref="CorpusChecker.Check"/> found.</summary>
/// <param name="Errors">Every invalid annotation or file, by file.</param>
/// <param name="Statistics">Statistics of the annotations that could be read.</param>
public sealed record CorpusCheckReport(ImmutableArray<CorpusError> Errors, CorpusStatistics Statistics)
{
    /// <summary>True when every annotation is valid and up to date.</summary>
    public bool IsValid => Errors.IsEmpty;
}

/// <summary>
/// Validates a built corpus: re-reads every raw transcript with the project's readers and checks
/// <c>annotations/gold.jsonl</c> against it (one line per transcript, a split entry for each, offsets and texts,
/// closed vocabularies, no overlapping spans of one type, references, evidence, no evidence in an interviewer
/// turn), checks that the annotations are up to date with the marked sources by rebuilding them in memory, and
/// computes the corpus statistics. Errors name files, ids and offsets, never transcript text.
/// </summary>
public sealed class CorpusChecker
{
    private readonly TranscriptReaders _readers;
    private readonly CorpusBuilder _builder;

    /// <summary>Creates a checker that reads transcripts with <paramref name="readers"/> (default: the project's).</summary>
    public CorpusChecker(TranscriptReaders? readers = null)
    {
        _readers = readers ?? TranscriptReaders.Default;
        _builder = new CorpusBuilder(_readers);
    }

    /// <summary>Checks the corpus in <paramref name="corpusDirectory"/>.</summary>
    public CorpusCheckReport Check(string corpusDirectory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corpusDirectory);
        var errors = new List<CorpusError>();
        var actors = CanonicalActors.Load(corpusDirectory, out var actorError);
        if (actorError is not null)
        {
            errors.Add(actorError);
        }

        var split = LoadSplit(corpusDirectory, errors);
        var lines = LoadGold(corpusDirectory, errors);
        var transcripts = ListTranscripts(corpusDirectory);
        var stage = new TextStage();
        var inputs = new List<StatisticsInput>();

        var bySource = lines.Where(l => l.Gold is not null).ToLookup(l => l.Gold!.Source, StringComparer.Ordinal);
        var invalidIds = lines.Where(l => l.Gold is null).Select(l => l.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var transcript in transcripts)
        {
            if (!bySource.Contains(transcript) && !invalidIds.Contains(Path.GetFileNameWithoutExtension(transcript)))
            {
                errors.Add(new CorpusError(transcript, null, null, "no annotation line in " + CorpusFiles.GoldFile));
            }
        }

        foreach (var (number, _, parsed, _) in lines)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (parsed is not { } gold)
            {
                continue;
            }

            CorpusError At(string problem) => new(CorpusFiles.GoldFile, number, null, $"{gold.Id}: {problem}");
            if (!CorpusFiles.IsValidId(gold.Id))
            {
                errors.Add(new CorpusError(CorpusFiles.GoldFile, number, null, "id is not a corpus id"));
                continue;
            }

            if (!TryParseSource(gold, out var format))
            {
                errors.Add(At($"source is not {CorpusFiles.TranscriptsFolder}/{gold.Id}.<txt|srt|vtt|docx|jsonl>"));
                continue;
            }

            if (bySource[gold.Source].Count() > 1)
            {
                errors.Add(At($"{gold.Source} has more than one annotation line"));
            }

            if (!split.Assignments.TryGetValue(gold.Id, out var assigned))
            {
                errors.Add(At("no entry in " + CorpusFiles.SplitFile));
            }

            var testimony = Read(corpusDirectory, gold.Source, out var readError, cancellationToken);
            if (testimony is null)
            {
                errors.Add(At(readError!));
                continue;
            }

            foreach (var problem in GoldValidator.Validate(gold, testimony, actors))
            {
                errors.Add(At(problem));
            }

            var document = new Document(testimony);
            stage.Process(document, cancellationToken);
            inputs.Add(new StatisticsInput(gold, format, document.WordCount, split.Assignments.ContainsKey(gold.Id) ? assigned : null));
        }

        CheckUpToDate(corpusDirectory, lines, errors, cancellationToken);
        return new CorpusCheckReport([.. errors], CorpusStatistics.Compute(inputs));
    }

    /// <summary>
    /// Builds the consistency report of the marked sources in <paramref name="corpusDirectory"/> (see
    /// <see cref="CorpusConsistency"/>). Sources that cannot be read or parsed are left out and named in the
    /// report's errors.
    /// </summary>
    public CorpusConsistencyReport CheckConsistency(string corpusDirectory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corpusDirectory);
        var actors = CanonicalActors.Load(corpusDirectory, out var actorError);
        if (actors is null)
        {
            return new CorpusConsistencyReport([], [actorError!]);
        }

        var folder = CorpusFiles.Full(corpusDirectory, CorpusFiles.MarkedFolder);
        if (!Directory.Exists(folder))
        {
            return new CorpusConsistencyReport([], [new CorpusError(CorpusFiles.MarkedFolder + "/", null, null, "folder not found")]);
        }

        var parser = new MarkupParser(actors);
        var errors = new List<CorpusError>();
        var sources = new List<(MarkedSource, string)>();
        foreach (var path in Directory.EnumerateFiles(folder, "*" + CorpusFiles.MarkedExtension).Order(StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var relative = CorpusFiles.MarkedFolder + "/" + Path.GetFileName(path);
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                errors.Add(new CorpusError(relative, null, null, "cannot read (" + CorpusFiles.Describe(e) + ")"));
                continue;
            }

            var parsed = parser.Parse(relative, bytes);
            if (!parsed.Success)
            {
                errors.AddRange(parsed.Errors);
                continue;
            }

            sources.Add((parsed.Source, Encoding.UTF8.GetString(bytes)));
        }

        return new CorpusConsistencyReport(new CorpusConsistency().Check(sources), [.. errors]);
    }

    private static SplitTable LoadSplit(string corpusDirectory, List<CorpusError> errors)
    {
        var path = CorpusFiles.Full(corpusDirectory, CorpusFiles.SplitFile);
        if (!File.Exists(path))
        {
            errors.Add(new CorpusError(CorpusFiles.SplitFile, null, null, "not found (run 'testimony corpus build')"));
            return SplitTable.Empty;
        }

        var before = errors.Count;
        var split = SplitTable.Load(corpusDirectory, errors);
        if (errors.Count == before && !string.Equals(ReadText(path), split.Serialize(), StringComparison.Ordinal))
        {
            errors.Add(new CorpusError(CorpusFiles.SplitFile, null, null, "not in canonical form: one 'id<TAB>split' line per id, sorted by id, LF endings"));
        }

        return split;
    }

    private static string? ReadText(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static List<GoldLine> LoadGold(string corpusDirectory, List<CorpusError> errors)
    {
        var lines = new List<GoldLine>();
        var path = CorpusFiles.Full(corpusDirectory, CorpusFiles.GoldFile);
        string text;
        try
        {
            var bytes = File.ReadAllBytes(path);
            if (!System.Text.Unicode.Utf8.IsValid(bytes))
            {
                errors.Add(new CorpusError(CorpusFiles.GoldFile, null, null, "not valid UTF-8"));
                return lines;
            }

            text = Encoding.UTF8.GetString(bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var why = e is FileNotFoundException or DirectoryNotFoundException ? "not found (run 'testimony corpus build')" : "cannot read (" + CorpusFiles.Describe(e) + ")";
            errors.Add(new CorpusError(CorpusFiles.GoldFile, null, null, why));
            return lines;
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        string? previous = null;
        var unsorted = false;
        foreach (var line in GoldJsonLines.Read(text))
        {
            var number = line.Number;
            if (line.IsEmpty)
            {
                errors.Add(new CorpusError(CorpusFiles.GoldFile, number, null, "empty line"));
                continue;
            }

            var gold = line.Gold;
            var id = gold?.Id ?? IdOf(line.Text);
            foreach (var problem in line.Problems)
            {
                errors.Add(new CorpusError(CorpusFiles.GoldFile, number, null, id is null ? problem : $"{id}: {problem}"));
            }

            if (id is null)
            {
                continue;
            }

            if (!seen.TryAdd(id, number))
            {
                errors.Add(new CorpusError(CorpusFiles.GoldFile, number, null, string.Create(
                    CultureInfo.InvariantCulture,
                    $"{id}: a second annotation line (the first is line {seen[id]})")));
                continue;
            }

            if (previous is not null && string.CompareOrdinal(previous, id) > 0 && !unsorted)
            {
                unsorted = true;
                errors.Add(new CorpusError(CorpusFiles.GoldFile, number, null, "lines are not sorted by id"));
            }

            previous = id;
            lines.Add(new GoldLine(number, id, gold, line.Text));
        }

        return lines;
    }

    // The id of a line that is JSON but not a valid annotation, so that its transcript and source can still be
    // matched to it.
    private static string? IdOf(string line)
    {
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(line);
            return document.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object
                && document.RootElement.TryGetProperty("id", out var id)
                && id.ValueKind == System.Text.Json.JsonValueKind.String
                    ? id.GetString()
                    : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private List<string> ListTranscripts(string corpusDirectory)
    {
        var folder = CorpusFiles.Full(corpusDirectory, CorpusFiles.TranscriptsFolder);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return Directory.EnumerateFiles(folder)
            .Where(path => _readers.TryGetReaderForPath(path, out _))
            .Select(path => CorpusFiles.TranscriptsFolder + "/" + Path.GetFileName(path))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static bool TryParseSource(GoldTestimony gold, out RawFormat format)
    {
        format = default;
        var prefix = CorpusFiles.TranscriptsFolder + "/" + gold.Id + ".";
        return gold.Source.StartsWith(prefix, StringComparison.Ordinal)
            && RawFormats.TryParse(gold.Source.AsSpan(prefix.Length), out format);
    }

    private Testimony? Read(string corpusDirectory, string source, out string? error, CancellationToken cancellationToken)
    {
        error = null;
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(CorpusFiles.Full(corpusDirectory, source));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = $"cannot read {source} ({CorpusFiles.Describe(e)})";
            return null;
        }

        if (!_readers.TryGetReaderForPath(source, out var reader))
        {
            error = $"no reader for {source}";
            return null;
        }

        var outcomes = reader.Read(source, bytes, cancellationToken).ToList();
        if (outcomes.Count == 1 && outcomes[0].TryGetTestimony(out var testimony))
        {
            return testimony;
        }

        error = outcomes.Count == 1
            ? $"the reader rejects {source}: {outcomes[0].Error!.Reason}"
            : string.Create(CultureInfo.InvariantCulture, $"{source} holds {outcomes.Count} testimonies instead of one");
        return null;
    }

    private void CheckUpToDate(string corpusDirectory, List<GoldLine> lines, List<CorpusError> errors, CancellationToken cancellationToken)
    {
        var marked = CorpusFiles.Full(corpusDirectory, CorpusFiles.MarkedFolder);
        if (!Directory.Exists(marked))
        {
            return;
        }

        var markedIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(marked, "*" + CorpusFiles.MarkedExtension))
        {
            if (MarkupParser.TryParseFileName(path, out var id, out _, out _))
            {
                markedIds.Add(id);
            }
        }

        var compilation = _builder.Compile(corpusDirectory, cancellationToken);
        errors.AddRange(compilation.Errors);
        var byId = lines.ToDictionary(l => l.Id, StringComparer.Ordinal);
        foreach (var compiled in compilation.Transcripts)
        {
            if (!byId.TryGetValue(compiled.Id, out var line))
            {
                errors.Add(new CorpusError(compiled.MarkedFile, null, null, $"not built: no line in {CorpusFiles.GoldFile} (run 'testimony corpus build')"));
                continue;
            }

            if (!string.Equals(line.Text, compiled.GoldLine, StringComparison.Ordinal))
            {
                errors.Add(new CorpusError(
                    CorpusFiles.GoldFile,
                    line.Number,
                    null,
                    $"{compiled.Id}: stale: does not match {compiled.MarkedFile} (run 'testimony corpus build')"));
            }

            var path = CorpusFiles.Full(corpusDirectory, compiled.TranscriptPath);
            if (File.Exists(path) && !FileEquals(path, compiled.Raw.AsSpan()))
            {
                errors.Add(new CorpusError(compiled.TranscriptPath, null, null, $"stale: does not match {compiled.MarkedFile} (run 'testimony corpus build')"));
            }
        }

        foreach (var line in lines)
        {
            if (!markedIds.Contains(line.Id))
            {
                errors.Add(new CorpusError(CorpusFiles.GoldFile, line.Number, null, $"{line.Id}: no marked source in {CorpusFiles.MarkedFolder}/ (run 'testimony corpus build')"));
            }
        }
    }

    private static bool FileEquals(string path, ReadOnlySpan<byte> bytes)
    {
        try
        {
            return File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private readonly record struct GoldLine(int Number, string Id, GoldTestimony? Gold, string Text);
}
