using System.CommandLine;
using System.Globalization;
using TestimonyNlp.Store;

namespace TestimonyNlp.Cli;

/// <summary>
/// <c>export (--annotations DIR | --csv DIR [--pseudonymise]) [--db DB]</c>: writes the reviewed data of a store,
/// as training data in the corpus annotation format (<see cref="ReviewedAnnotationExport"/>) and/or as CSV
/// (<see cref="ReviewedCsvExport"/>), with person names replaced by stable pseudonyms on request. Reads a store
/// <c>process</c> made; never creates one.
/// </summary>
internal static class ExportCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliConsole console)
    {
        var database = StoreOption.Create("The SQLite store that 'process' wrote and reviewers corrected.");
        var annotations = new Option<string?>("--annotations")
        {
            Description = "Write reviewed testimonies as training data (reviewed.jsonl and transcripts/) into this folder.",
            HelpName = "DIR",
        };
        var csv = new Option<string?>("--csv")
        {
            Description = "Write testimonies, entities, claims and incidents of reviewed data as CSV into this folder.",
            HelpName = "DIR",
        };
        var pseudonymise = new Option<bool>("--pseudonymise", "--pseudonymize")
        {
            Description = "With --csv: replace every person name with a stable pseudonym (Person-...), for sharing outside the team.",
        };

        var command = new Command("export", "Export reviewed data: training annotations, or CSV with optional pseudonyms.")
        {
            database, annotations, csv, pseudonymise,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            console,
            new Request(
                StoreOption.Value(parse, database),
                parse.GetValue(annotations),
                parse.GetValue(csv),
                parse.GetValue(pseudonymise)),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, Request request, CancellationToken cancellationToken)
    {
        if (Validate(request) is { } usage)
        {
            return await console.UsageAsync(usage).ConfigureAwait(false);
        }

        if (!await StoreOption.ExistsAsync(console, request.Database).ConfigureAwait(false))
        {
            return ExitCodes.Usage;
        }

        var messages = new List<string>();
        try
        {
            using var store = SqliteTestimonyStore.Open(request.Database);
            if (request.Annotations is { } annotationsDirectory)
            {
                var written = new ReviewedAnnotationExport().Export(store, annotationsDirectory);
                messages.Add(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{written.Testimonies} reviewed testimonies ({written.Entities} entities, {written.Claims} claims, {written.Reviewed} of them reviewed; {written.Incomplete} left out as incomplete; {written.Rejected} rejected, as negatives) written to {written.AnnotationsPath}"));
            }

            cancellationToken.ThrowIfCancellationRequested();
            if (request.Csv is { } csvDirectory)
            {
                var pseudonymiser = request.Pseudonymise ? Pseudonymiser.ForStore(request.Database) : null;
                var written = new ReviewedCsvExport().Export(store, csvDirectory, pseudonymiser);
                var pseudonyms = request.Pseudonymise
                    ? string.Create(CultureInfo.InvariantCulture, $", {written.Pseudonyms} people pseudonymised")
                    : string.Empty;
                messages.Add(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{written.Testimonies} testimonies, {written.Entities} entities, {written.Claims} claims, {written.Incidents} incidents{pseudonyms} written to {written.Directory}"));
            }
        }
        catch (StoreException exception)
        {
            return await console.UsageAsync(exception.Message).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The message names a path of the output folder, never testimony text.
            return await console.UsageAsync($"the export cannot be written: {exception.Message}").ConfigureAwait(false);
        }

        foreach (var message in messages)
        {
            await console.Error.WriteLineAsync(message).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }

    private static string? Validate(Request request)
    {
        if (request.Annotations is null && request.Csv is null)
        {
            return "export needs --annotations DIR or --csv DIR (or both)";
        }

        if ((request.Annotations is not null && string.IsNullOrWhiteSpace(request.Annotations))
            || (request.Csv is not null && string.IsNullOrWhiteSpace(request.Csv)))
        {
            return "an export folder must not be empty";
        }

        if (request.Pseudonymise && request.Csv is null)
        {
            return "--pseudonymise applies to --csv; training annotations keep the names the models learn from";
        }

        if (request.Annotations is not null && request.Csv is not null
            && string.Equals(Path.GetFullPath(request.Annotations), Path.GetFullPath(request.Csv), StringComparison.Ordinal))
        {
            return "--annotations and --csv need two different folders";
        }

        return null;
    }

    /// <summary>What the user asked for.</summary>
    private sealed record Request(string Database, string? Annotations, string? Csv, bool Pseudonymise);
}
