using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
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

        var (rows, testimonies, failed) = ReviewedRows(set);

        Assert.Empty(failed);
        Assert.Equal(1, testimonies);
        Assert.Equal([HarmSets.Of(Harm.Killed), HarmSet.None], rows.Select(r => r.Harms));
        Assert.Equal([Basis.Witnessed, null], rows.Select(r => r.Basis));
    }

    [Fact]
    public void Load_RejectedExtension_ReadBesideTheGoldAndCountedAsReviewedSpans()
    {
        var set = Load(WithRejected(
            Line("sy-idlib-501", "ID-501", Content, ["ACCEPTED"], ["ACCEPTED"]),
            """{"entities": [{"id": "e3", "type": "PERSON", "text": "Lina Haddad", "start": 55, "end": 66}], "claims": [{"id": "c2", "harm": "INJURED", "evidence_spans": [{"start": 39, "end": 67, "quote": "A shell injured Lina Haddad."}]}]}"""));

        var testimony = Assert.Single(set.Testimonies);
        Assert.Equal(["e1"], testimony.Gold.Entities.Select(e => e.Id));
        Assert.Equal(["c1"], testimony.Gold.Claims.Select(c => c.Id));
        Assert.Equal([new RejectedEntity("e3", EntityType.Person, "Lina Haddad", 55, 66)], testimony.Rejected.Entities.ToArray());
        var claim = Assert.Single(testimony.Rejected.Claims);
        Assert.Equal(("c2", Harm.Injured), (claim.Id, claim.Harm));
        Assert.Equal([new Evidence(39, 67, "A shell injured Lina Haddad.")], claim.Evidence.ToArray());
        Assert.Equal(["e1"], testimony.TaughtEntities.Select(e => e.Id));
        Assert.Equal([(17, 28), (55, 66)], testimony.ReviewedEntitySpans);
        Assert.Equal([(3, 38), (39, 67)], testimony.ReviewedClaimSpans);
    }

    [Fact]
    public void Load_LineWithoutRejectedExtension_NothingRejected()
    {
        var set = Load(Line("sy-idlib-501", "ID-501", Content, ["ACCEPTED"], []));

        Assert.Same(ReviewedRejections.None, Assert.Single(set.Testimonies).Rejected);
    }

    [Fact]
    public void Load_RejectedClaimWithUnknownHarm_FailsNamingFileAndLine()
    {
        var (line, id, content) = WithRejected(
            Line("sy-idlib-501", "ID-501", Content, ["ACCEPTED"], []),
            """{"entities": [], "claims": [{"id": "c2", "harm": "SCARED", "evidence_spans": [{"start": 39, "end": 67, "quote": "A shell injured Lina Haddad."}]}]}""");
        var directory = _folder.File("set");
        Directory.CreateDirectory(Path.Combine(directory, "transcripts"));
        File.WriteAllText(Path.Combine(directory, "reviewed.jsonl"), line + "\n");
        File.WriteAllText(Path.Combine(directory, "transcripts", id + ".txt"), content);

        var load = ReviewedSet.Load(directory);

        Assert.Null(load.Set);
        Assert.Equal(Path.Combine(directory, "reviewed.jsonl") + ":1: rejected.claims[0]: unknown harm", load.Error);
    }

    [Fact]
    public void RejectedRoundTrip_ToJsonThenParse_GivesTheSameItems()
    {
        var rejected = new ReviewedRejections(
            [new RejectedEntity("e4", EntityType.Weapon, "drone", 10, 15)],
            [new RejectedClaim("c2", Harm.Missing, [new Evidence(20, 30, "one"), new Evidence(40, 44, "two")])]);
        using var json = JsonDocument.Parse(new JsonObject { ["rejected"] = rejected.ToJson() }.ToJsonString());
        var problems = new List<string>();

        var read = ReviewedRejections.Parse(json.RootElement, problems);

        Assert.Empty(problems);
        Assert.Equal(rejected.Entities.ToArray(), read.Entities.ToArray());
        Assert.Equal(["c2"], read.Claims.Select(c => c.Id));
        Assert.Equal(Harm.Missing, read.Claims[0].Harm);
        Assert.Equal(rejected.Claims[0].Evidence.ToArray(), read.Claims[0].Evidence.ToArray());
    }

    [Fact]
    public void ReviewedRows_RejectedClaimInExtension_ItsSentenceTaughtAsNoHarm()
    {
        var set = Load(WithRejected(
            Line("sy-idlib-501", "ID-501", Content, [], ["ACCEPTED"]),
            """{"entities": [], "claims": [{"id": "c2", "harm": "INJURED", "evidence_spans": [{"start": 39, "end": 67, "quote": "A shell injured Lina Haddad."}]}]}"""));

        var (rows, testimonies, failed) = ReviewedRows(set);

        Assert.Empty(failed);
        Assert.Equal(1, testimonies);
        Assert.Equal([HarmSets.Of(Harm.Killed), HarmSet.None], rows.Select(r => r.Harms));
        Assert.Equal([Basis.Witnessed, null], rows.Select(r => r.Basis));
    }

    [Fact]
    public void ReviewedRows_OnlyARejectedClaim_ItsSentenceIsTheOneRow()
    {
        var set = Load(WithRejected(
            Line("sy-idlib-501", "ID-501", Content, [], []),
            """{"entities": [], "claims": [{"id": "c3", "harm": "DETAINED", "evidence_spans": [{"start": 68, "end": 99, "quote": "Soldiers took Sami Khoury away."}]}]}"""));

        var (rows, testimonies, _) = ReviewedRows(set);

        Assert.Equal(1, testimonies);
        Assert.Equal([HarmSet.None], rows.Select(r => r.Harms));
    }

    [Fact]
    public void ReviewedRows_RejectedHarmWhereAKeptClaimAssertsAnother_KeptHarmOnly()
    {
        var set = Load(WithRejected(
            Line("sy-idlib-501", "ID-501", Content, [], ["ACCEPTED"]),
            """{"entities": [], "claims": [{"id": "c9", "harm": "INJURED", "evidence_spans": [{"start": 3, "end": 38, "quote": "A bomb killed Omar Nasser in Idlib."}]}]}"""));

        var (rows, _, _) = ReviewedRows(set);

        Assert.Equal([HarmSets.Of(Harm.Killed)], rows.Select(r => r.Harms));
    }

    [Fact]
    public void AcceptedDocuments_ReadableTranscript_ItsDocumentAndNoFailure()
    {
        var data = ReviewedData.Prepare(Corpus(), [Load(Line("sy-idlib-501", "ID-501", Content, ["ACCEPTED"], []))], 3);
        var failed = ImmutableArray.CreateBuilder<string>();

        var (testimony, document) = Assert.Single(data.AcceptedDocuments(new TestimonyPipeline([new TextStage()]), failed, CancellationToken.None));

        Assert.Equal("sy-idlib-501", testimony.Gold.Id);
        Assert.Equal(3, document.Sentences.Count);
        Assert.Empty(failed);
    }

    [Fact]
    public void AcceptedDocuments_TranscriptGone_SkippedAndNamedSetSlashId()
    {
        var data = ReviewedData.Prepare(Corpus(), [Load(Line("sy-idlib-501", "ID-501", Content, ["ACCEPTED"], []))], 3);
        File.Delete(Path.Combine(_folder.File("set"), "transcripts", "sy-idlib-501.txt"));
        var failed = ImmutableArray.CreateBuilder<string>();

        var documents = data.AcceptedDocuments(new TestimonyPipeline([new TextStage()]), failed, CancellationToken.None).ToList();

        Assert.Empty(documents);
        Assert.Equal(["set/sy-idlib-501"], failed.ToArray());
    }

    private GoldCorpus Corpus() => GoldCorpus.Load(_corpus.Path);

    /// <summary>The claim rows one reviewed set teaches at weight 3, with the number of testimonies it taught and the
    /// ids that failed.</summary>
    private (List<ClaimFeatureRow> Rows, int Testimonies, ImmutableArray<string> Failed) ReviewedRows(ReviewedSet set)
    {
        var data = ReviewedData.Prepare(Corpus(), [set], 3);
        var failed = ImmutableArray.CreateBuilder<string>();
        var (rows, testimonies) = ClaimTrainer.ReviewedRows(data, new TestimonyPipeline([new TextStage()]), failed, CancellationToken.None);
        return (rows, testimonies, failed.ToImmutable());
    }

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

    private static (string Line, string Id, string Content) WithRejected((string Line, string Id, string Content) line, string rejected)
    {
        var json = JsonNode.Parse(line.Line)!.AsObject();
        json.Add("rejected", JsonNode.Parse(rejected));
        return (json.ToJsonString(), line.Id, line.Content);
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
