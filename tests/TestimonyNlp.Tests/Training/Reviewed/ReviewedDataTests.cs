using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using TestimonyNlp.Claims;
using TestimonyNlp.Model;
using TestimonyNlp.Pipeline;
using TestimonyNlp.Tests.Support;
using TestimonyNlp.Tests.Training.Corpus;
using TestimonyNlp.Text;
using TestimonyNlp.Training;
using TestimonyNlp.Training.Corpus;
using TestimonyNlp.Training.Reviewed;

namespace TestimonyNlp.Tests.Training.Reviewed;

/// <summary>Reading reviewed sets, refusing dev and test transcripts, and what a reviewed testimony teaches.
/// People are fictional; places are real.</summary>
public sealed class ReviewedDataTests : IDisposable
{
    private const string Content = "A: A bomb killed Omar Nasser in Idlib. A shell injured Lina Haddad. Soldiers took Sami Khoury away.";

    private readonly CorpusTestFolder _corpus = new();
    private readonly TempDirectory _folder = new();

    public ReviewedDataTests()
    {
        _corpus.Mark(CorpusSamples.TxtName, CorpusSamples.Txt);
        _corpus.Mark(CorpusSamples.VttName, CorpusSamples.Vtt);
        _corpus.Build();
        _corpus.Write("split.tsv", "sy-aleppo-901\ttrain\nsy-idlib-404\tdev\nye-taiz-001\ttest\n");
    }

    public void Dispose()
    {
        _corpus.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public void Load_ReviewStatuses_ReadInOrderAndMissingOrUnknownIsUnreviewed()
    {
        var set = Load(Line("sy-idlib-501", "ID-501", Content, ["ACCEPTED", "REJECTED", null, "MAYBE"], []));

        var testimony = Assert.Single(set.Testimonies);
        Assert.Equal([ItemReview.Accepted, ItemReview.Rejected, ItemReview.Unreviewed, ItemReview.Unreviewed], testimony.EntityReviews.ToArray());
        Assert.Equal(["e1"], testimony.TaughtEntities.Select(e => e.Id));
        Assert.Equal([(17, 28), (32, 37)], testimony.ReviewedEntitySpans);
        Assert.Equal(64, set.Sha256.Length);
    }

    [Fact]
    public void Load_MalformedLine_FailsNamingFileAndLine()
    {
        var directory = _folder.File("broken");
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "reviewed.jsonl"), "{\"id\": 1}\n");

        var load = ReviewedSet.Load(directory);

        Assert.Null(load.Set);
        Assert.StartsWith(Path.Combine(directory, "reviewed.jsonl") + ":1: ", load.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Prepare_TrainId_Accepted()
    {
        var data = ReviewedData.Prepare(Corpus(), [Load(Line("sy-aleppo-901", "SY-ALP-XYZ", Content, [], []))], 2);

        Assert.Empty(data.Refused);
        Assert.Equal(["sy-aleppo-901"], data.Accepted.Select(a => a.Testimony.Gold.Id));
        Assert.Equal(2, data.Weight);
    }

    [Fact]
    public void Prepare_DevIdOnlyInSplit_RefusedById()
    {
        var data = ReviewedData.Prepare(Corpus(), [Load(Line("sy-idlib-404", "ID-404", Content, [], []))]);

        Assert.Empty(data.Accepted);
        Assert.Equal([new ReviewedRefusal("set", "sy-idlib-404", "ID-404", "sy-idlib-404", CorpusSplit.Dev, "id")], data.Refused.ToArray());
        Assert.Equal([new ReviewedSetSummary("set", data.Sets[0].Sha256, 1, 1)], data.Sets.ToArray());
    }

    [Fact]
    public void Prepare_TestimonyIdOfTestTranscriptInOtherCase_RefusedByTestimonyId()
    {
        var corpus = Corpus();
        var testId = corpus.Testimonies.Single(t => t.Id == "ye-taiz-001").TestimonyId;

        var data = ReviewedData.Prepare(corpus, [Load(Line("renamed-1", testId.ToUpperInvariant(), Content, [], []))]);

        var refusal = Assert.Single(data.Refused);
        Assert.Equal(("ye-taiz-001", CorpusSplit.Test, "testimony id"), (refusal.CorpusId, refusal.Split, refusal.Match));
    }

    [Fact]
    public void Prepare_DecodedTextOfTestTranscript_RefusedByContent()
    {
        var corpus = Corpus();
        Assert.True(corpus.ReadTranscript(corpus.Testimonies.Single(t => t.Id == "ye-taiz-001")).TryGetTestimony(out var test));

        var data = ReviewedData.Prepare(corpus, [Load(Line("renamed-2", "NEW-2", test.Content, [], []))]);

        var refusal = Assert.Single(data.Refused);
        Assert.Equal(("ye-taiz-001", CorpusSplit.Test, "content"), (refusal.CorpusId, refusal.Split, refusal.Match));
        Assert.Equal(
            "reviewed testimony 'renamed-2' (testimony id NEW-2) in set is the corpus's test transcript 'ye-taiz-001' (same content): refused from training, so that it cannot leak into evaluation",
            refusal.ToString());
    }

    [Fact]
    public void TaughtSentences_ReviewedAndUnreviewedSpans_OnlySentencesWithReviewedAndNoUnreviewed()
    {
        var document = CraftedTranscript.WitnessDocument("A bomb fell. A shell hit. Soldiers came.", TestimonyMetadata.Empty);

        var taught = ReviewedData.TaughtSentences(document, [(2, 6), (15, 20)], [(26, 34)]);
        var masked = ReviewedData.TaughtSentences(document, [(2, 6), (15, 20)], [(15, 20)]);

        Assert.Equal([true, true, false], taught);
        Assert.Equal([true, false, false], masked);
    }

    [Fact]
    public void ReviewedRows_AcceptedRejectedAndUnreviewedClaims_AcceptedTaughtRejectedNegativeUnreviewedLeftOut()
    {
        var set = Load(Line("sy-idlib-501", "ID-501", Content, [], ["ACCEPTED", "REJECTED", "UNREVIEWED"]));
        var data = ReviewedData.Prepare(Corpus(), [set], 3);
        var failed = ImmutableArray.CreateBuilder<string>();

        var (rows, testimonies) = ClaimTrainer.ReviewedRows(data, new TestimonyPipeline([new TextStage()]), failed, CancellationToken.None);

        Assert.Empty(failed);
        Assert.Equal(1, testimonies);
        Assert.Equal([HarmSets.Of(Harm.Killed), HarmSet.None], rows.Select(r => r.Harms));
        Assert.Equal([Basis.Witnessed, null], rows.Select(r => r.Basis));
    }

    private GoldCorpus Corpus() => GoldCorpus.Load(_corpus.Path);

    /// <summary>Writes a set named <c>set</c> with one line and its transcript, and loads it.</summary>
    private ReviewedSet Load((string Line, string Id, string Content) line)
    {
        var directory = _folder.File("set");
        Directory.CreateDirectory(Path.Combine(directory, "transcripts"));
        File.WriteAllText(Path.Combine(directory, "reviewed.jsonl"), line.Line + "\n");
        File.WriteAllText(Path.Combine(directory, "transcripts", line.Id + ".txt"), line.Content);
        var load = ReviewedSet.Load(directory);
        Assert.Null(load.Error);
        return load.Set!;
    }

    /// <summary>
    /// A reviewed line over <paramref name="content"/>: entities (PERSON Omar Nasser, PLACE Idlib, PERSON Lina Haddad,
    /// PERSON Sami Khoury) and claims (KILLED, INJURED, DETAINED, one per sentence), as many of each as statuses given.
    /// </summary>
    private static (string Line, string Id, string Content) Line(string id, string testimonyId, string content, string?[] entities, string?[] claims)
    {
        GoldEntity[] allEntities =
        [
            Entity("e1", EntityType.Person, "Omar Nasser", content),
            Entity("e2", EntityType.Place, "Idlib", content),
            Entity("e3", EntityType.Person, "Lina Haddad", content),
            Entity("e4", EntityType.Person, "Sami Khoury", content),
        ];
        GoldClaim[] allClaims =
        [
            Claim("c1", Harm.Killed, "A bomb killed Omar Nasser in Idlib.", content),
            Claim("c2", Harm.Injured, "A shell injured Lina Haddad.", content),
            Claim("c3", Harm.Detained, "Soldiers took Sami Khoury away.", content),
        ];
        var gold = new GoldTestimony
        {
            Id = id,
            Source = $"transcripts/{id}.txt",
            TestimonyId = testimonyId,
            Entities = [.. allEntities.Take(entities.Length)],
            Claims = [.. allClaims.Take(claims.Length)],
            Witness = id,
            ContentSha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content))),
        };
        var json = JsonNode.Parse(GoldJson.Serialize(gold))!.AsObject();
        AddStatuses(json["entities"]!.AsArray(), entities);
        AddStatuses(json["claims"]!.AsArray(), claims);
        return (json.ToJsonString(), id, content);
    }

    private static void AddStatuses(JsonArray items, string?[] statuses)
    {
        for (var i = 0; i < statuses.Length; i++)
        {
            if (statuses[i] is { } status)
            {
                items[i]!.AsObject().Add("review_status", status);
            }
        }
    }

    private static GoldEntity Entity(string id, EntityType type, string text, string content)
    {
        var start = content.IndexOf(text, StringComparison.Ordinal);
        return new GoldEntity(id, type, text, start, start + text.Length, type == EntityType.Place ? text : null, null);
    }

    private static GoldClaim Claim(string id, Harm harm, string quote, string content)
    {
        var start = content.IndexOf(quote, StringComparison.Ordinal);
        return new GoldClaim
        {
            Id = id,
            Harm = harm,
            Basis = Basis.Witnessed,
            Evidence = [new Evidence(start, start + quote.Length, quote)],
            Incident = string.Empty,
        };
    }
}
