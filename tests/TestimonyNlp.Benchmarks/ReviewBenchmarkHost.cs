using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TestimonyNlp.Review;
using TestimonyNlp.Store;

namespace TestimonyNlp.Benchmarks;

/// <summary>
/// The review app hosted in process (<see cref="WebApplicationFactory{TEntryPoint}"/>) over a generated store, with
/// one reviewer account and a middleware, outside the app's own, that times every request on the server side.
/// </summary>
internal sealed class ReviewBenchmarkHost : WebApplicationFactory<global::TestimonyNlp.Review.Program>
{
    /// <summary>The reviewer who logs in.</summary>
    public const string ReviewerName = "bench";

    // Generated for this run only: the store is a temporary file of fictional testimonies.
    private const string ReviewerPassword = "bench-password-1";

    private readonly string _database;

    /// <summary>Adds the reviewer to the store at <paramref name="database"/> (which must exist).</summary>
    public ReviewBenchmarkHost(string database)
    {
        _database = database;
        using var store = SqliteReviewStore.Open(database);
        store.AddUser(ReviewerName, ReviewRole.Reviewer, ReviewPasswords.Hash(ReviewerPassword));
    }

    /// <summary>The server-side time of every request, in the order they arrived.</summary>
    public ServerTimings Timings { get; } = new();

    /// <summary>Logs the reviewer in and returns a session with its cookie and anti-forgery token, whose accept round
    /// trips go through the entities with row ids 1 to <paramref name="entities"/>.</summary>
    public async Task<ReviewSession> LogInAsync(long entities)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var token = await ReviewSession.TokenAsync(client, "/login").ConfigureAwait(false);
        var response = await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["name"] = ReviewerName,
            ["password"] = ReviewerPassword,
            ["returnUrl"] = "/",
        })).ConfigureAwait(false);
        ReviewSession.Expect(HttpStatusCode.SeeOther, response, "login");
        return new ReviewSession(client, await ReviewSession.TokenAsync(client, "/").ConfigureAwait(false), entities);
    }

    /// <inheritdoc/>
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureLogging(logging => logging.ClearProviders());
        builder.ConfigureServices(services =>
        {
            services.AddSingleton(new ReviewOptions { Database = _database });
            services.AddSingleton<IStartupFilter>(new TimingStartupFilter(Timings));
        });
    }

    /// <inheritdoc/>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        // The app serves no files; outside a test assembly the factory's guess of its project folder can miss.
        builder.UseContentRoot(AppContext.BaseDirectory);
        return base.CreateHost(builder);
    }

    /// <summary>Puts the timing middleware before every middleware of the app.</summary>
    private sealed class TimingStartupFilter(ServerTimings timings) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                var sequence = timings.NextSequence();
                var started = Stopwatch.GetTimestamp();
                await nextMiddleware(context).ConfigureAwait(false);
                timings.Add(sequence, ServerTimings.KeyOf(context.Request), Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            });
            next(app);
        };
    }
}

/// <summary>Server-side request times, by kind of request (<c>GET /</c>, <c>GET /items</c>, <c>POST accept</c>).</summary>
internal sealed class ServerTimings
{
    /// <summary>The queue page.</summary>
    public const string Queue = "GET /";

    /// <summary>An item's page.</summary>
    public const string Item = "GET /items/{item}";

    /// <summary>An accept.</summary>
    public const string Accept = "POST /items/{item}/accept";

    private readonly ConcurrentQueue<(long Sequence, string Key, double Milliseconds)> _entries = new();
    private long _sequence;

    /// <summary>The number of the request that arrives now.</summary>
    public long NextSequence() => Interlocked.Increment(ref _sequence);

    /// <summary>Records one request's time.</summary>
    public void Add(long sequence, string key, double milliseconds) => _entries.Enqueue((sequence, key, milliseconds));

    /// <summary>Forgets what was recorded (after a warm-up).</summary>
    public void Clear() => _entries.Clear();

    /// <summary>The times of <paramref name="key"/> in the order the requests arrived.</summary>
    public IReadOnlyList<double> Of(string key) =>
        _entries.Where(e => e.Key == key).OrderBy(e => e.Sequence).Select(e => e.Milliseconds).ToList();

    /// <summary>The kind of a request.</summary>
    public static string KeyOf(HttpRequest request)
    {
        var path = request.Path.Value ?? string.Empty;
        if (path == "/")
        {
            return request.Method + " /";
        }

        if (path.StartsWith("/items/", StringComparison.Ordinal))
        {
            var action = path.IndexOf('/', "/items/".Length);
            return action < 0 ? request.Method + " /items/{item}" : request.Method + " /items/{item}" + path[action..];
        }

        return request.Method + " " + path;
    }

    /// <summary>The value below which <paramref name="share"/> of <paramref name="values"/> lie (nearest rank).</summary>
    public static double Percentile(IReadOnlyList<double> values, double share)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(share * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }
}

/// <summary>A logged-in reviewer's client: the queue page and accept round trips over the generated entities.</summary>
internal sealed partial class ReviewSession(HttpClient client, string token, long entities)
{
    private readonly Dictionary<long, int> _versions = [];
    private long _nextEntity;

    /// <summary>GETs the queue page; returns its length in characters.</summary>
    public async Task<int> QueueAsync()
    {
        var response = await client.GetAsync("/").ConfigureAwait(false);
        Expect(HttpStatusCode.OK, response, "queue page");
        return (await response.Content.ReadAsStringAsync().ConfigureAwait(false)).Length;
    }

    /// <summary>Opens the next entity's page (taking its lease) and accepts it with the version it shows.</summary>
    public async Task AcceptRoundTripAsync()
    {
        var rowId = (_nextEntity % entities) + 1;
        _nextEntity++;
        var item = "entity-" + rowId.ToString(CultureInfo.InvariantCulture);
        var page = await client.GetAsync("/items/" + item).ConfigureAwait(false);
        Expect(HttpStatusCode.OK, page, "item page");
        var version = _versions.GetValueOrDefault(rowId, 1);
        var response = await client.PostAsync("/items/" + item + "/accept", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["version"] = version.ToString(CultureInfo.InvariantCulture),
        })).ConfigureAwait(false);
        Expect(HttpStatusCode.SeeOther, response, "accept");
        _versions[rowId] = version + 1;
    }

    /// <summary>The first anti-forgery token of the page at <paramref name="path"/>.</summary>
    public static async Task<string> TokenAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path).ConfigureAwait(false);
        Expect(HttpStatusCode.OK, response, path);
        var match = TokenField().Match(await response.Content.ReadAsStringAsync().ConfigureAwait(false));
        return match.Success
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException($"no anti-forgery token on {path}");
    }

    /// <summary>Throws when the benchmark's request did not get the answer it must get.</summary>
    public static void Expect(HttpStatusCode expected, HttpResponseMessage response, string what)
    {
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException($"{what}: {(int)response.StatusCode}, expected {(int)expected}");
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
