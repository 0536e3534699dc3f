using TestimonyNlp.Linking.Incidents;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Linking.Incidents.LinkClaims;

namespace TestimonyNlp.Tests.Linking.Incidents;

/// <summary>
/// What a year told after a day ("The 14th of January, in 2015", <c>DateNormaliser</c>) changes for linking: the
/// witness's claims take the day in the year told, where before they took it in the interview's year.
/// </summary>
public sealed class IncidentLinkerApposedYearTests
{
    private static readonly IncidentLinker Linker = new();

    [Fact]
    public void Link_ClaimsOfOneDayTheYearToldPlaced_OneIncident()
    {
        var result = Linker.Link(
        [
            Claim(1, "t1", Saraqib, "2015-01-14", weapon: WeaponCategory.Mortar),
            Claim(2, "t1", Saraqib, "2015-01-14", Harm.Injured, weapon: WeaponCategory.Mortar, start: 120),
            Claim(3, "t2", Saraqib, "2015-01-14", weapon: WeaponCategory.Mortar),
        ], []);

        Assert.Equal("1,2,3", Groups(result));
    }

    [Fact]
    public void Link_DayInTheInterviewYearAgainstTheDayTheOtherTold_StayApart()
    {
        // The same day a year apart, both told: the site, the weapon and the harm weigh 5, under the 8 that
        // overrules told dates whole years apart.
        var result = Linker.Link(
        [
            Claim(1, "t1", Saraqib, "2016-01-14", weapon: WeaponCategory.Mortar),
            Claim(2, "t1", Saraqib, "2016-01-14", Harm.Injured, weapon: WeaponCategory.Mortar, start: 120),
            Claim(3, "t2", Saraqib, "2015-01-14", weapon: WeaponCategory.Mortar),
        ], []);

        Assert.Equal("1,2 3", Groups(result));
    }
}
