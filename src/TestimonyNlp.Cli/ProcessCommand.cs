using System.Collections.Concurrent;
using System.CommandLine;
using System.Globalization;
using TestimonyNlp.Entities;
using TestimonyNlp.Entities.Places;
using TestimonyNlp.Linking.Sites;
using TestimonyNlp.Model;
using TestimonyNlp.Pipeline;
using TestimonyNlp.Store;

namespace TestimonyNlp.Cli;

/// <summary>
/// <c>process PATH... [--db DB] [--out DIR]</c>: the bulk job. Stores every new testimony with its results,
/// skips what the store already holds, links the claims of the whole store to sites and incidents, and writes the CSV and
/// GeoJSON files.
/// </summary>
internal static class ProcessCommand
{
    /// <summary>Default settings.</summary>
    public static class Defaults
    {
        /// <summary>The store used when <c>--db</c> is not given.</summary>
        public const string Database = "testimony.db";

        /// <summary>The output folder used when <c>--out</c> is not given.</summary>
        public const string OutputDirectory = "out";
    }

    /// <summary>Builds the command.</summary>
    public static Command Create(CliConsole console)
    {
        var paths = CommonOptions.Paths();
        var database = StoreOption.Create("The SQLite store, created on first use.");
        var output = new Option<string>("--out", "-o")
        {
            Description = "Folder for testimonies.csv, entities.csv, claims.csv, incidents.csv, sites.csv and sites.geojson.",
            HelpName = "DIR",
            DefaultValueFactory = _ => Defaults.OutputDirectory,
        };
        var quiet = CommonOptions.Quiet();
        var threads = CommonOptions.Threads();
        var maxFile = CommonOptions.MaxFileMegabytes();
        var models = CommonOptions.Models();

        var command = new Command("process", "Ingest transcripts into the store, run the pipeline, and write the CSV and GeoJSON outputs.")
        {
            paths, database, output, quiet, threads, maxFile, models,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var settings = new RunSettings(
                parse.GetValue(paths) ?? [],
                parse.GetValue(threads),
                (long)parse.GetValue(maxFile) * 1024 * 1024,
                ShowProgress: console.OutputIsTerminal && !parse.GetValue(quiet),
                ModelsDirectory: parse.GetValue(models));
            return RunAsync(
                console,
                settings,
                StoreOption.Value(parse, database),
                parse.GetValue(output) ?? Defaults.OutputDirectory,
                cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(
        CliConsole console,
        RunSettings settings,
        string databasePath,
        string outputDirectory,
        CancellationToken cancellationToken)
    {
        if (TranscriptRun.TryCreatePipeline(console, settings) is not { } pipeline)
        {
            return ExitCodes.Usage;
        }

        SqliteTestimonyStore store;
        try
        {
            store = SqliteTestimonyStore.Open(databasePath);
        }
        catch (StoreException exception)
        {
            return await console.UsageAsync(exception.Message).ConfigureAwait(false);
        }

        using (store)
        {
            // SQLite connections are not thread-safe: workers ask whether a testimony is stored while the
            // consumer thread saves, so both go through one lock. Each call is a single indexed lookup or a
            // single transaction, so the lock is held briefly.
            var storeLock = new Lock();
            var seenThisRun = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);

            bool ShouldProcess(Testimony testimony)
            {
                if (!seenThisRun.TryAdd(testimony.ContentSha256, 0))
                {
                    return false;
                }

                lock (storeLock)
                {
                    return !store.ContainsContent(testimony.ContentSha256);
                }
            }

            void Save(TestimonyResult result)
            {
                lock (storeLock)
                {
                    store.Save(result);
                }
            }

            var run = new TranscriptRun(console, settings);
            var statistics = await run.RunAsync(pipeline, ShouldProcess, Save, cancellationToken).ConfigureAwait(false);

            // Linking runs over the whole store, not this run's files: sites named by earlier runs take in the new
            // spellings, and ids stay as they were because they depend only on what each site is.
            IncidentLinkSummary incidents;
            try
            {
                LinkSites(store, settings, cancellationToken);

                // Incidents need each claim's site, so they are linked after the sites, over the whole store too.
                incidents = new IncidentStoreLinker().Link(store, cancellationToken);
            }
            catch (StoreException exception)
            {
                await console.Error.WriteLineAsync($"error: {exception.Message}").ConfigureAwait(false);
                await console.Error.WriteLineAsync(statistics.Summary()).ConfigureAwait(false);
                return ExitCodes.Usage;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ModelFormatException)
            {
                // The pipeline loaded the same gazetteer at the start, so this means it changed during the run.
                await console.Error.WriteLineAsync($"error: cannot load the gazetteer to link sites ({exception.GetType().Name}: {exception.Message})").ConfigureAwait(false);
                await console.Error.WriteLineAsync(statistics.Summary()).ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            try
            {
                new CsvExporter().Export(store, outputDirectory);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                await console.Error.WriteLineAsync($"error: cannot write outputs to {outputDirectory}: {exception.GetType().Name}").ConfigureAwait(false);
                await console.Error.WriteLineAsync(statistics.Summary()).ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            await console.Error.WriteLineAsync(IncidentLine(incidents)).ConfigureAwait(false);
            await console.Error.WriteLineAsync(
                $"store: {databasePath}; outputs: {Path.Combine(outputDirectory, "testimonies.csv")}, entities.csv, claims.csv, incidents.csv, sites.csv, sites.geojson")
                .ConfigureAwait(false);
            await console.Error.WriteLineAsync(statistics.Summary()).ConfigureAwait(false);
            return TranscriptRun.ExitCodeFor(statistics);
        }
    }

    /// <summary>The summary line of incident linking.</summary>
    internal static string IncidentLine(IncidentLinkSummary summary) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"incidents: {summary.Incidents} ({summary.Corroborated} corroborated, {summary.Contested} contested) from {summary.Claims} claims of {summary.Witnesses} witnesses");

    /// <summary>Resolves the site of every stored claim with the gazetteer the pipeline loads.</summary>
    private static SiteLinkSummary LinkSites(ITestimonyStore store, RunSettings settings, CancellationToken cancellationToken)
    {
        var models = settings.ModelsDirectory ?? DefaultPipeline.DefaultModelsDirectory;
        var gazetteer = PlaceGazetteer.Load(Path.Combine(models, DefaultPipeline.Defaults.PlacesFile));
        return new SiteLinker(new SiteResolver(gazetteer)).Link(store, cancellationToken);
    }
}
