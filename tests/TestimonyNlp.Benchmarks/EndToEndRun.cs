using System.Diagnostics;
using System.Globalization;
using TestimonyNlp.Cli;

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

    /// <summary>Runs it. Arguments: <c>[--words N] [--repeat N] [--samples DIR]</c>.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var words = Defaults.Words;
        var repetitions = Defaults.Repetitions;
        string? samples = null;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--words": words = long.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--repeat": repetitions = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--samples": samples = args[i + 1]; break;
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
                var exit = await CliApp.RunAsync(
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
