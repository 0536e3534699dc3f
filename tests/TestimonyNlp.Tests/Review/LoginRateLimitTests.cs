using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using TestimonyNlp.Review;
using TestimonyNlp.Store;
using TestimonyNlp.Tests.Cli;
using static TestimonyNlp.Tests.Review.ReviewTestHost;

namespace TestimonyNlp.Tests.Review;

/// <summary>
/// The login rate limit per (client address, user name) and its ceiling per client address, and forwarded headers
/// believed from trusted proxies only.
/// The test server has no peer address, so a startup filter sets it from <c>X-Test-Peer</c> before the app runs.
/// </summary>
public sealed class LoginRateLimitTests : IDisposable
{
    private const string PeerHeader = "X-Test-Peer";
    private const string Proxy = "10.0.0.1";

    private readonly ReviewTestHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Login_ElevenTriesForOneNameFromOneAddress_EleventhTooManyAndAnotherNameStillGetsThrough()
    {
        using var factory = Behind([]);
        var client = Client(factory, "192.0.2.7");
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await LoginAsync(client, ReviewerName, "guess-" + i)).StatusCode);
        }

        var eleventh = await LoginAsync(client, ReviewerName, ReviewerPassword);
        var otherName = await LoginAsync(Client(factory, "192.0.2.7"), OtherReviewerName, OtherReviewerPassword);

        Assert.Equal(HttpStatusCode.TooManyRequests, eleventh.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, otherName.StatusCode);
    }

    [Fact]
    public async Task Login_SixtyTriesOverSixNamesFromOneAddress_SixtyFirstTooManyEvenRightAndAnotherAddressGetsThrough()
    {
        using var factory = Behind([]);
        var client = Client(factory, "192.0.2.7");
        for (var i = 0; i < 60; i++)
        {
            // Ten tries for each of six names: none of them over its own limit.
            Assert.Equal(HttpStatusCode.Unauthorized, (await LoginAsync(client, "name-" + (i / 10), "guess-" + i)).StatusCode);
        }

        var sixtyFirst = await LoginAsync(client, ReviewerName, ReviewerPassword);
        var otherAddress = await LoginAsync(Client(factory, "192.0.2.8"), ReviewerName, ReviewerPassword);

        Assert.Equal(HttpStatusCode.TooManyRequests, sixtyFirst.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, otherAddress.StatusCode);
    }

    [Fact]
    public async Task Login_SixtyTriesFromOneAddress_PagesOtherThanLoginNotLimited()
    {
        using var factory = Behind([]);
        var client = Client(factory, "192.0.2.7");
        for (var i = 0; i < 60; i++)
        {
            await LoginAsync(client, "name-" + (i / 10), "guess-" + i);
        }

        var loginPage = await client.GetAsync("/login");

        Assert.Equal(HttpStatusCode.OK, loginPage.StatusCode);
        Assert.Equal(60, ReviewOptions.Defaults.LoginAttemptsPerAddressPerMinute);
    }

    [Fact]
    public async Task Login_NameInOtherCaseAndSpaces_CountsAsTheSameName()
    {
        using var factory = Behind([]);
        var client = Client(factory, "192.0.2.7");
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await LoginAsync(client, i % 2 == 0 ? "RITA" : " rita ", "guess-" + i)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await LoginAsync(client, ReviewerName, ReviewerPassword)).StatusCode);
    }

    [Fact]
    public async Task Login_ForwardedForFromUntrustedPeer_IgnoredAndThePeerIsLimited()
    {
        using var factory = Behind([IPAddress.Parse(Proxy)]);
        var client = Client(factory, "192.0.2.7");
        for (var i = 0; i < 10; i++)
        {
            Forward(client, "198.51.100." + (i + 1));
            Assert.Equal(HttpStatusCode.Unauthorized, (await LoginAsync(client, ReviewerName, "guess-" + i)).StatusCode);
        }

        Forward(client, "198.51.100.99");
        var response = await LoginAsync(client, ReviewerName, ReviewerPassword);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
    }

    [Fact]
    public async Task Login_ForwardedForFromTrustedProxy_EachClientBehindItLimitedApart()
    {
        using var factory = Behind([IPAddress.Parse(Proxy)]);
        var client = Client(factory, Proxy);
        Forward(client, "198.51.100.1");
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await LoginAsync(client, ReviewerName, "guess-" + i)).StatusCode);
        }

        var sameClient = await LoginAsync(client, ReviewerName, ReviewerPassword);
        var colleague = Client(factory, Proxy);
        Forward(colleague, "198.51.100.2");
        var otherClient = await LoginAsync(colleague, ReviewerName, ReviewerPassword);

        Assert.Equal(HttpStatusCode.TooManyRequests, sameClient.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, otherClient.StatusCode);
    }

    [Theory]
    [InlineData(" Rita ", "rita")]
    [InlineData("RİTA", "rİta")]
    [InlineData(null, "")]
    public void Fold_SubmittedName_TrimmedAndAsciiLowerCased(string? name, string expected) =>
        Assert.Equal(expected, LoginRateLimit.Fold(name));

    [Fact]
    public void Fold_LongName_CutToLongestAccountName() =>
        Assert.Equal(new string('a', ReviewLimits.MaxUserNameLength), LoginRateLimit.Fold(new string('A', ReviewLimits.MaxUserNameLength + 50)));

    [Fact]
    public async Task Review_TrustProxyNotAnAddress_UsageError()
    {
        var cli = await CliRunner.RunAsync("review", "--db", _host.DatabasePath, "--trust-proxy", "proxy.example");

        Assert.Equal(2, cli.ExitCode);
        Assert.Contains("--trust-proxy: 'proxy.example' is not an IP address", cli.Error, StringComparison.Ordinal);
    }

    private WebApplicationFactory<global::TestimonyNlp.Review.Program> Behind(IPAddress[] proxies) =>
        _host.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
        {
            services.AddSingleton(new ReviewOptions { Database = _host.DatabasePath, KnownProxies = proxies });
            services.AddSingleton<IStartupFilter>(new PeerFromHeader());
        }));

    private static HttpClient Client(WebApplicationFactory<global::TestimonyNlp.Review.Program> factory, string peer)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.Add(PeerHeader, peer);
        return client;
    }

    private static void Forward(HttpClient client, string address)
    {
        client.DefaultRequestHeaders.Remove("X-Forwarded-For");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
    }

    /// <summary>Sets the connection's remote address from <see cref="PeerHeader"/>, as a real peer would have it.</summary>
    private sealed class PeerFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                if (context.Request.Headers.TryGetValue(PeerHeader, out var peer))
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(peer.ToString());
                }

                return following(context);
            });
            next(app);
        };
    }
}
