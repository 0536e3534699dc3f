using System.Collections.Immutable;
using System.Text;
using TestimonyNlp.Ingest;
using TestimonyNlp.Model;

namespace TestimonyNlp.Training.Corpus;

/// <summary>One marked source built in memory: its raw transcript and its gold annotation.</summary>
/// <param name="Id">The corpus id.</param>
/// <param name="Format">The raw format.</param>
/// <param name="MarkedFile">The marked source, relative to the corpus folder.</param>
/// <param name="TranscriptPath">The raw transcript, relative to the corpus folder.</param>
/// <param name="Raw">The raw transcript's bytes.</param>
/// <param name="Testimony">What the project's reader makes of <paramref name="Raw"/>.</param>
/// <param name="Gold">The gold annotation.</param>
/// <param name="GoldLine">The annotation's line in <c>gold.jsonl</c>, without terminator.</param>
public sealed record CompiledTranscript(
    string Id,
    RawFormat Format,
    string MarkedFile,
    string TranscriptPath,
    ImmutableArray<byte> Raw,
    Testimony Testimony,
    GoldTestimony Gold,
    string GoldLine);

/// <summary>Every marked source of a corpus built in memory, sorted by id, or the errors that stop the build.</summary>
/// <param name="Transcripts">The built transcripts of the sources without errors, by id.</param>
/// <param name="Errors">Every error found, by file.</param>
public sealed record CorpusCompilation(ImmutableArray<CompiledTranscript> Transcripts, ImmutableArray<CorpusError> Errors)
{
    /// <summary>True when no source has an error.</summary>
    public bool Success => Errors.IsEmpty;

    /// <summary>The text of <c>gold.jsonl</c>: one line per transcript, sorted by id.</summary>
    public string GoldText()
    {
        var text = new StringBuilder();
        foreach (var transcript in Transcripts)
        {
            text.Append(transcript.GoldLine).Append('\n');
        }

        return text.ToString();
    }
}

/// <summary>What <see cref="CorpusBuilder.Build"/> did.</summary>
public sealed record CorpusBuildResult
{
    /// <summary>Errors that stopped the build; nothing was written when there are any.</summary>
    public ImmutableArray<CorpusError> Errors { get; init; } = [];

    /// <summary>The transcripts built, by id.</summary>
    public ImmutableArray<CompiledTranscript> Transcripts { get; init; } = [];

    /// <summary>Split assignments made by this build.</summary>
    public ImmutableArray<SplitAssignment> Added { get; init; } = [];

    /// <summary>Raw transcripts removed because no marked source produces them any more (relative paths).</summary>
    public ImmutableArray<string> Removed { get; init; } = [];

    /// <summary>True when the corpus was built.</summary>
    public bool Success => Errors.IsEmpty;
}

/// <summary>
/// Builds the corpus from its marked sources: for each <c>marked/&lt;id&gt;.&lt;format&gt;.mk</c> the raw transcript
/// <c>transcripts/&lt;id&gt;.&lt;format&gt;</c> as it would arrive; the reader's view of that file; every mark mapped
/// onto the reader's content; one line per transcript in <c>annotations/gold.jsonl</c>; and new ids placed in
/// <c>split.tsv</c>. The same sources always give the same bytes.
/// </summary>
public sealed class CorpusBuilder
{
    private readonly TranscriptReaders _readers;

    /// <summary>Creates a builder that reads raw transcripts back with <paramref name="readers"/> (default: the
    /// project's readers).</summary>
    public CorpusBuilder(TranscriptReaders? readers = null)
    {
        _readers = readers ?? TranscriptReaders.Default;
    }

    /// <summary>Builds every marked source of <paramref name="corpusDirectory"/> in memory; writes nothing.</summary>
    public CorpusCompilation Compile(string corpusDirectory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corpusDirectory);
        var errors = new List<CorpusError>();
        var actors = CanonicalActors.Load(corpusDirectory, out var actorError);
        if (actors is null)
        {
            return new CorpusCompilation([], [actorError!]);
        }

        var marked = CorpusFiles.Full(corpusDirectory, CorpusFiles.MarkedFolder);
        if (!Directory.Exists(marked))
        {
            return new CorpusCompilation([], [new CorpusError(CorpusFiles.MarkedFolder + "/", null, null, "folder not found")]);
        }

        var files = Directory.EnumerateFiles(marked, "*" + CorpusFiles.MarkedExtension)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal)
            .ToList();

        var parser = new MarkupParser(actors);
        var results = new CompiledTranscript?[files.Count];
        var fileErrors = new List<CorpusError>[files.Count];
        Parallel.For(
            0,
            files.Count,
            new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount },
            k =>
            {
                fileErrors[k] = [];
                var relative = CorpusFiles.MarkedFolder + "/" + files[k];
                byte[] bytes;
                try
                {
                    bytes = File.ReadAllBytes(Path.Combine(marked, files[k]));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    fileErrors[k].Add(new CorpusError(relative, null, null, "cannot read (" + CorpusFiles.Describe(e) + ")"));
                    return;
                }

                results[k] = CompileSource(parser, actors, relative, bytes, fileErrors[k], cancellationToken);
            });

        var byId = new Dictionary<string, string>(StringComparer.Ordinal);
        var transcripts = new List<CompiledTranscript>();
        for (var k = 0; k < files.Count; k++)
        {
            errors.AddRange(fileErrors[k]);
            if (results[k] is not { } compiled)
            {
                continue;
            }

            if (!byId.TryAdd(compiled.Id, compiled.MarkedFile))
            {
                errors.Add(new CorpusError(compiled.MarkedFile, null, null, $"a second marked source for id {compiled.Id} (the first is {byId[compiled.Id]})"));
                continue;
            }

            transcripts.Add(compiled);
        }

        transcripts.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return new CorpusCompilation([.. transcripts], [.. errors]);
    }

    /// <summary>
    /// Parses and builds one marked source: its raw transcript, the reader's view of it, and its gold annotation.
    /// </summary>
    /// <param name="parser">The parser.</param>
    /// <param name="actors">The canonical actors, for the final check of the annotation.</param>
    /// <param name="markedFile">The marked source, relative to the corpus folder (<c>marked/x.txt.mk</c>).</param>
    /// <param name="bytes">Its bytes.</param>
    /// <param name="errors">Receives every error.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The built transcript, or null when there are errors.</returns>
    public CompiledTranscript? CompileSource(
        MarkupParser parser,
        CanonicalActors actors,
        string markedFile,
        ReadOnlySpan<byte> bytes,
        List<CorpusError> errors,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(errors);
        var parsed = parser.Parse(markedFile, bytes);
        if (!parsed.Success)
        {
            errors.AddRange(parsed.Errors);
            return null;
        }

        var source = parsed.Source;
        var transcriptPath = CorpusFiles.TranscriptPath(source.Id, source.Format);
        var raw = RawTranscriptWriter.Write(source);
        if (!_readers.TryGetReader(source.Format.ToExtension(), out var reader))
        {
            errors.Add(new CorpusError(markedFile, null, null, $"no reader for .{source.Format.ToExtension()} files"));
            return null;
        }

        var outcomes = reader.Read(transcriptPath, raw, cancellationToken).ToList();
        if (outcomes.Count != 1 || !outcomes[0].TryGetTestimony(out var testimony))
        {
            var reason = outcomes.Count == 1 ? outcomes[0].Error!.Reason : $"{outcomes.Count} testimonies instead of one";
            errors.Add(new CorpusError(markedFile, null, null, $"the project's reader rejects the built {transcriptPath}: {reason}"));
            return null;
        }

        var before = errors.Count;
        var gold = GoldAnnotator.Annotate(source, testimony, transcriptPath, errors);
        if (gold is null)
        {
            return null;
        }

        foreach (var problem in GoldValidator.Validate(gold, testimony, actors))
        {
            errors.Add(new CorpusError(markedFile, null, null, "the built annotation is invalid: " + problem));
        }

        if (errors.Count > before)
        {
            return null;
        }

        return new CompiledTranscript(
            source.Id,
            source.Format,
            markedFile,
            transcriptPath,
            ImmutableArray.Create(raw),
            testimony,
            gold,
            GoldJson.Serialize(gold));
    }

    /// <summary>
    /// Builds the corpus and writes it: raw transcripts, <c>annotations/gold.jsonl</c> and <c>split.tsv</c>. Raw
    /// transcripts no marked source produces any more are removed; their split lines stay. When any source has an
    /// error nothing is written.
    /// </summary>
    public CorpusBuildResult Build(string corpusDirectory, CancellationToken cancellationToken = default)
    {
        var compilation = Compile(corpusDirectory, cancellationToken);
        if (!compilation.Success)
        {
            return new CorpusBuildResult { Errors = compilation.Errors };
        }

        var splitErrors = new List<CorpusError>();
        var split = SplitTable.Load(corpusDirectory, splitErrors);
        if (splitErrors.Count > 0)
        {
            return new CorpusBuildResult { Errors = [.. splitErrors] };
        }

        split = split.AssignNew(
            compilation.Transcripts.Select(t => (t.Id, (IEnumerable<string>)t.Gold.Incidents)),
            out var added);

        var written = new HashSet<string>(StringComparer.Ordinal);
        ImmutableArray<string> removed;
        string? writing = null;
        try
        {
            foreach (var transcript in compilation.Transcripts)
            {
                writing = transcript.TranscriptPath;
                var path = CorpusFiles.Full(corpusDirectory, transcript.TranscriptPath);
                written.Add(Path.GetFullPath(path));
                if (!File.Exists(path) || !File.ReadAllBytes(path).AsSpan().SequenceEqual(transcript.Raw.AsSpan()))
                {
                    CorpusFiles.WriteAtomically(path, transcript.Raw.AsSpan());
                }
            }

            writing = CorpusFiles.TranscriptsFolder + "/";
            removed = RemoveOrphans(corpusDirectory, written);
            writing = CorpusFiles.GoldFile;
            CorpusFiles.WriteAtomically(CorpusFiles.Full(corpusDirectory, CorpusFiles.GoldFile), Encoding.UTF8.GetBytes(compilation.GoldText()));
            writing = CorpusFiles.SplitFile;
            CorpusFiles.WriteAtomically(CorpusFiles.Full(corpusDirectory, CorpusFiles.SplitFile), Encoding.UTF8.GetBytes(split.Serialize()));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new CorpusBuildResult { Errors = [new CorpusError(writing ?? ".", null, null, "cannot write (" + CorpusFiles.Describe(e) + ")")] };
        }

        return new CorpusBuildResult
        {
            Transcripts = compilation.Transcripts,
            Added = added,
            Removed = removed,
        };
    }

    private ImmutableArray<string> RemoveOrphans(string corpusDirectory, HashSet<string> written)
    {
        var folder = CorpusFiles.Full(corpusDirectory, CorpusFiles.TranscriptsFolder);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var removed = new List<string>();
        foreach (var path in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            if (_readers.TryGetReaderForPath(path, out _) && !written.Contains(Path.GetFullPath(path)))
            {
                File.Delete(path);
                removed.Add(CorpusFiles.TranscriptsFolder + "/" + Path.GetFileName(path));
            }
        }

        return [.. removed];
    }
}
