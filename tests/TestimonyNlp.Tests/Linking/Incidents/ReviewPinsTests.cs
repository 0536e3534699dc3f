using TestimonyNlp.Linking.Incidents;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Linking.Incidents.LinkClaims;

namespace TestimonyNlp.Tests.Linking.Incidents;

/// <summary>Reviewers' verdicts on incident links (<see cref="LinkClaim.PinnedIncidentId"/>,
/// <see cref="LinkClaim.RejectedIncidentIds"/>) as the linker keeps them.</summary>
public sealed class ReviewPinsTests
{
    private static readonly IncidentLinker Linker = new();

    // Two witnesses of one airstrike on Saraqib: the linker puts them together.
    private static LinkClaim First => Claim(1, "t1", Saraqib, "2016-03-12", weapon: WeaponCategory.Airstrike, min: 4, max: 4, previous: "I0001");
    private static LinkClaim Second => Claim(2, "t2", Saraqib, "2016-03-12", weapon: WeaponCategory.Airstrike, min: 4, max: 4, previous: "I0001");

    [Fact]
    public void Link_NoVerdicts_LinksBothWitnesses()
    {
        var result = Linker.Link([First, Second], [new PriorIncident("I0001", [])]);

        Assert.Equal("1,2", Groups(result));
        Assert.Equal(["I0001"], result.Incidents.Select(i => i.IncidentId).ToArray());
    }

    [Fact]
    public void Link_ClaimsPinnedToDifferentIncidents_StayApartUnderTheirIds()
    {
        var result = Linker.Link(
            [First with { PinnedIncidentId = "I0001" }, Second with { PinnedIncidentId = "I0004", PreviousIncidentId = "I0004" }],
            [new PriorIncident("I0001", []), new PriorIncident("I0004", [])]);

        Assert.Equal("1 2", Groups(result));
        Assert.Equal(["I0001", "I0004"], result.Incidents.Select(i => i.IncidentId).ToArray());
        Assert.Empty(result.RetiredIds);
    }

    [Fact]
    public void Link_NewClaimLikePinnedOne_JoinsThePinnedIncident()
    {
        var third = Claim(3, "t3", Saraqib, "2016-03-12", weapon: WeaponCategory.Airstrike, min: 4, max: 4);

        var result = Linker.Link(
            [First, Second with { PinnedIncidentId = "I0007", PreviousIncidentId = "I0007" }, third],
            [new PriorIncident("I0001", []), new PriorIncident("I0007", [])]);

        Assert.Equal("1,2,3", Groups(result));
        Assert.Equal(["I0007"], result.Incidents.Select(i => i.IncidentId).ToArray());
        Assert.Equal(["I0001"], result.RetiredIds.ToArray());
        Assert.Equal(["I0001"], result.Incidents[0].PreviousIds.ToArray());
    }

    [Fact]
    public void Link_RejectedLink_ClaimLeavesForAnIncidentOfItsOwn()
    {
        var result = Linker.Link(
            [First, Second with { RejectedIncidentIds = ["I0001"] }],
            [new PriorIncident("I0001", [])]);

        Assert.Equal("1 2", Groups(result));
        Assert.Equal(["I0001", "I0002"], result.Incidents.Select(i => i.IncidentId).ToArray());
        Assert.Equal((IncidentGrade.SingleSource, IncidentGrade.SingleSource), (result.Incidents[0].Grade, result.Incidents[1].Grade));
    }

    [Fact]
    public void Link_RejectedLinkThenPinnedElsewhere_PinWins()
    {
        var result = Linker.Link(
            [First, Second with { RejectedIncidentIds = ["I0001"], PinnedIncidentId = "I0001" }],
            [new PriorIncident("I0001", [])]);

        Assert.Equal("1,2", Groups(result));
    }

    [Fact]
    public void Summarize_TwoWitnesses_GradesAsLinkingDoes()
    {
        var incident = IncidentLinker.Summarize("I0009", [Second, First with { Harm = Harm.Killed, VictimsMax = 6 }], ["I0003"]);

        Assert.Equal(
            ("I0009", IncidentGrade.Corroborated, 2, 4, (int?)6, "1,2", "I0003"),
            (incident.IncidentId, incident.Grade, incident.IndependentSources, incident.VictimsMin, incident.VictimsMax,
             string.Join(",", incident.ClaimKeys), string.Join(",", incident.PreviousIds)));
    }
}
