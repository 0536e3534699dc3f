using TestimonyNlp.Model;
using TestimonyNlp.Training.Corpus;
using TestimonyNlp.Training.Evaluation;

namespace TestimonyNlp.Tests.Training;

public sealed class LinkingPredictionsTests
{
    private static GoldClaim Gold(string id, Harm harm, int start, int end, string incident) => new()
    {
        Id = id,
        Harm = harm,
        Basis = Basis.Witnessed,
        Evidence = [new Evidence(start, end, "q")],
        Incident = incident,
    };

    private static LinkedClaim Predicted(string id, Harm harm, int start, int end, string? incidentId) =>
        new(new Claim { Id = id, Harm = harm, Evidence = [new Evidence(start, end, "q")] }, incidentId);

    private static GoldTestimony Testimony(params GoldClaim[] claims) => new()
    {
        Id = "sy-idlib-900",
        Source = "transcripts/sy-idlib-900.txt",
        TestimonyId = "sy-idlib-900",
        Witness = "sy-idlib-witness",
        ContentSha256 = "00",
        Claims = [.. claims],
    };

    [Fact]
    public void Items_ClaimsOverlapGoldEvidence_TakeTheMajorityIncident()
    {
        var gold = Testimony(
            Gold("c1", Harm.Killed, 0, 50, "k-strike"),
            Gold("c2", Harm.Injured, 51, 90, "k-strike"),
            Gold("c3", Harm.Killed, 200, 240, "k-later"));
        LinkedClaim[] predicted =
        [
            Predicted("c1", Harm.Killed, 10, 40, "I0002"),
            Predicted("c2", Harm.Injured, 60, 80, "I0002"),
            Predicted("c3", Harm.Injured, 85, 95, "I0001"),
            Predicted("c4", Harm.Killed, 210, 230, "I0007"),
        ];

        var items = LinkingPredictions.Items(gold, predicted).ToList();

        Assert.Equal(
            [
                new LinkingItem("sy-idlib-900", "k-later", "I0007"),
                new LinkingItem("sy-idlib-900", "k-strike", "I0002"),
            ],
            items);
    }

    [Fact]
    public void Items_OnlyOtherHarmOverlaps_UsesIt()
    {
        var gold = Testimony(Gold("c1", Harm.PropertyDamage, 0, 50, "k-house"));
        LinkedClaim[] predicted = [Predicted("c1", Harm.Killed, 20, 30, "I0003")];

        var item = Assert.Single(LinkingPredictions.Items(gold, predicted));

        Assert.Equal(new LinkingItem("sy-idlib-900", "k-house", "I0003"), item);
    }

    [Fact]
    public void Items_NoPredictedClaimOverlaps_StandsAlone()
    {
        var gold = Testimony(Gold("c1", Harm.Killed, 0, 50, "k-strike"));
        LinkedClaim[] predicted = [Predicted("c1", Harm.Killed, 50, 80, "I0001")];

        var item = Assert.Single(LinkingPredictions.Items(gold, predicted));

        Assert.Equal(new LinkingItem("sy-idlib-900", "k-strike", null), item);
    }

    [Fact]
    public void Items_TiedVotes_TakeTheLowestIdNumber()
    {
        var gold = Testimony(Gold("c1", Harm.Killed, 0, 100, "k-strike"));
        LinkedClaim[] predicted =
        [
            Predicted("c1", Harm.Killed, 0, 40, "I10000"),
            Predicted("c2", Harm.Killed, 50, 90, "I9999"),
        ];

        var item = Assert.Single(LinkingPredictions.Items(gold, predicted));

        Assert.Equal("I9999", item.PredictedIncident);
    }
}
