using System.CommandLine;
using System.Globalization;
using System.Net;
using Microsoft.Extensions.Hosting;
using TestimonyNlp.Review;
using TestimonyNlp.Store;

namespace TestimonyNlp.Cli;

/// <summary>
/// <c>review [--db DB] [--urls URL] [--trust-proxy ADDR]...</c>: serves the review queue over a store <c>process</c> made, on
/// http://127.0.0.1:5080 unless told otherwise, until Ctrl+C. Never creates a store.
/// </summary>
internal static class ReviewCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliConsole console)
    {
        var database = StoreOption.Create();
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen (default http://127.0.0.1:5080: this machine only).",
            HelpName = "URL",
            DefaultValueFactory = _ => ReviewOptions.Defaults.Urls,
        };
        var trustProxy = new Option<string[]>("--trust-proxy")
        {
            Description = "The IP address of a reverse proxy whose X-Forwarded-For and X-Forwarded-Proto headers are believed (repeat for several; none by default).",
            HelpName = "ADDR",
            AllowMultipleArgumentsPerToken = false,
        };
        trustProxy.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (!IPAddress.TryParse(token.Value, out _))
                {
                    result.AddError($"--trust-proxy: '{token.Value}' is not an IP address");
                }
            }
        });
        var command = new Command("review", "Serve the review queue (login required) over a store.") { database, urls, trustProxy };
        command.SetAction((parse, cancellationToken) => RunAsync(
            console,
            StoreOption.Value(parse, database),
            parse.GetValue(urls) ?? ReviewOptions.Defaults.Urls,
            [.. (parse.GetValue(trustProxy) ?? []).Select(IPAddress.Parse)],
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, string databasePath, string urls, IPAddress[] proxies, CancellationToken cancellationToken)
    {
        if (!await StoreOption.ExistsAsync(console, databasePath).ConfigureAwait(false))
        {
            return ExitCodes.Usage;
        }

        int users;
        try
        {
            // Opening migrates an older store once, before requests open their own connections.
            using var store = SqliteReviewStore.Open(databasePath);
            users = store.ReadUsers().Count;
        }
        catch (StoreException exception)
        {
            return await console.UsageAsync(exception.Message).ConfigureAwait(false);
        }

        if (users == 0)
        {
            await console.Error.WriteLineAsync(
                $"warning: no accounts yet; add one with 'testimony users add NAME --role admin --db {databasePath}'").ConfigureAwait(false);
        }

        await using var app = ReviewApp.Build(new ReviewOptions { Database = Path.GetFullPath(databasePath), Urls = urls, KnownProxies = proxies });
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException exception)
        {
            return await console.UsageAsync($"cannot listen on {urls}: {exception.Message}").ConfigureAwait(false);
        }

        await console.Error.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture, $"review queue on {string.Join(' ', app.Urls)} ({users} accounts); Ctrl+C stops it")).ConfigureAwait(false);
        foreach (var url in app.Urls.Where(url => !IsLoopback(url) && url.StartsWith("http:", StringComparison.OrdinalIgnoreCase)))
        {
            await console.Error.WriteLineAsync(
                $"warning: {url} is reachable from other machines without HTTPS: passwords and testimony cross the network in clear text").ConfigureAwait(false);
        }

        await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    /// <summary>True when <paramref name="url"/> listens on this machine only (127.0.0.0/8, ::1, localhost).</summary>
    internal static bool IsLoopback(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return false;
        }

        return uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
    }
}
