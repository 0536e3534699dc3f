using Spectre.Console;
using TestimonyNlp.Entities;
using TestimonyNlp.Ingest;
using TestimonyNlp.Model;
using TestimonyNlp.Pipeline;

namespace TestimonyNlp.Cli;

/// <summary>
/// What <c>extract</c> and <c>process</c> share: reading the inputs, running the pipeline in parallel, naming
/// every bad input on stderr, showing progress on a terminal and writing the summary line.
/// </summary>
internal sealed class TranscriptRun
{
    private readonly CliConsole _console;
    private readonly RunSettings _settings;

    /// <summary>Creates a run with the given settings.</summary>
    public TranscriptRun(CliConsole console, RunSettings settings)
    {
        _console = console;
        _settings = settings;
    }

    /// <summary>
    /// Runs the pipeline over the inputs. <paramref name="shouldProcess"/> filters testimonies already handled
    /// (called from worker threads); <paramref name="onResult"/> receives each processed testimony on this thread
    /// in input order.
    /// </summary>
    public async Task<RunStatistics> RunAsync(
        TestimonyPipeline pipeline,
        Func<Testimony, bool> shouldProcess,
        Action<TestimonyResult> onResult,
        CancellationToken cancellationToken)
    {
        var statistics = new RunStatistics();
        var processor = new BatchProcessor(pipeline, _settings.Threads);

        if (_settings.ShowProgress)
        {
            var total = InputSources.Count(_settings.Paths);
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
            await console.Progress()
                .AutoClear(true)
                .Columns(
                    new TaskDescriptionColumn(),
                    new ProgressBarColumn(),
                    new PercentageColumn(),
                    new ThroughputColumn(statistics),
                    new ElapsedTimeColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask("transcripts", maxValue: Math.Max(total, 1));
                    await RunCoreAsync(processor, statistics, shouldProcess, onResult, () => task.Increment(1), cancellationToken)
                        .ConfigureAwait(false);
                    task.Value = task.MaxValue;
                })
                .ConfigureAwait(false);
        }
        else
        {
            await RunCoreAsync(processor, statistics, shouldProcess, onResult, null, cancellationToken).ConfigureAwait(false);
        }

        statistics.Stop();
        return statistics;
    }

    private async Task RunCoreAsync(
        BatchProcessor processor,
        RunStatistics statistics,
        Func<Testimony, bool> shouldProcess,
        Action<TestimonyResult> onResult,
        Action? onInputCompleted,
        CancellationToken cancellationToken)
    {
        var inputs = InputSources.Create(_settings.Paths, _settings.MaxFileBytes);
        await processor.RunAsync(
            inputs,
            shouldProcess,
            item =>
            {
                switch (item)
                {
                    case BatchItem.Processed processed:
                        ReportWarnings(processed.Result.Testimony, statistics);
                        statistics.Processed++;
                        statistics.Words += processed.Result.Words;
                        onResult(processed.Result);
                        break;
                    case BatchItem.Skipped:
                        statistics.AlreadyStored++;
                        break;
                    case BatchItem.Failed failed:
                        statistics.Failures++;
                        _console.Error.WriteLine($"error: {failed.Error}");
                        break;
                    case BatchItem.InputCompleted:
                        statistics.Files++;
                        onInputCompleted?.Invoke();
                        break;
                }
            },
            cancellationToken).ConfigureAwait(false);
    }

    private void ReportWarnings(Testimony testimony, RunStatistics statistics)
    {
        if (testimony.Warnings.IsDefaultOrEmpty)
        {
            return;
        }

        statistics.Warnings++;
        foreach (var warning in testimony.Warnings)
        {
            _console.Error.WriteLine($"warning: {testimony.Source}: {warning}");
        }
    }

    /// <summary>
    /// Checks the settings' numbers and loads the pipeline's models, or names on stderr the setting that is out of
    /// range or the model file that is missing or wrong and returns null.
    /// </summary>
    public static TestimonyPipeline? TryCreatePipeline(CliConsole console, RunSettings settings)
    {
        if (settings.Threads < 1 || settings.MaxFileBytes < 1)
        {
            console.Error.WriteLine("error: --threads and --max-file-mb must be at least 1");
            return null;
        }

        var directory = settings.ModelsDirectory ?? DefaultPipeline.DefaultModelsDirectory;
        try
        {
            return DefaultPipeline.Create(directory);
        }
        catch (ModelFormatException exception)
        {
            console.Error.WriteLine($"error: model file refused: {exception.Message}");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"error: cannot load the models in {directory} ({exception.GetType().Name}: {exception.Message})");
        }

        return null;
    }

    /// <summary>The exit code a finished run earns.</summary>
    public static int ExitCodeFor(RunStatistics statistics) =>
        statistics.Failures > 0 || statistics.Warnings > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
}

/// <summary>Settings of one run, from the command line.</summary>
/// <param name="Paths">Files and folders to read.</param>
/// <param name="Threads">Testimonies processed in parallel.</param>
/// <param name="MaxFileBytes">Largest single-testimony file accepted.</param>
/// <param name="ShowProgress">Whether to draw a progress bar.</param>
/// <param name="ModelsDirectory">The models folder, or null for the default.</param>
internal sealed record RunSettings(
    IReadOnlyList<string> Paths,
    int Threads,
    long MaxFileBytes,
    bool ShowProgress,
    string? ModelsDirectory = null);
