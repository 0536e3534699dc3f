using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using TestimonyNlp.Cli;
using TestimonyNlp.Pipeline;
using TestimonyNlp.Serialization;
using TestimonyNlp.Text;

namespace TestimonyNlp.Benchmarks;

/// <summary>
/// The end-to-end throughput run: builds a collection of about one million words by copying the sample
/// transcripts, runs <c>testimony extract</c> on it in-process (all cores, output to a file), and prints words
/// per second with the core count. Not a BenchmarkDotNet benchmark: one long run over a realistic folder is the
/// measurement, repeated a few times to show the spread.
/// </summary>
internal static class EndToEndRun
{
    /// <summary>Default settings.</summary>
    public static class Defaults
    {
        /// <summary>Words in the generated collection.</summary>
        public const long Words = 1_000_000;

        /// <summary>Measured repetitions after one warm-up.</summary>
        public const int Repetitions = 3;
    }

    /// <summary>
    /// Runs it. Arguments: <c>[--words N] [--repeat N] [--samples DIR] [--stages text|all]</c>. With
    /// <c>--stages text</c> the run measures ingest and segmentation alone (reading, decoding, speaker turns,
    /// tokens, sentences, JSON output) through the same batch processor, without the entity stages.
    /// </summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var words = Defaults.Words;
        var repetitions = Defaults.Repetitions;
        string? samples = null;
        var textOnly = false;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--words": words = long.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--repeat": repetitions = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--samples": samples = args[i + 1]; break;
                case "--stages": textOnly = args[i + 1] == "text"; break;
                default: Console.Error.WriteLine($"unknown argument {args[i]}"); return 2;
            }
        }

        samples ??= Path.Combine(RepositoryRoot.Find(), "corpus", "samples");
        var collection = Path.Combine(Path.GetTempPath(), "testimony-e2e-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (files, generatedWords) = Generate(samples, collection, words);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"collection: {files:N0} files, ~{generatedWords:N0} words (whitespace-separated), {Environment.ProcessorCount} cores"));

            var output = Path.Combine(collection, "..", Path.GetFileName(collection) + ".jsonl");
            for (var run = 0; run <= repetitions; run++)
            {
                var error = new StringWriter();
                var clock = Stopwatch.StartNew();
                var exit = textOnly
                    ? await ExtractTextOnlyAsync(collection, output, error).ConfigureAwait(false)
                    : await CliApp.RunAsync(
                        ["extract", collection, "--out", output, "--quiet"],
                        new CliConsole(Stream.Null, error, OutputIsTerminal: false)).ConfigureAwait(false);
                clock.Stop();
                var summary = error.ToString().Trim().Split('\n')[^1];
                var label = run == 0 ? "warm-up" : $"run {run}";
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{label}: exit {exit}, {clock.Elapsed.TotalSeconds:0.000} s, {generatedWords / clock.Elapsed.TotalSeconds:N0} words/s wall clock; {summary}"));
            }

            File.Delete(output);
            return 0;
        }
        finally
        {
            Directory.Delete(collection, recursive: true);
        }
    }

    // The extract loop with the text stage alone: what the foundation's throughput target is about.
    private static async Task<int> ExtractTextOnlyAsync(string collection, string output, TextWriter error)
    {
        var pipeline = new TestimonyPipeline([new TextStage()]);
        long words = 0;
        var testimonies = 0;
        var clock = Stopwatch.StartNew();
        await using var file = new FileStream(output, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        using var json = new Utf8JsonWriter(file, TestimonyJsonWriter.Options);
        await new BatchProcessor(pipeline, Environment.ProcessorCount).RunAsync(
            InputSources.Create([collection], 64L * 1024 * 1024),
            _ => true,
            item =>
            {
                if (item is BatchItem.Processed processed)
                {
                    TestimonyJsonWriter.Write(json, processed.Result);
                    json.Flush();
                    json.Reset();
                    file.WriteByte((byte)'\n');
                    words += processed.Result.Words;
                    testimonies++;
                }
            },
            CancellationToken.None).ConfigureAwait(false);
        error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"text stage only: {testimonies:N0} testimonies, {words:N0} words, {clock.Elapsed.TotalSeconds:0.00} s ({words / clock.Elapsed.TotalSeconds:N0} words/s)"));
        return 0;
    }

    private static (int Files, long Words) Generate(string samples, string collection, long targetWords)
    {
        var sources = Directory.EnumerateFiles(samples, "*", SearchOption.AllDirectories)
            .Where(path => Path.GetExtension(path) is ".txt" or ".srt" or ".vtt" or ".docx" or ".jsonl")
            .Order(StringComparer.Ordinal)
            .Select(path => (Path: path, Words: CountWords(path)))
            .ToArray();
        if (sources.Length == 0)
        {
            throw new InvalidOperationException("no sample transcripts found");
        }

        long words = 0;
        var files = 0;
        while (words < targetWords)
        {
            foreach (var (path, count) in sources)
            {
                var folder = Path.Combine(collection, (files / 1000).ToString("D4", CultureInfo.InvariantCulture));
                Directory.CreateDirectory(folder);
                File.Copy(path, Path.Combine(folder, $"{files:D6}-{Path.GetFileName(path)}"));
                files++;
                words += count;
            }
        }

        return (files, words);
    }

    private static long CountWords(string path)
    {
        if (Path.GetExtension(path) == ".docx")
        {
            // Word documents are compressed; their size says little. The sample ones are a few hundred words.
            return 400;
        }

        var text = File.ReadAllText(path);
        return text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).LongLength;
    }
}
