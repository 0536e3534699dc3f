namespace TestimonyNlp.Review;

/// <summary>
/// Runs the review app on its own (<c>dotnet run --project src/TestimonyNlp.Review -- --db DB --urls URL</c>);
/// the usual way is <c>testimony review</c>, which first checks that the store exists. Also the entry point
/// <c>WebApplicationFactory</c> hosts in tests.
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
        for (var i = 0; i + 1 < args.Length; i++)
        {
            switch (args[i])
            {
                case "--db":
                    options = options with { Database = args[++i] };
                    break;
                case "--urls":
                    options = options with { Urls = args[++i] };
                    break;
            }
        }

        await using var app = ReviewApp.Build(options, args);
        await app.RunAsync().ConfigureAwait(false);
        return 0;
    }
}
