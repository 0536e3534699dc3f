using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using TestimonyNlp.Ingest;

namespace TestimonyNlp.Training.Corpus;

/// <summary>
/// The gold corpus as typed records: every line of <c>annotations/gold.jsonl</c> with its split from
/// <c>split.tsv</c>. For the <c>train</c> and <c>eval</c> commands; run <c>testimony corpus check</c> first, since
/// loading only checks the structure.
/// </summary>
public sealed class GoldCorpus
{
    private GoldCorpus(string directory, ImmutableArray<GoldTestimony> testimonies)
    {
        CorpusDirectory = directory;
        Testimonies = testimonies;
    }

    /// <summary>The corpus folder.</summary>
    public string CorpusDirectory { get; }

    /// <summary>Every annotated transcript, by id.</summary>
    public ImmutableArray<GoldTestimony> Testimonies { get; }

    /// <summary>
    /// Loads the corpus in <paramref name="corpusDirectory"/>. A missing file throws
    /// <see cref="FileNotFoundException"/>; a malformed line, or a transcript without split entry, throws
    /// <see cref="InvalidDataException"/> naming the file and line.
    /// </summary>
    public static GoldCorpus Load(string corpusDirectory)
    {
        ArgumentNullException.ThrowIfNull(corpusDirectory);
        var splitErrors = new List<CorpusError>();
        var splitPath = CorpusFiles.Full(corpusDirectory, CorpusFiles.SplitFile);
        if (!File.Exists(splitPath))
        {
            throw new FileNotFoundException("the split file is missing (run 'testimony corpus build')", splitPath);
        }

        var split = SplitTable.Parse(File.ReadAllText(splitPath), splitErrors);
        if (splitErrors.Count > 0)
        {
            throw new InvalidDataException(splitErrors[0].ToString());
        }

        var goldPath = CorpusFiles.Full(corpusDirectory, CorpusFiles.GoldFile);
        var testimonies = ImmutableArray.CreateBuilder<GoldTestimony>();
        foreach (var line in GoldJsonLines.Read(File.ReadAllText(goldPath, Encoding.UTF8)))
        {
            if (line.IsEmpty)
            {
                continue;
            }

            if (line.Gold is not { } gold)
            {
                throw new InvalidDataException(new CorpusError(CorpusFiles.GoldFile, line.Number, null, line.Problems[0]).ToString());
            }

            if (!split.Assignments.TryGetValue(gold.Id, out var assigned))
            {
                throw new InvalidDataException(new CorpusError(
                    CorpusFiles.GoldFile,
                    line.Number,
                    null,
                    string.Create(CultureInfo.InvariantCulture, $"{gold.Id}: no entry in {CorpusFiles.SplitFile}")).ToString());
            }

            testimonies.Add(gold with { Split = assigned });
        }

        return new GoldCorpus(corpusDirectory, [.. testimonies.OrderBy(t => t.Id, StringComparer.Ordinal)]);
    }

    /// <summary>
    /// A corpus of <paramref name="testimonies"/> whose sources are relative to <paramref name="directory"/>, without
    /// split (such as a reviewed export): only to read their transcripts.
    /// </summary>
    public static GoldCorpus Over(string directory, ImmutableArray<GoldTestimony> testimonies)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return new GoldCorpus(directory, testimonies);
    }

    /// <summary>The same corpus with only the transcripts whose ids are in <paramref name="ids"/>, each keeping its split.</summary>
    public GoldCorpus Only(IReadOnlySet<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return new GoldCorpus(CorpusDirectory, [.. Testimonies.Where(t => ids.Contains(t.Id))]);
    }

    /// <summary>The transcripts of one split, by id.</summary>
    public IEnumerable<GoldTestimony> InSplit(CorpusSplit split) => Testimonies.Where(t => t.Split == split);

    /// <summary>Reads the raw transcript of <paramref name="gold"/> with the project's readers: the testimony
    /// whose content the annotation's offsets point into, or why it could not be read.</summary>
    public IngestOutcome ReadTranscript(GoldTestimony gold, TranscriptReaders? readers = null)
    {
        ArgumentNullException.ThrowIfNull(gold);
        readers ??= TranscriptReaders.Default;
        if (!readers.TryGetReaderForPath(gold.Source, out var reader))
        {
            return IngestOutcome.ForFailure(gold.Source, readers.UnsupportedReason(gold.Source));
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(CorpusFiles.Full(CorpusDirectory, gold.Source));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return IngestOutcome.ForFailure(gold.Source, "cannot read file (" + CorpusFiles.Describe(e) + ")");
        }

        var outcomes = reader.Read(gold.Source, bytes, CancellationToken.None).ToList();
        return outcomes.Count == 1
            ? outcomes[0]
            : IngestOutcome.ForFailure(gold.Source, string.Create(CultureInfo.InvariantCulture, $"{outcomes.Count} testimonies instead of one"));
    }
}
