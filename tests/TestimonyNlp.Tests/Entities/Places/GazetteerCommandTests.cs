using TestimonyNlp.Entities.Places;
using TestimonyNlp.Tests.Cli;

namespace TestimonyNlp.Tests.Entities.Places;

/// <summary><c>testimony gazetteer build</c>, run in-process on the tiny packages.</summary>
public sealed class GazetteerCommandTests
{
    [Fact]
    public async Task Build_TinyPackages_WritesLoadableFileAndSummary()
    {
        using var packages = new TinyPackages();
        var output = packages.File("out/places.bin");

        var result = await CliRunner.RunAsync(
            "gazetteer", "build", "--cities", packages.CitiesFolder, "--countries", packages.CountriesFolder,
            "--aliases", packages.AliasesPath, "--stoplist", packages.StopListPath, "--out", output);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Output);
        var summary = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith(
            $"wrote {output}: {new FileInfo(output).Length:N0} bytes, 5 towns, 4 regions, 2 countries, 1 added by hand, 15 names (1 aliases), 1 stop phrases, 5 rows skipped; built in ",
            summary,
            StringComparison.Ordinal);
        Assert.Equal(12, PlaceGazetteer.Load(output).Count);
    }

    [Fact]
    public async Task Build_MissingPackage_ErrorAndExitTwo()
    {
        using var packages = new TinyPackages();
        var missing = packages.File("absent");

        var result = await CliRunner.RunAsync(
            "gazetteer", "build", "--cities", missing, "--aliases", packages.AliasesPath, "--stoplist", packages.StopListPath,
            "--out", packages.File("places.bin"));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal([$"error: {missing}: no such file or folder"], result.ErrorLines);
        Assert.False(File.Exists(packages.File("places.bin")));
    }

    [Fact]
    public async Task Build_WithoutCities_UsageErrorExitTwo()
    {
        var result = await CliRunner.RunAsync("gazetteer", "build");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["error: Option '--cities' is required."], result.ErrorLines);
    }
}
