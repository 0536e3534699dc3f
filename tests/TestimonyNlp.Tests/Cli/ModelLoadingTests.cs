using System.Text.Json;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Cli;

public sealed class ModelLoadingTests
{
    [Fact]
    public async Task Extract_WeaponLexiconOfAnotherVersion_ExitsWithTwoNamingTheFile()
    {
        using var folder = new TempDirectory();
        var models = folder.File("models");
        Directory.CreateDirectory(models);
        foreach (var file in Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot, "models")))
        {
            File.Copy(file, Path.Combine(models, Path.GetFileName(file)));
        }

        var weapons = Path.Combine(models, "weapons.tsv");
        var lines = File.ReadAllLines(weapons);
        var formatLine = Array.FindIndex(lines, line => line.StartsWith("# format:", StringComparison.Ordinal));
        lines[formatLine] = "# format: testimony-weapons 99";
        File.WriteAllLines(weapons, lines);
        var input = folder.Write("in/a.txt", "A: The mortar fell on the bakery.\n");

        var cli = await CliRunner.RunAsync("extract", input, "--models", models);

        Assert.Equal(2, cli.ExitCode);
        var error = Assert.Single(cli.ErrorLines);
        Assert.StartsWith($"error: model file refused: {weapons}, line {formatLine + 1}: ", error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, cli.Output);
    }

    [Fact]
    public async Task Extract_ModelsFolderMissing_ExitsWithTwo()
    {
        using var folder = new TempDirectory();
        var input = folder.Write("a.txt", "A: The mortar fell on the bakery.\n");

        var cli = await CliRunner.RunAsync("extract", input, "--models", folder.File("no-models"));

        Assert.Equal(2, cli.ExitCode);
        Assert.StartsWith("error: cannot load the models in ", Assert.Single(cli.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_WitnessSentenceWithSpotters_FindsWeaponAndActorWithOffsets()
    {
        using var folder = new TempDirectory();
        const string content = "Q: What happened?\nA: A barrel bomb hit our street in Raqqa. Daesh fighters were nearby.\n";
        var input = folder.Write("w.txt", content);

        var cli = await CliRunner.RunAsync("extract", input, "--models", TestPaths.SpotterModels(folder.Path));

        Assert.Equal(0, cli.ExitCode);
        using var json = JsonDocument.Parse(cli.Output);
        var entities = json.RootElement.GetProperty("entities").EnumerateArray()
            .Select(e => (
                e.GetProperty("type").GetString(),
                e.GetProperty("text").GetString(),
                e.GetProperty("start").GetInt32(),
                e.GetProperty("normalized").GetString()))
            .Where(e => e.Item1 is "WEAPON" or "ACTOR")
            .ToArray();
        Assert.Equal(
            [("WEAPON", "barrel bomb", 23, "barrel bomb"), ("ACTOR", "Daesh", 60, "Islamic State")],
            entities);
    }
}
