using System.CommandLine;

namespace TestimonyNlp.Cli;

/// <summary>The <c>--db</c> option of the commands that work on a store, and the check the commands other than
/// <c>process</c> make before opening it (they never create one).</summary>
internal static class StoreOption
{
    /// <summary>The <c>--db</c> option, <see cref="ProcessCommand.Defaults.Database"/> unless given.</summary>
    public static Option<string> Create(string description = Defaults.Description) => new("--db")
    {
        Description = description,
        HelpName = "DB",
        DefaultValueFactory = _ => ProcessCommand.Defaults.Database,
    };

    /// <summary>The store <paramref name="parse"/> names with <paramref name="database"/>.</summary>
    public static string Value(ParseResult parse, Option<string> database) =>
        parse.GetValue(database) ?? ProcessCommand.Defaults.Database;

    /// <summary>True when <paramref name="databasePath"/> exists; otherwise false, after an error line saying how to
    /// make it.</summary>
    public static async Task<bool> ExistsAsync(CliConsole console, string databasePath)
    {
        if (File.Exists(databasePath))
        {
            return true;
        }

        await console.Error.WriteLineAsync(
            $"error: {databasePath} does not exist; run 'testimony process PATH... --db {databasePath}' first").ConfigureAwait(false);
        return false;
    }

    /// <summary>Default values.</summary>
    public static class Defaults
    {
        /// <summary>What <c>--db</c> means to a command that reads a store.</summary>
        public const string Description = "The SQLite store that 'process' wrote.";
    }
}
