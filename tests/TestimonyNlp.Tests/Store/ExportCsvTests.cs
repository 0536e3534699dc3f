using TestimonyNlp.Store;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Store;

/// <summary><see cref="ReviewedCsvExport"/> over the reviewed store of <see cref="ExportSamples"/>.</summary>
public sealed class ExportCsvTests : IDisposable
{
    private const string EntitiesHeader =
        "entity_id,testimony_id,source,type,text,start,end,normalized,category,confidence,review_status";

    private const string ClaimsHeader =
        "claim_id,testimony_id,source,incident_id,site_id,event,harm,victims_min,victims_max,weapon,actor,date_from,date_to,basis,confidence,quote,review_status,link_review_status";

    private readonly TempDirectory _folder = new();

    public ExportCsvTests() => ExportSamples.Create(DatabasePath);

    private string DatabasePath => _folder.File("t.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Export_WithoutPseudonyms_LeavesOutRejectedRowsAndKeepsReviewedValues()
    {
        var summary = Export("plain", pseudonymise: false);

        Assert.Equal(new ReviewedCsvSummary(_folder.File("plain"), 2, 6, 2, 1, 0), summary);
        Assert.Equal(
            [
                EntitiesHeader,
                "e1,DZ-031,interviews/dz-031.txt,WEAPON,barrel bomb,5,16,barrel bomb,AIRSTRIKE,0.99,CORRECTED",
                "e2,DZ-031,interviews/dz-031.txt,PERSON,Hussein Darwish,24,39,,,0.97,ACCEPTED",
                "e3,DZ-031,interviews/dz-031.txt,PLACE,Deir ez-Zor,43,54,Deir ez-Zor,,0.99,UNREVIEWED",
                "e5,DZ-031,interviews/dz-031.txt,ACTOR,army,60,64,Syrian government forces,,0.9,UNREVIEWED",
                "e1,DZ-044,interviews/dz-044.txt,PERSON,Hussein Darwish,16,31,,,0.95,UNREVIEWED",
                "e2,DZ-044,interviews/dz-044.txt,WEAPON,mortar,48,54,mortar,MORTAR,0.99,UNREVIEWED",
            ],
            Lines("plain", "entities.csv"));
        Assert.Equal(
            [
                ClaimsHeader,
                "c1,DZ-031,interviews/dz-031.txt,I0001,,,KILLED,1,1,BARREL_BOMB,e5,,,WITNESSED,0.9,A barrel bomb killed Hussein Darwish in Deir ez-Zor.,ACCEPTED,UNREVIEWED",
                "c1,DZ-044,interviews/dz-044.txt,,,,KILLED,1,1,MORTAR,,,,HEARSAY,0.8,They told us Hussein Darwish was killed by a mortar.,UNREVIEWED,UNREVIEWED",
            ],
            Lines("plain", "claims.csv"));
    }

    [Fact]
    public void Export_Testimonies_CountRowsWritten()
    {
        Export("plain", pseudonymise: false);

        Assert.Equal(
            [
                "testimony_id,source,content_sha256,interview_date,language,words,entities,claims,status",
                $"DZ-031,interviews/dz-031.txt,{new string('a', 64)},2019-04-02,Arabic,15,4,1,PROCESSED",
                $"DZ-044,interviews/dz-044.txt,{new string('b', 64)},2019-04-02,Arabic,10,2,1,PROCESSED",
            ],
            Lines("plain", "testimonies.csv"));
        Assert.Equal(
            [
                "incident_id,site_id,date_from,date_to,weapon,actor,victims_min,victims_max,testimonies,independent_sources,grade,previous_ids,conflicts,review_status",
                "I0001,,,,,,,,DZ-031,1,SINGLE_SOURCE,,,UNREVIEWED",
            ],
            Lines("plain", "incidents.csv"));
    }

    [Fact]
    public void Export_RejectedIncidentLink_GivesTheIncidentTheClaimIsInNow()
    {
        using (var review = SqliteReviewStore.Open(DatabasePath))
        {
            Assert.True(review.Apply(
                new ReviewChange(new ReviewItemRef(ReviewItemKind.IncidentLink, 1), 1, ReviewAction.Reject), "rev", ExportSamples.Now).Success);
        }

        using (var store = SqliteTestimonyStore.Open(DatabasePath))
        {
            new ReviewedCsvExport().Export(store, _folder.File("plain"));
        }

        // The rejection moved the claim into an incident of its own, I0002: that is where it is, not nowhere.
        Assert.Equal(
            "c1,DZ-031,interviews/dz-031.txt,I0002,,,KILLED,1,1,BARREL_BOMB,e5,,,WITNESSED,0.9,A barrel bomb killed Hussein Darwish in Deir ez-Zor.,ACCEPTED,REJECTED",
            Lines("plain", "claims.csv")[1]);
        Assert.Equal(["I0002,,,,BARREL_BOMB,Syrian government forces,1,1,DZ-031,1,SINGLE_SOURCE,,,UNREVIEWED"], Lines("plain", "incidents.csv").Skip(1).ToArray());
    }

    [Fact]
    public void Export_Pseudonymised_OnePersonInTwoTestimoniesGetsOnePseudonymInBothFiles()
    {
        var summary = Export("shared", pseudonymise: true);
        var pseudonym = StorePseudonymiser().For("Hussein Darwish");

        Assert.Matches("^Person-[0-9A-F]{10}$", pseudonym);
        Assert.Equal(1, summary.Pseudonyms);
        Assert.Equal(
            [
                EntitiesHeader,
                "e1,DZ-031,interviews/dz-031.txt,WEAPON,barrel bomb,5,16,barrel bomb,AIRSTRIKE,0.99,CORRECTED",
                $"e2,DZ-031,interviews/dz-031.txt,PERSON,{pseudonym},24,39,,,0.97,ACCEPTED",
                "e3,DZ-031,interviews/dz-031.txt,PLACE,Deir ez-Zor,43,54,Deir ez-Zor,,0.99,UNREVIEWED",
                "e5,DZ-031,interviews/dz-031.txt,ACTOR,army,60,64,Syrian government forces,,0.9,UNREVIEWED",
                $"e1,DZ-044,interviews/dz-044.txt,PERSON,{pseudonym},16,31,,,0.95,UNREVIEWED",
                "e2,DZ-044,interviews/dz-044.txt,WEAPON,mortar,48,54,mortar,MORTAR,0.99,UNREVIEWED",
            ],
            Lines("shared", "entities.csv"));
        Assert.Equal(
            [
                ClaimsHeader,
                $"c1,DZ-031,interviews/dz-031.txt,I0001,,,KILLED,1,1,BARREL_BOMB,e5,,,WITNESSED,0.9,A barrel bomb killed {pseudonym} in Deir ez-Zor.,ACCEPTED,UNREVIEWED",
                $"c1,DZ-044,interviews/dz-044.txt,,,,KILLED,1,1,MORTAR,,,,HEARSAY,0.8,They told us {pseudonym} was killed by a mortar.,UNREVIEWED,UNREVIEWED",
            ],
            Lines("shared", "claims.csv"));
    }

    [Fact]
    public void Export_Pseudonymised_NoFileContainsTheName()
    {
        Export("shared", pseudonymise: true);

        Assert.All(
            Directory.GetFiles(_folder.File("shared")),
            file => Assert.DoesNotContain("Darwish", File.ReadAllText(file), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Export_PseudonymisedTwice_GivesTheSameFiles()
    {
        Export("first", pseudonymise: true);
        Export("second", pseudonymise: true);

        Assert.Equal(Lines("first", "entities.csv"), Lines("second", "entities.csv"));
        Assert.Equal(Lines("first", "claims.csv"), Lines("second", "claims.csv"));
        Assert.Contains(StorePseudonymiser().For("hussein darwish"), Lines("second", "claims.csv")[2], StringComparison.Ordinal);
    }

    [Fact]
    public void ForStore_CalledTwice_KeepsOneSecretOf32Bytes()
    {
        var first = Pseudonymiser.ForStore(DatabasePath).For("Hussein Darwish");
        var second = Pseudonymiser.ForStore(DatabasePath).For("Hussein Darwish");

        Assert.Equal(first, second);
        Assert.Equal(1L, SqliteProbe.Scalar(DatabasePath, "SELECT count(*) FROM pseudonym_secret"));
        Assert.Equal(32L, SqliteProbe.Scalar(DatabasePath, "SELECT length(secret) FROM pseudonym_secret"));
    }

    [Fact]
    public void ForStore_TwoStores_GiveDifferentPseudonyms()
    {
        var other = _folder.File("other.db");
        SqliteTestimonyStore.Open(other).Dispose();

        Assert.NotEqual(
            Pseudonymiser.ForStore(DatabasePath).For("Hussein Darwish"),
            Pseudonymiser.ForStore(other).For("Hussein Darwish"));
    }

    private ReviewedCsvSummary Export(string folder, bool pseudonymise)
    {
        using var store = SqliteTestimonyStore.Open(DatabasePath);
        var pseudonymiser = pseudonymise ? Pseudonymiser.ForStore(DatabasePath) : null;
        return new ReviewedCsvExport().Export(store, _folder.File(folder), pseudonymiser);
    }

    private Pseudonymiser StorePseudonymiser() =>
        new((byte[])SqliteProbe.Scalar(DatabasePath, "SELECT secret FROM pseudonym_secret WHERE id = 1")!);

    private string[] Lines(string folder, string file) =>
        File.ReadAllText(Path.Combine(_folder.File(folder), file)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
}
