using TestimonyNlp.Linking.Incidents;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Linking.Incidents.LinkClaims;

namespace TestimonyNlp.Tests.Linking.Incidents;

/// <summary>A strike's harm beside a taking in one testimony, one of them with a carried date
/// (<see cref="IncidentLinkerOptions.CarriedStrikeTakingWeight"/>).</summary>
public sealed class IncidentLinkerStrikeTakingTests
{
    private static readonly IncidentLinker Linker = new();

    [Fact]
    public void Link_KillingThenDetentionWithCarriedDate_TwoAccounts()
    {
        // The same day 3 and near evidence 1 weigh 4, the account threshold; the carried date beside a taking costs 1.
        var result = Linker.Link(
        [
            Claim(1, "t1", Shaar, "2016-03-12", Harm.Killed, start: 0),
            Claim(2, "t1", Shaar, "2016-03-12", Harm.Detained, start: 100) with { DateCarried = true },
        ], []);

        Assert.Equal("1 2", Groups(result));
    }

    [Fact]
    public void Link_DamageThenMissingWithCarriedDateOnTheStrike_TwoAccounts()
    {
        var result = Linker.Link(
        [
            Claim(1, "t1", Shaar, "2016-03-12", Harm.PropertyDamage, start: 0) with { DateCarried = true },
            Claim(2, "t1", Shaar, "2016-03-12", Harm.Missing, start: 100),
        ], []);

        Assert.Equal("1 2", Groups(result));
    }

    [Fact]
    public void Link_KillingThenDetentionBothDatesTold_OneAccount()
    {
        var result = Linker.Link(
        [
            Claim(1, "t1", Shaar, "2016-03-12", Harm.Killed, start: 0),
            Claim(2, "t1", Shaar, "2016-03-12", Harm.Detained, start: 100),
        ], []);

        Assert.Equal("1,2", Groups(result));
    }

    [Fact]
    public void Link_KillingThenInjuryWithCarriedDate_OneAccount()
    {
        var result = Linker.Link(
        [
            Claim(1, "t1", Shaar, "2016-03-12", Harm.Killed, start: 0),
            Claim(2, "t1", Shaar, "2016-03-12", Harm.Injured, start: 100) with { DateCarried = true },
        ], []);

        Assert.Equal("1,2", Groups(result));
    }

    [Fact]
    public void Link_KillingThenDetentionWithCarriedDateAndVictimInCommon_OneAccount()
    {
        // The victim named in both weighs 3 more: 6 with the cost.
        var result = Linker.Link(
        [
            Claim(1, "t1", Shaar, "2016-03-12", Harm.Killed, names: ["Karim Haddad"], start: 0),
            Claim(2, "t1", Shaar, "2016-03-12", Harm.Detained, names: ["Karim Haddad"], start: 100) with { DateCarried = true },
        ], []);

        Assert.Equal("1,2", Groups(result));
    }

    [Fact]
    public void Link_KillingThenDetentionWithCarriedDateAndRuleOff_OneAccount()
    {
        var options = new IncidentLinkerOptions { CarriedStrikeTakingWeight = 0 };
        var result = new IncidentLinker(options).Link(
        [
            Claim(1, "t1", Shaar, "2016-03-12", Harm.Killed, start: 0),
            Claim(2, "t1", Shaar, "2016-03-12", Harm.Detained, start: 100) with { DateCarried = true },
        ], []);

        Assert.Equal("1,2", Groups(result));
    }
}
