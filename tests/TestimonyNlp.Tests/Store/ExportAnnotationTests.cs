using System.Text.Json;
using TestimonyNlp.Model;
using TestimonyNlp.Store;
using TestimonyNlp.Tests.Support;
using TestimonyNlp.Training.Corpus;
using TestimonyNlp.Training.Reviewed;

namespace TestimonyNlp.Tests.Store;

/// <summary><see cref="ReviewedAnnotationExport"/> over the reviewed store of <see cref="ExportSamples"/>.</summary>
public sealed class ExportAnnotationTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public ExportAnnotationTests() => ExportSamples.Create(DatabasePath);

    private string DatabasePath => _folder.File("t.db");

    private string ExportPath => _folder.File("export");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Export_ReviewedStore_WritesOnlyTestimoniesWithReviewedItems()
    {
        var summary = Export();

        Assert.Equal(new AnnotationExportSummary(Path.Combine(ExportPath, "reviewed.jsonl"), 1, 4, 1, 3, 0, 2), summary);
        Assert.Equal(["dz-031.txt"], Directory.GetFiles(Path.Combine(ExportPath, "transcripts")).Select(Path.GetFileName));
    }

    [Fact]
    public void Export_ReadBackWithGoldReader_GivesReviewedEntitiesWithoutRejected()
    {
        Export();

        var gold = ParseSingleLine();

        Assert.Equal("dz-031", gold.Id);
        Assert.Equal("transcripts/dz-031.txt", gold.Source);
        Assert.Equal("DZ-031", gold.TestimonyId);
        Assert.Equal(new DateOnly(2019, 4, 2), gold.Metadata.InterviewDate);
        Assert.Equal(
            [
                new GoldEntity("e1", EntityType.Weapon, "barrel bomb", 5, 16, "barrel bomb", WeaponCategory.Airstrike),
                new GoldEntity("e2", EntityType.Person, "Hussein Darwish", 24, 39, null, null),
                new GoldEntity("e3", EntityType.Place, "Deir ez-Zor", 43, 54, "Deir ez-Zor", null),
                new GoldEntity("e5", EntityType.Actor, "army", 60, 64, "Syrian government forces", null),
            ],
            gold.Entities.ToArray());
    }

    [Fact]
    public void Export_ReadBackWithGoldReader_GivesClaimWithoutRejectedVictimAndWithCanonicalActor()
    {
        Export();

        var claim = Assert.Single(ParseSingleLine().Claims);

        Assert.Equal("c1", claim.Id);
        Assert.Equal(Harm.Killed, claim.Harm);
        Assert.Equal(1, claim.Victims.Min);
        Assert.Equal(1, claim.Victims.Max);
        Assert.Equal(["e2"], claim.Victims.Named.ToArray());
        Assert.Equal(WeaponCategory.BarrelBomb, claim.Weapon);
        Assert.Equal("Syrian government forces", claim.Actor);
        Assert.Equal("e3", claim.Site);
        Assert.Null(claim.Date);
        Assert.Equal(Basis.Witnessed, claim.Basis);
        Assert.Equal([new Evidence(3, 55, "A barrel bomb killed Hussein Darwish in Deir ez-Zor.")], claim.Evidence.ToArray());
        Assert.Equal("I0001", claim.Incident);
        Assert.Equal(["I0001"], ParseSingleLine().Incidents.ToArray());
    }

    [Fact]
    public void Export_Line_MarksReviewStatusOfEachEntityAndClaim()
    {
        Export();

        using var line = JsonDocument.Parse(File.ReadAllText(Path.Combine(ExportPath, "reviewed.jsonl")));
        var entities = line.RootElement.GetProperty("entities").EnumerateArray()
            .Select(e => e.GetProperty("id").GetString() + "=" + e.GetProperty("review_status").GetString());
        var claims = line.RootElement.GetProperty("claims").EnumerateArray()
            .Select(c => c.GetProperty("id").GetString() + "=" + c.GetProperty("review_status").GetString());

        Assert.Equal(["e1=CORRECTED", "e2=ACCEPTED", "e3=UNREVIEWED", "e5=UNREVIEWED"], entities);
        Assert.Equal(["c1=ACCEPTED"], claims);
    }

    [Fact]
    public void Export_Line_ListsRejectedEntityAndClaimUnderRejected()
    {
        Export();

        using var line = JsonDocument.Parse(File.ReadAllText(Path.Combine(ExportPath, "reviewed.jsonl")));
        var rejected = line.RootElement.GetProperty("rejected");

        Assert.Equal(
            """{"entities":[{"id":"e4","type":"PERSON","text":"Hama","start":76,"end":80}],"claims":[{"id":"c2","harm":"PROPERTY_DAMAGE","evidence_spans":[{"start":56,"end":81,"quote":"The army fired from Hama."}]}]}""",
            rejected.GetRawText());
    }

    [Fact]
    public void Export_ReadBackAsReviewedSet_RejectedItemsAreNegativesAndNotGold()
    {
        Export();

        var load = ReviewedSet.Load(ExportPath);

        var testimony = Assert.Single(load.Set!.Testimonies);
        Assert.DoesNotContain(testimony.Gold.Entities, e => e.Id == "e4");
        Assert.DoesNotContain(testimony.Gold.Claims, c => c.Id == "c2");
        Assert.Equal([new RejectedEntity("e4", EntityType.Person, "Hama", 76, 80)], testimony.Rejected.Entities.ToArray());
        Assert.Equal([(56, 81)], testimony.Rejected.Claims.SelectMany(c => c.Evidence).Select(e => (e.Start, e.End)));
        Assert.Equal([(5, 16), (24, 39), (76, 80)], testimony.ReviewedEntitySpans);
    }

    [Fact]
    public void Export_LaidOutAsCorpus_GoldCorpusLoadsItAndReadsTheTranscriptTheOffsetsPointInto()
    {
        Export();
        var corpus = _folder.File("corpus");
        Directory.CreateDirectory(Path.Combine(corpus, "annotations"));
        File.Copy(Path.Combine(ExportPath, "reviewed.jsonl"), Path.Combine(corpus, "annotations", "gold.jsonl"));
        Directory.Move(Path.Combine(ExportPath, "transcripts"), Path.Combine(corpus, "transcripts"));
        File.WriteAllText(Path.Combine(corpus, "split.tsv"), "dz-031\ttrain\n");

        var loaded = GoldCorpus.Load(corpus);
        var gold = Assert.Single(loaded.Testimonies);
        var read = loaded.ReadTranscript(gold);

        Assert.True(read.Success);
        Assert.Equal(ExportSamples.ContentA, read.Testimony!.Content);
        Assert.Equal(gold.ContentSha256, read.Testimony.ContentSha256);
        Assert.All(gold.Entities, e => Assert.Equal(e.Text, read.Testimony.Content[e.Start..e.End]));
    }

    [Fact]
    public void Export_RejectedLinkAndPlaceRetypedAsWeapon_GivesTheClaimsOwnIncidentAndDropsIncompleteEntityAndItsSite()
    {
        using (var review = SqliteReviewStore.Open(DatabasePath))
        {
            Assert.True(review.Apply(
                new ReviewChange(new ReviewItemRef(ReviewItemKind.IncidentLink, 1), 1, ReviewAction.Reject), "rev", ExportSamples.Now).Success);
            Assert.True(review.Apply(
                new ReviewChange(new ReviewItemRef(ReviewItemKind.Entity, 3), 1, ReviewAction.ChangeType, NewType: "WEAPON"), "rev", ExportSamples.Now).Success);
        }

        AnnotationExportSummary summary;
        using (var store = SqliteTestimonyStore.Open(DatabasePath))
        {
            summary = new ReviewedAnnotationExport().Export(store, ExportPath);
        }

        var gold = ParseSingleLine();
        var claim = Assert.Single(gold.Claims);
        Assert.Equal(1, summary.Incomplete);
        Assert.Equal(["e1", "e2", "e5"], gold.Entities.Select(e => e.Id));
        Assert.Null(claim.Site);
        Assert.Equal("I0002", claim.Incident);
        Assert.Equal(["I0002"], gold.Incidents.ToArray());
    }

    [Fact]
    public void Export_ActorInReviewersOwnWords_KeepsItAsActorTextBesideNullActor()
    {
        using (var review = SqliteReviewStore.Open(DatabasePath))
        {
            Assert.True(review.Apply(
                new ReviewChange(new ReviewItemRef(ReviewItemKind.Claim, 1), 2, ReviewAction.EditActor, NewActor: "men from the checkpoint"),
                "rev", ExportSamples.Now).Success);
        }

        Export();

        using var line = JsonDocument.Parse(File.ReadAllText(Path.Combine(ExportPath, "reviewed.jsonl")));
        Assert.Equal(
            """{"id":"c1","harm":"KILLED","victims":{"min":1,"max":1,"named":["e2"]},"weapon":"BARREL_BOMB","actor":null,"site":"e3","date":null,"basis":"WITNESSED","evidence":{"start":3,"end":55,"quote":"A barrel bomb killed Hussein Darwish in Deir ez-Zor."},"evidence_spans":[{"start":3,"end":55,"quote":"A barrel bomb killed Hussein Darwish in Deir ez-Zor."}],"incident":"I0001","review_status":"CORRECTED","actor_text":"men from the checkpoint"}""",
            Assert.Single(line.RootElement.GetProperty("claims").EnumerateArray()).GetRawText());
        Assert.Null(Assert.Single(ParseSingleLine().Claims).Actor);
    }

    [Fact]
    public void Export_NothingReviewed_WritesEmptyFile()
    {
        var other = _folder.File("other.db");
        using (var store = SqliteTestimonyStore.Open(other))
        {
            store.Save(StoreSamples.Result());
        }

        using var reopened = SqliteTestimonyStore.Open(other);
        var summary = new ReviewedAnnotationExport().Export(reopened, ExportPath);

        Assert.Equal(0, summary.Testimonies);
        Assert.Equal(string.Empty, File.ReadAllText(summary.AnnotationsPath));
    }

    [Theory]
    [InlineData("DZ-031", "dz-031")]
    [InlineData("  Interview #7 / B ", "interview-7-b")]
    [InlineData("---", "testimony")]
    public void UniqueId_TestimonyId_GivesKebabId(string testimonyId, string expected) =>
        Assert.Equal(expected, ReviewedAnnotationExport.UniqueId(testimonyId, []));

    [Fact]
    public void UniqueId_SameIdTwice_NumbersTheSecond()
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);

        Assert.Equal(["dz-031", "dz-031-2", "dz-031-3"], new[] { "DZ-031", "dz 031", "DZ_031" }.Select(id => ReviewedAnnotationExport.UniqueId(id, taken)));
    }

    private AnnotationExportSummary Export()
    {
        using var store = SqliteTestimonyStore.Open(DatabasePath);
        return new ReviewedAnnotationExport().Export(store, ExportPath);
    }

    private GoldTestimony ParseSingleLine()
    {
        var lines = File.ReadAllText(Path.Combine(ExportPath, "reviewed.jsonl")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var problems = new List<string>();
        var gold = GoldJson.Parse(Assert.Single(lines), problems);
        Assert.Empty(problems);
        return gold!;
    }
}
