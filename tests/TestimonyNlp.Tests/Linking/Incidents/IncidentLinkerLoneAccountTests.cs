using TestimonyNlp.Linking.Incidents;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Linking.Incidents.LinkClaims;

namespace TestimonyNlp.Tests.Linking.Incidents;

/// <summary>An account left alone by the second stage joins the incident that holds another account of its testimony
/// told as one event with it.</summary>
public sealed class IncidentLinkerLoneAccountTests
{
    private const string Day = "2016-03-12";
    private const string Month = "2016-03-01..2016-03-31";

    // The link threshold is raised to 5 so that the lone account (4 with the other testimony: the day 2, the site 2)
    // does not link on its own, while the first account of t1 links with t2 (7: the day, the site, the weapon 2, the
    // harm 1). The two claims of t1 lie 5,000 characters apart, too far for the first stage to join them.
    private static readonly IncidentLinkerOptions HighThreshold = new() { LinkThreshold = 5.0 };

    // For one month in common: the first account of t1 links with t2 at 5 (the site 2, the weapon 2, the harm 1), the
    // lone one scores 1.5 with it (the site 2, a month without a weapon -0.5), over a lone mean of 1.
    private static readonly IncidentLinkerOptions MonthThreshold = new() { LinkThreshold = 4.0, LoneAccountMeanScore = 1.0 };

    private static IncidentLinkerOptions Options(string name) => name switch
    {
        "high" => HighThreshold,
        "high-rule-off" => HighThreshold with { LoneAccountMeanScore = double.PositiveInfinity },
        "month" => MonthThreshold,
        "month-31-days" => MonthThreshold with { LoneAccountMaxDays = 31 },
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown options"),
    };

    [Theory]
    // The same day and site: the lone account joins its incident.
    [InlineData("high", Day, Day, Harm.PropertyDamage, null, "1,2,3")]
    [InlineData("high-rule-off", Day, Day, Harm.PropertyDamage, null, "1,3 2")]
    // The month against the day: the witness may tell another event of that month.
    [InlineData("high", Day, Month, Harm.PropertyDamage, null, "1,3 2")]
    // One month in common, wider than a week: many events of one place share it, unless the limit is widened.
    [InlineData("month", Month, Month, Harm.PropertyDamage, null, "1,3 2")]
    [InlineData("month-31-days", Month, Month, Harm.PropertyDamage, null, "1,2,3")]
    [InlineData("high", Day, Day, Harm.PropertyDamage, WeaponCategory.Mortar, "1,3 2")]
    // A family's flight that day is not the strike's dead.
    [InlineData("high", Day, Day, Harm.Displaced, null, "1,3 2")]
    public void Link_LoneAccountOfOneTestimony_JoinsOnlyItsOwnEvent(
        string options, string sharedDate, string loneDate, Harm loneHarm, WeaponCategory? loneWeapon, string expected)
    {
        var result = new IncidentLinker(Options(options)).Link(
        [
            Claim(1, "t1", Shaar, sharedDate, weapon: WeaponCategory.Airstrike, start: 0),
            Claim(2, "t1", Shaar, loneDate, harm: loneHarm, weapon: loneWeapon, start: 5000),
            Claim(3, "t2", Shaar, sharedDate, weapon: WeaponCategory.Airstrike),
        ], []);

        Assert.Equal(expected, Groups(result));
    }
}
