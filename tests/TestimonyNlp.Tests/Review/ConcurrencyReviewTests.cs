using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using TestimonyNlp.Review;
using TestimonyNlp.Store;
using static TestimonyNlp.Tests.Review.ReviewTestHost;

namespace TestimonyNlp.Tests.Review;

/// <summary>
/// Twenty reviewers, each logged in with their own cookie and anti-forgery token, save to the same three items at
/// once through HTTP: every save is applied (303) or refused (409), and the audit log accounts for every applied one.
/// </summary>
public sealed partial class ConcurrencyReviewTests : IDisposable
{
    private const int Reviewers = 20;
    private const string Password = "crowd-password-1";

    private static readonly ReviewItemRef[] Items = [Weapon, Place, Person];
    private static readonly string[] Types = ["PERSON", "PLACE", "WEAPON", "ACTOR", "DATE"];

    private readonly ReviewTestHost _host = new();

    public ConcurrencyReviewTests()
    {
        using var store = _host.OpenStore();
        var hash = ReviewPasswords.Hash(Password);
        for (var i = 0; i < Reviewers; i++)
        {
            store.AddUser(Name(i), ReviewRole.Reviewer, hash);
        }
    }

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Saves_TwentyReviewersInLockstepRounds_OneAppliedPerItemPerRoundAndEachAudited()
    {
        const int Rounds = 3;
        var reviewers = await LogInAllAsync();
        var saves = new List<Save>();

        for (var round = 0; round < Rounds; round++)
        {
            // All open their item first, then all save with the version they read: whoever opened an item first
            // holds its lease, so exactly one save per item applies and the others are refused.
            var targets = Enumerable.Range(0, Reviewers).Select(i => Items[(i + round) % Items.Length]).ToArray();
            var versions = await Task.WhenAll(Enumerable.Range(0, Reviewers).Select(i => ReadVersionAsync(reviewers[i].Client, targets[i])));
            Assert.All(versions, v => Assert.Equal(1 + round, v));
            saves.AddRange(await Task.WhenAll(Enumerable.Range(0, Reviewers).Select(i => SaveAsync(reviewers[i], i, targets[i], versions[i]))));
        }

        Assert.Equal(Reviewers * Rounds, saves.Count);
        Assert.Equal(Items.Length * Rounds, saves.Count(s => s.Status == HttpStatusCode.SeeOther));
        Assert.Equal((Reviewers - Items.Length) * Rounds, saves.Count(s => s.Status == HttpStatusCode.Conflict));
        using var store = _host.OpenStore();
        Assert.All(Items, item => Assert.Equal(1 + Rounds, store.ReadItem(item)!.Version));
        Assert.All(Items, item => Assert.Equal([2, 3, 4], store.ReadHistory(item).Select(e => e.VersionAfter)));
        AssertAuditMatchesAppliedSaves(store, saves);
    }

    [Fact]
    public async Task Saves_TwentyReviewersUnsynchronised_EverySaveAppliedOrStaleAndNoneLost()
    {
        const int SavesEach = 5;
        var reviewers = await LogInAllAsync();

        var perReviewer = await Task.WhenAll(Enumerable.Range(0, Reviewers).Select(async i =>
        {
            var own = new List<Save>();
            for (var k = 0; k < SavesEach; k++)
            {
                var item = Items[(i + k) % Items.Length];
                var version = await ReadVersionAsync(reviewers[i].Client, item);
                own.Add(await SaveAsync(reviewers[i], i, item, version));
            }

            return own;
        }));
        var saves = perReviewer.SelectMany(s => s).ToList();

        Assert.Equal(Reviewers * SavesEach, saves.Count);
        Assert.All(saves, s => Assert.Contains(s.Status, new[] { HttpStatusCode.SeeOther, HttpStatusCode.Conflict }));
        using var store = _host.OpenStore();
        foreach (var item in Items)
        {
            var applied = saves.Count(s => s.Item == item && s.Status == HttpStatusCode.SeeOther);
            Assert.Equal(1 + applied, store.ReadItem(item)!.Version);
            Assert.Equal(Enumerable.Range(2, applied), store.ReadHistory(item).Select(e => e.VersionAfter));
        }

        AssertAuditMatchesAppliedSaves(store, saves);
    }

    /// <summary>One row per applied save (reviewer, item, action), and no other row.</summary>
    private static void AssertAuditMatchesAppliedSaves(SqliteReviewStore store, List<Save> saves)
    {
        var applied = saves.Where(s => s.Status == HttpStatusCode.SeeOther)
            .Select(s => (s.Reviewer, s.Item.ToString(), s.Action))
            .Order()
            .ToList();
        var audited = store.ReadAudit(0, 1000)
            .Select(e => (e.Reviewer, e.Ref.ToString(), e.Action))
            .Order()
            .ToList();
        Assert.Equal(applied, audited);
    }

    private async Task<Reviewer[]> LogInAllAsync() =>
        await Task.WhenAll(Enumerable.Range(0, Reviewers).Select(async i =>
        {
            var client = ClientFrom(i);
            var response = await LoginAsync(client, Name(i), Password);
            Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
            return new Reviewer(Name(i), client, await TokenAsync(client, "/"));
        }));

    /// <summary>A client with its own cookies and its own client address: login attempts are limited per address,
    /// and twenty people in one office would not share one.</summary>
    private HttpClient ClientFrom(int index)
    {
        var server = _host.Server.CreateHandler(context => context.Connection.RemoteIpAddress = new IPAddress([10, 0, 0, (byte)(index + 1)]));
        return new HttpClient(new CookieContainerHandler { InnerHandler = server }) { BaseAddress = new Uri("http://localhost") };
    }

    private static async Task<int> ReadVersionAsync(HttpClient client, ReviewItemRef item)
    {
        var response = await client.GetAsync("/items/" + item);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var match = VersionField().Match(await response.Content.ReadAsStringAsync());
        Assert.True(match.Success);
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Even reviewers accept; odd ones change the type (each to its own).</summary>
    private static async Task<Save> SaveAsync(Reviewer reviewer, int index, ReviewItemRef item, int version)
    {
        var versionText = version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var (action, content) = index % 2 == 0
            ? (ReviewAction.Accept, Form((Token, reviewer.Token), ("version", versionText)))
            : (ReviewAction.ChangeType, Form((Token, reviewer.Token), ("version", versionText), ("type", Types[index % Types.Length])));
        var path = $"/items/{item}/{(action == ReviewAction.Accept ? "accept" : "type")}";
        var response = await reviewer.Client.PostAsync(path, content);
        return new Save(reviewer.Name, item, action, response.StatusCode);
    }

    private static string Name(int index) => "reviewer" + (index + 1).ToString("00", System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("<dd id=\"field-version\">([0-9]+)</dd>")]
    private static partial Regex VersionField();

    private sealed record Reviewer(string Name, HttpClient Client, string Token);

    private sealed record Save(string Reviewer, ReviewItemRef Item, ReviewAction Action, HttpStatusCode Status);
}
