using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Spectre.Console;
using TestimonyNlp.Model;
using TestimonyNlp.Store;

namespace TestimonyNlp.Cli;

/// <summary>
/// <c>incidents [--db DB] [--grade G] [--json]</c>: prints the incidents of a store with their grade, sources, toll,
/// dates, site, weapon, actor and contested fields: a table on a terminal, aligned plain text otherwise, one JSON
/// object per line with <c>--json</c>. Reads a store <c>process</c> made; never creates one.
/// </summary>
internal static class IncidentsCommand
{
    private static readonly string[] Headers =
        ["incident", "grade", "sources", "toll", "date", "site", "weapon", "actor", "conflicts"];

    /// <summary>Builds the command.</summary>
    public static Command Create(CliConsole console)
    {
        var database = StoreOption.Create();
        var grade = new Option<string?>("--grade")
        {
            Description = "Only incidents of this grade: CORROBORATED, SINGLE_SOURCE or CONTESTED.",
            HelpName = "G",
        };
        var json = new Option<bool>("--json")
        {
            Description = "Write one JSON object per incident and line (JSON Lines) instead of a table.",
        };

        var command = new Command("incidents", "Print the incidents linked across the testimonies of a store.")
        {
            database, grade, json,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            console,
            StoreOption.Value(parse, database),
            parse.GetValue(grade),
            parse.GetValue(json),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        CliConsole console, string databasePath, string? gradeText, bool json, CancellationToken cancellationToken)
    {
        IncidentGrade? grade = null;
        if (gradeText is not null)
        {
            if (!Vocabulary.TryParseIncidentGrade(gradeText.Trim().Replace('-', '_').ToUpperInvariant(), out var parsed))
            {
                return await console.UsageAsync($"--grade must be CORROBORATED, SINGLE_SOURCE or CONTESTED, not '{gradeText}'").ConfigureAwait(false);
            }

            grade = parsed;
        }

        if (!await StoreOption.ExistsAsync(console, databasePath).ConfigureAwait(false))
        {
            return ExitCodes.Usage;
        }

        List<IncidentRow> rows;
        try
        {
            using var store = SqliteTestimonyStore.Open(databasePath);
            var siteNames = store.ReadSites().ToDictionary(s => s.SiteId, s => s.Name, StringComparer.Ordinal);
            rows = store.ReadIncidents()
                .Where(i => grade is null || i.Grade == grade)
                .Select(i => new IncidentRow(i, i.SiteId is { } siteId ? siteNames.GetValueOrDefault(siteId) : null))
                .ToList();
        }
        catch (StoreException exception)
        {
            return await console.UsageAsync(exception.Message).ConfigureAwait(false);
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (json)
        {
            WriteJsonLines(console.Output, rows);
        }
        else if (console.OutputIsTerminal)
        {
            WriteTable(console.Output, rows);
        }
        else
        {
            WritePlain(console.Output, rows);
        }

        await console.Error.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture, $"{rows.Count} incidents")).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private static void WriteTable(Stream output, List<IncidentRow> rows)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { AutoFlush = true };
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer) });

        // The output is wrapped in a writer, so the console cannot see the terminal's width by itself.
        if (TerminalWidth() is { } width)
        {
            console.Profile.Width = width;
        }

        var table = new Table().Border(TableBorder.Rounded);
        foreach (var header in Headers)
        {
            table.AddColumn(new TableColumn(header));
        }

        foreach (var row in rows)
        {
            table.AddRow(row.Cells().Select(Markup.Escape).ToArray());
        }

        console.Write(table);
    }

    private static int? TerminalWidth()
    {
        try
        {
            return Console.WindowWidth > 0 ? Console.WindowWidth : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Columns padded to their widest cell and separated by two spaces; trailing spaces trimmed.</summary>
    private static void WritePlain(Stream output, List<IncidentRow> rows)
    {
        var cells = new List<string[]> { Headers };
        cells.AddRange(rows.Select(r => r.Cells()));
        var widths = new int[Headers.Length];
        foreach (var line in cells)
        {
            for (var i = 0; i < line.Length; i++)
            {
                widths[i] = Math.Max(widths[i], line[i].Length);
            }
        }

        using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
        var builder = new StringBuilder();
        foreach (var line in cells)
        {
            builder.Clear();
            for (var i = 0; i < line.Length; i++)
            {
                builder.Append(line[i]);
                if (i < line.Length - 1)
                {
                    builder.Append(' ', widths[i] - line[i].Length + 2);
                }
            }

            writer.Write(builder.ToString().TrimEnd());
            writer.Write('\n');
        }
    }

    private static void WriteJsonLines(Stream output, List<IncidentRow> rows)
    {
        // As extract writes: names stay readable (Bərdə, not B\u0259rd\u0259); the output is never embedded in HTML.
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        foreach (var row in rows)
        {
            var incident = row.Incident;
            writer.Reset();
            writer.WriteStartObject();
            writer.WriteString("incident_id", incident.IncidentId);
            writer.WriteString("grade", incident.Grade.ToWire());
            writer.WriteNumber("independent_sources", incident.IndependentSources);
            WriteStrings(writer, "testimonies", incident.Testimonies);
            WriteNumber(writer, "victims_min", incident.VictimsMin);
            WriteNumber(writer, "victims_max", incident.VictimsMax);
            writer.WriteString("date_from", FormatDate(incident.DateFrom));
            writer.WriteString("date_to", FormatDate(incident.DateTo));
            writer.WriteString("site_id", incident.SiteId);
            writer.WriteString("site_name", row.SiteName);
            writer.WriteString("weapon", incident.Weapon?.ToWire());
            writer.WriteString("actor", incident.Actor);
            WriteStrings(writer, "conflicts", incident.Conflicts);
            WriteStrings(writer, "previous_ids", incident.PreviousIds);
            writer.WriteEndObject();
            writer.Flush();
            output.WriteByte((byte)'\n');
        }
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, ImmutableArray<string> values)
    {
        writer.WriteStartArray(name);
        if (!values.IsDefault)
        {
            foreach (var value in values)
            {
                writer.WriteStringValue(value);
            }
        }

        writer.WriteEndArray();
    }

    private static void WriteNumber(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static string? FormatDate(DateOnly? date) =>
        date?.ToString(IsoDate.Format, CultureInfo.InvariantCulture);

    /// <summary>One incident with the name of its site.</summary>
    private sealed record IncidentRow(StoredIncident Incident, string? SiteName)
    {
        /// <summary>The cells of the table: toll as <c>4</c>, <c>4-6</c> or <c>3+</c>; dates as one day or
        /// <c>from..to</c>; sources as independent sources / testimonies.</summary>
        public string[] Cells() =>
        [
            Incident.IncidentId,
            Incident.Grade.ToWire(),
            string.Create(CultureInfo.InvariantCulture, $"{Incident.IndependentSources}/{Incident.Testimonies.Length}"),
            Toll(Incident.VictimsMin, Incident.VictimsMax),
            Dates(Incident.DateFrom, Incident.DateTo),
            SiteName ?? Incident.SiteId ?? string.Empty,
            Incident.Weapon?.ToWire() ?? string.Empty,
            Incident.Actor ?? string.Empty,
            Incident.Conflicts.IsDefaultOrEmpty ? string.Empty : string.Join(',', Incident.Conflicts),
        ];

        private static string Toll(int? min, int? max) => (min, max) switch
        {
            (null, null) => string.Empty,
            ({ } a, null) => string.Create(CultureInfo.InvariantCulture, $"{a}+"),
            (null, { } b) => string.Create(CultureInfo.InvariantCulture, $"0-{b}"),
            ({ } a, { } b) when a == b => a.ToString(CultureInfo.InvariantCulture),
            ({ } a, { } b) => string.Create(CultureInfo.InvariantCulture, $"{a}-{b}"),
        };

        private static string Dates(DateOnly? from, DateOnly? to) => (FormatDate(from), FormatDate(to)) switch
        {
            (null, null) => string.Empty,
            ({ } a, { } b) when a == b => a,
            (var a, var b) => $"{a ?? "?"}..{b ?? "?"}",
        };
    }
}
