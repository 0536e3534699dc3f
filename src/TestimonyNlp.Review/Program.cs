namespace TestimonyNlp.Review;

/// <summary>
/// Runs the review app on its own (<c>dotnet run --project src/TestimonyNlp.Review -- --db DB --urls URL</c>);
/// the usual way is <c>testimony review</c>. Also the entry point <c>WebApplicationFactory</c> hosts in tests.
/// </summary>
public sealed class Program
{
    private Program()
    {
    }

    /// <summary>Starts the app with <c>--db</c> and <c>--urls</c> from <paramref name="args"/>.</summary>
    public static async Task<int> Main(string[] args)
    {
        var options = new ReviewOptions();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            options = args[i] switch
            {
                "--db" => options with { Database = args[i + 1] },
                "--urls" => options with { Urls = args[i + 1] },
                _ => options,
            };
        }

        await using var app = ReviewApp.Build(options, args);
        await app.RunAsync().ConfigureAwait(false);
        return 0;
    }
}
