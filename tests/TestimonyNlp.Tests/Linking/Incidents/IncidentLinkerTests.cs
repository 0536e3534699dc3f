using TestimonyNlp.Linking.Incidents;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Linking.Incidents.LinkClaims;

namespace TestimonyNlp.Tests.Linking.Incidents;

public sealed class IncidentLinkerTests
{
    private static readonly IncidentLinker Linker = new();

    [Fact]
    public void Link_SameSiteDifferentDay_StayApart()
    {
        var result = Linker.Link(
        [
            Claim(1, "t1", Saraqib, "2016-03-12", weapon: WeaponCategory.Airstrike),
            Claim(2, "t2", Saraqib, "2016-03-15", weapon: WeaponCategory.Airstrike),
        ], []);

        Assert.Equal("1 2", Groups(result));
        Assert.Equal<string>(["I0001", "I0002"], result.Incidents.Select(i => i.IncidentId));
    }

    [Fact]
    public void Link_SameDaySiblingSite_StayApart()
    {
        var result = Linker.Link(
        [
            Claim(1, "t1", Shaar, "2016-03-12", weapon: WeaponCategory.BarrelBomb),
            Claim(2, "t2", Sukkari, "2016-03-12", weapon: WeaponCategory.BarrelBomb),
        ], []);

        Assert.Equal("1 2", Groups(result));
    }

    [Fact]
    public void Link_DatedAndUndatedAccountsNamingOneTarget_Link()
    {
        var result = Linker.Link(
        [
            Claim(1, "t1", Shaar, "2016-03-12") with { Targets = TargetKinds.Bakery | TargetKinds.Queue },
            Claim(2, "t2", Shaar, null) with { Targets = TargetKinds.Bakery },
        ], []);

        Assert.Equal("1,2", Groups(result));
    }

    [Fact]
    public void Link_SameStreetWithinOneWeek_Link()
    {
        // The overlap within a week 0.5, the street 2 and the harm 1 reach the threshold 3.5.
        var result = Linker.Link(
        [
            Claim(1, "t1", Shaar, "2016-03-12"),
            Claim(2, "t2", Shaar, "2016-03-10..2016-03-14"),
        ], []);

        Assert.Equal("1,2", Groups(result));
    }

    [Fact]
    public void Link_SameWholeTownWithinOneWeek_StayApart()
    {
        // A whole town in common weighs 1.5, not the 2 of a street: many events of one week happen in one town.
        var result = Linker.Link(
        [
            Claim(1, "t1", Saraqib, "2016-03-12"),
            Claim(2, "t2", Saraqib, "2016-03-10..2016-03-14"),
        ], []);

        Assert.Equal("1 2", Groups(result));
    }

    [Fact]
    public void Link_DatedAndUndatedAccountsWithoutTarget_StayApart()
    {
        var result = Linker.Link(
        [
            Claim(1, "t1", Shaar, "2016-03-12"),
            Claim(2, "t2", Shaar, null),
        ], []);

        Assert.Equal("1 2", Groups(result));
    }

    [Fact]
    public void Link_TownAndNeighbourhoodSameDayDifferentTargets_Link()
    {
        // The day 2, the town around the neighbourhood 1 and the harm 1 weigh 4; targets of different kinds cost
        // 0.5: two witnesses of one strike name different things near it.
        var result = Linker.Link(
        [
            Claim(1, "t1", AleppoCity, "2016-03-12") with { Targets = TargetKinds.Bakery },
            Claim(2, "t2", Shaar, "2016-03-12") with { Targets = TargetKinds.School },
        ], []);

        Assert.Equal("1,2", Groups(result));
    }

    [Fact]
    public void Link_TownAndNeighbourhoodSameDayDifferentTargetsOtherActors_StayApart()
    {
        var result = Linker.Link(
        [
            Claim(1, "t1", AleppoCity, "2016-03-12", actor: "Syrian Army") with { Targets = TargetKinds.Bakery },
            Claim(2, "t2", Shaar, "2016-03-12", actor: "Russia") with { Targets = TargetKinds.School },
        ], []);

        Assert.Equal("1 2", Groups(result));
    }

    [Fact]
    public void Link_TownAndNeighbourhoodSameDayNoTargets_Link()
    {
        var result = Linker.Link(
        [
            Claim(1, "t1", AleppoCity, "2016-03-12"),
            Claim(2, "t2", Shaar, "2016-03-12"),
        ], []);

        Assert.Equal("1,2", Groups(result));
    }

    [Fact]
    public void Link_OneTargetOneSiteTwoWeeksApart_StayApart()
    {
        var result = Linker.Link(
        [
            Claim(1, "t1", Saraqib, "2016-03-12", weapon: WeaponCategory.Airstrike, min: 5, max: 5) with { Targets = TargetKinds.Bakery },
            Claim(2, "t2", Saraqib, "2016-03-26", weapon: WeaponCategory.Airstrike, min: 5, max: 5) with { Targets = TargetKinds.Bakery },
        ], []);

        Assert.Equal("1 2", Groups(result));
    }

    [Fact]
    public void Link_OneTargetOneSiteSameMonthOnly_StayApart()
    {
        var result = Linker.Link(
        [
            Claim(1, "t1", Saraqib, "2016-03-01..2016-03-31") with { Targets = TargetKinds.Market },
            Claim(2, "t2", Saraqib, "2016-03-01..2016-03-31") with { Targets = TargetKinds.Market },
        ], []);

        Assert.Equal("1 2", Groups(result));
    }

    [Fact]
    public void Link_UndatedAccountAtAnotherSiteOfTheTownNamingOneTarget_Link()
    {
        var result = Linker.Link(
        [
            Claim(1, "t1", ShaarMosque, "2016-03-12", weapon: WeaponCategory.Airstrike) with { Targets = TargetKinds.Worship },
            Claim(2, "t2", Sukkari, null, weapon: WeaponCategory.Airstrike) with { Targets = TargetKinds.Worship },
        ], []);

        Assert.Equal("1,2", Groups(result));
    }

    [Fact]
    public void Link_UndatedAccountAtAnotherSiteOfTheTownWithoutTarget_StayApart()
    {
        var result = Linker.Link(
        [
            Claim(1, "t1", ShaarMosque, "2016-03-12", weapon: WeaponCategory.Airstrike),
            Claim(2, "t2", Sukkari, null, weapon: WeaponCategory.Airstrike),
        ], []);

        Assert.Equal("1 2", Groups(result));
    }

    [Fact]
    public void Link_TownAndNeighbourhoodDayInMonth_LinkAsCorroborated()
    {
        var result = Linker.Link(
        [
            Claim(1, "t1", AleppoCity, "2016-03-12", weapon: WeaponCategory.Airstrike, min: 4, max: 4),
            Claim(2, "t2", Shaar, "2016-03-01..2016-03-31", weapon: WeaponCategory.Airstrike, min: 4, max: 4),
        ], []);

        var incident = Assert.Single(result.Incidents);
        Assert.Equal<long>([1L, 2L], incident.ClaimKeys);
        Assert.Equal(IncidentGrade.Corroborated, incident.Grade);
        Assert.Equal(2, incident.IndependentSources);
        Assert.Equal(AleppoCity, incident.SiteId);
        Assert.Equal((new DateOnly(2016, 3, 12), new DateOnly(2016, 3, 12)), (incident.DateFrom!.Value, incident.DateTo!.Value));
        Assert.Equal<string>(["t1", "t2"], incident.Testimonies);
        Assert.Empty(incident.Conflicts);
    }

    [Fact]
    public void Link_TwoInterviewsOfOneWitness_CountOnce()
    {
        var result = Linker.Link(
        [
            Claim(1, "t1", Saraqib, "2017-05-02", witness: "w1", min: 3, max: 3),
            Claim(2, "t2", Saraqib, "2017-05-02", witness: "w1", min: 5, max: 5),
        ], []);

        var incident = Assert.Single(result.Incidents);
        Assert.Equal(1, incident.IndependentSources);
        Assert.Equal(IncidentGrade.SingleSource, incident.Grade);
        Assert.Equal<string>(["t1", "t2"], incident.Testimonies);
        Assert.Equal((3, 5), (incident.VictimsMin!.Value, incident.VictimsMax!.Value));
    }

    [Fact]
    public void Link_SevenAndNineKilled_ContestedOnToll()
    {
        var result = Linker.Link(
        [
            Claim(1, "t1", Ariha, "2018-01-20", min: 7, max: 7),
            Claim(2, "t2", Ariha, "2018-01-20", min: 9, max: 9),
        ], []);

        var incident = Assert.Single(result.Incidents);
        Assert.Equal(IncidentGrade.Contested, incident.Grade);
        Assert.Equal<string>(["toll"], incident.Conflicts);
        Assert.Equal((7, 9), (incident.VictimsMin!.Value, incident.VictimsMax!.Value));
    }

    [Fact]
    public void Link_OpenEndedTollAboveEveryMax_HasNoMax()
    {
        var result = Linker.Link(
        [
            Claim(1, "t1", Ariha, "2018-01-20", min: 31, max: null),
            Claim(2, "t2", Ariha, "2018-01-20", min: 20, max: 25),
        ], []);

        var incident = Assert.Single(result.Incidents);
        Assert.Equal((20, (int?)null), (incident.VictimsMin!.Value, incident.VictimsMax));
        Assert.Equal<string>(["toll"], incident.Conflicts);
    }

    [Fact]
    public void Link_SharedVictimAcrossDateConflict_ContestedOnDate()
    {
        var result = Linker.Link(
        [
            Claim(1, "t1", Saraqib, "2016-08-03", min: 1, max: 1, names: ["Samir Haddad"]),
            Claim(2, "t2", Saraqib, "2016-08-05", min: 1, max: 1, names: ["Samir Haddad"]),
        ], []);

        var incident = Assert.Single(result.Incidents);
        Assert.Equal(IncidentGrade.Contested, incident.Grade);
        Assert.Equal<string>(["date"], incident.Conflicts);
        Assert.Equal((new DateOnly(2016, 8, 3), new DateOnly(2016, 8, 5)), (incident.DateFrom!.Value, incident.DateTo!.Value));
    }

    [Fact]
    public void Link_DatesAYearApartWithVictimSiteAndWeaponInCommon_LinkContestedOnDate()
    {
        // A victim named by both 3, the street 2, the weapon 2 and the harm 1 weigh 8, at least the 8 that overrules
        // dates apart (a claim's date is often the wrong one of those its account names).
        var result = Linker.Link(
        [
            Claim(1, "t1", Shaar, "2016-03-12", weapon: WeaponCategory.BarrelBomb, names: ["Rami Jaber"]),
            Claim(2, "t2", Shaar, "2017-03-12", weapon: WeaponCategory.BarrelBomb, names: ["Rami Jaber"]),
        ], []);

        var incident = Assert.Single(result.Incidents);
        Assert.Equal(IncidentGrade.Contested, incident.Grade);
        Assert.Equal<string>(["date"], incident.Conflicts);
    }

    [Fact]
    public void Link_DatesAYearApartWithVictimAndSiteOnly_StayApart()
    {
        // Without the weapon the other evidence weighs 6: the dates apart keep them two incidents.
        var result = Linker.Link(
        [
            Claim(1, "t1", Shaar, "2016-03-12", names: ["Rami Jaber"]),
            Claim(2, "t2", Shaar, "2017-03-12", names: ["Rami Jaber"]),
        ], []);

        Assert.Equal("1 2", Groups(result));
    }

    [Fact]
    public void Link_DatesFiveDaysApartWithVictimSiteAndWeaponInCommon_Link()
    {
        var result = Linker.Link(
        [
            Claim(1, "t1", Shaar, "2016-03-12", weapon: WeaponCategory.BarrelBomb, names: ["Rami Jaber"]),
            Claim(2, "t2", Shaar, "2016-03-17", weapon: WeaponCategory.BarrelBomb, names: ["Rami Jaber"]),
        ], []);

        Assert.Equal("1,2", Groups(result));
    }

    [Fact]
    public void Link_DatesMonthsApartWithVictimSiteAndWeaponInCommon_StayApart()
    {
        // Four months apart, neither a few days nor whole years: not a date error the overrule forgives.
        var result = Linker.Link(
        [
            Claim(1, "t1", Shaar, "2016-09-09", weapon: WeaponCategory.BarrelBomb, names: ["Rami Jaber"]),
            Claim(2, "t2", Shaar, "2017-01-05", weapon: WeaponCategory.BarrelBomb, names: ["Rami Jaber"]),
        ], []);

        Assert.Equal("1 2", Groups(result));
    }

    [Fact]
    public void Link_SameDayVictimAndWeaponInTwoTowns_LinkSinceSitesAreOftenWrong()
    {
        // Sites in two towns are no site evidence rather than a conflict: the victim 3, the day 2, the weapon 2 and
        // the harm 1 link them.
        var result = Linker.Link(
        [
            Claim(1, "t1", Saraqib, "2016-03-12", weapon: WeaponCategory.BarrelBomb, names: ["Rami Jaber"]),
            Claim(2, "t2", Ariha, "2016-03-12", weapon: WeaponCategory.BarrelBomb, names: ["Rami Jaber"]),
        ], []);

        Assert.Equal("1,2", Groups(result));
    }

    [Fact]
    public void Link_SameDayInTwoTownsWithoutVictimOrWeapon_StayApart()
    {
        var result = Linker.Link(
        [
            Claim(1, "t1", Saraqib, "2016-03-12"),
            Claim(2, "t2", Ariha, "2016-03-12"),
        ], []);

        Assert.Equal("1 2", Groups(result));
    }

    [Fact]
    public void Link_DatesApartOverruleSwitchedOff_StayApart()
    {
        var options = new IncidentLinkerOptions { DatesApartOverruleScore = double.PositiveInfinity };
        var result = new IncidentLinker(options).Link(
        [
            Claim(1, "t1", Shaar, "2016-03-12", weapon: WeaponCategory.BarrelBomb, names: ["Rami Jaber"]),
            Claim(2, "t2", Shaar, "2017-03-12", weapon: WeaponCategory.BarrelBomb, names: ["Rami Jaber"]),
        ], []);

        Assert.Equal("1 2", Groups(result));
    }

    [Fact]
    public void Link_DatesApartOverruledAmongThree_ThirdWithAnotherWeaponStaysApart()
    {
        // The overrule lets 1 and 2 link; 3 names the victim too but a weapon nobody confuses with a barrel bomb, a
        // conflict no evidence overrules.
        var result = Linker.Link(
        [
            Claim(1, "t1", Shaar, "2016-03-12", weapon: WeaponCategory.BarrelBomb, names: ["Rami Jaber"]),
            Claim(2, "t2", Shaar, "2017-03-12", weapon: WeaponCategory.BarrelBomb, names: ["Rami Jaber"]),
            Claim(3, "t3", Shaar, "2016-03-12", weapon: WeaponCategory.SmallArms, names: ["Rami Jaber"]),
        ], []);

        Assert.Equal("1,2 3", Groups(result));
    }

    [Fact]
    public void Link_OneTestimonyKilledInjuredDamageNearby_OneIncident()
    {
        var result = Linker.Link(
        [
            Claim(1, "t1", Saraqib, "2016-03-12", weapon: WeaponCategory.BarrelBomb, min: 2, max: 2, start: 100),
            Claim(2, "t1", null, "2016-03-12", harm: Harm.Injured, min: 6, max: 6, start: 200),
            Claim(3, "t1", null, "2016-03-12", harm: Harm.PropertyDamage, start: 300),
            Claim(4, "t1", Saraqib, "2016-04-02", weapon: WeaponCategory.BarrelBomb, min: 1, max: 1, start: 2000),
        ], []);

        Assert.Equal("1,2,3 4", Groups(result));
        Assert.Equal((2, 2), (result.Incidents[0].VictimsMin!.Value, result.Incidents[0].VictimsMax!.Value));
    }

    [Fact]
    public void Link_UndatedClaimNamingVictimsOfTwoStrikes_JoinsOnlyTheFirst()
    {
        var result = Linker.Link(
        [
            Claim(1, "t1", Saraqib, "2016-03-12", names: ["Omar Khalil"], start: 100),
            Claim(2, "t1", Saraqib, null, harm: Harm.Injured, names: ["Omar Khalil"], start: 250),
            Claim(3, "t1", Saraqib, "2016-04-02", names: ["Omar Khalil"], start: 400),
        ], []);

        Assert.Equal("1,2 3", Groups(result));
    }

    [Fact]
    public void Link_DifferentActorsSameTownAndDay_LinkContestedOnActor()
    {
        var result = Linker.Link(
        [
            Claim(1, "t1", Saraqib, "2016-03-12", actor: "Syrian Arab Army"),
            Claim(2, "t2", Saraqib, "2016-03-12", actor: "Islamic State"),
        ], []);

        var incident = Assert.Single(result.Incidents);
        Assert.Equal<string>(["actor"], incident.Conflicts);
    }

    [Fact]
    public void Link_AirstrikeAndMissile_LinkContestedOnWeapon()
    {
        var result = Linker.Link(
        [
            Claim(1, "t1", Saraqib, "2016-03-12", weapon: WeaponCategory.Airstrike),
            Claim(2, "t2", Saraqib, "2016-03-12", weapon: WeaponCategory.Missile),
        ], []);

        var incident = Assert.Single(result.Incidents);
        Assert.Equal<string>(["weapon"], incident.Conflicts);
        Assert.Equal(WeaponCategory.Airstrike, incident.Weapon);
    }

    [Fact]
    public void Link_BarrelBombAndSmallArmsAcrossTestimonies_StayApart()
    {
        var result = Linker.Link(
        [
            Claim(1, "t1", Saraqib, "2016-03-12", weapon: WeaponCategory.BarrelBomb),
            Claim(2, "t2", Saraqib, "2016-03-12", weapon: WeaponCategory.SmallArms),
        ], []);

        Assert.Equal("1 2", Groups(result));
    }

    [Fact]
    public void Link_ReLinkWithPreviousIds_IdenticalOutput()
    {
        List<LinkClaim> claims =
        [
            Claim(1, "t1", Saraqib, "2016-03-12"),
            Claim(2, "t2", Saraqib, "2016-03-12"),
            Claim(3, "t3", Ariha, "2017-01-09"),
        ];
        var first = Linker.Link(claims, []);

        var second = Linker.Link(WithIncidents(claims, first), Prior(first));

        Assert.Equal(first.Incidents, second.Incidents, new IncidentComparer());
        Assert.Empty(second.RetiredIds);
        Assert.Equal<string>(["I0001", "I0002"], second.Incidents.Select(i => i.IncidentId));
    }

    [Fact]
    public void Link_MergeOfTwoPriorIncidents_KeepsAbsorbedIdInPreviousIds()
    {
        List<LinkClaim> claims =
        [
            Claim(1, "t1", Saraqib, "2016-03-12", previous: "I0004"),
            Claim(2, "t1", Saraqib, "2016-03-12", harm: Harm.Injured, start: 50, previous: "I0004"),
            Claim(3, "t2", Saraqib, "2016-03-12", previous: "I0007"),
        ];

        var result = Linker.Link(claims, [new PriorIncident("I0004", []), new PriorIncident("I0007", ["I0002"])]);

        var incident = Assert.Single(result.Incidents);
        Assert.Equal("I0004", incident.IncidentId);
        Assert.Equal<string>(["I0002", "I0007"], incident.PreviousIds);
        Assert.Equal<string>(["I0007"], result.RetiredIds);
    }

    [Fact]
    public void Link_PriorIncidentSplit_KeepsIdInLargerPart()
    {
        List<LinkClaim> claims =
        [
            Claim(1, "t1", Saraqib, "2016-03-12", previous: "I0003"),
            Claim(2, "t2", Saraqib, "2016-03-12", previous: "I0003"),
            Claim(3, "t3", Saraqib, "2016-03-20", previous: "I0003"),
        ];

        var result = Linker.Link(claims, [new PriorIncident("I0003", []), new PriorIncident("I0005", ["I0001"])]);

        Assert.Equal("1,2 3", Groups(result));
        Assert.Equal<string>(["I0003", "I0006"], result.Incidents.Select(i => i.IncidentId));
        Assert.Equal<string>(["I0005"], result.RetiredIds);
    }

    [Fact]
    public void Link_ShuffledInput_SameOutput()
    {
        List<LinkClaim> claims =
        [
            Claim(5, "t3", Ariha, "2017-01-09", min: 2, max: 2),
            Claim(1, "t1", Saraqib, "2016-03-12", weapon: WeaponCategory.Airstrike, min: 7, max: 7),
            Claim(3, "t2", Saraqib, "2016-03-12", weapon: WeaponCategory.Missile, min: 9, max: 9),
            Claim(2, "t1", null, "2016-03-12", harm: Harm.Injured, start: 150),
            Claim(4, "t2", AleppoCity, "2016-03-13"),
            Claim(6, "t4", Ariha, "2017-01-09", names: ["Lina Saeed"]),
        ];
        var forward = Linker.Link(claims, []);

        var reversed = Linker.Link([.. Enumerable.Reverse(claims)], []);

        Assert.Equal(forward.Incidents, reversed.Incidents, new IncidentComparer());
        Assert.Equal("1,2,3 4 5,6", Groups(forward));
    }

    [Fact]
    public void Link_DuplicateKeys_Throws()
    {
        Assert.Throws<ArgumentException>(() => Linker.Link([Claim(1, "t1", null, null), Claim(1, "t2", null, null)], []));
    }

    /// <summary>Compares incidents by value, arrays included.</summary>
    private sealed class IncidentComparer : IEqualityComparer<LinkedIncident>
    {
        public bool Equals(LinkedIncident? x, LinkedIncident? y) => Render(x!) == Render(y!);

        public int GetHashCode(LinkedIncident obj) => Render(obj).GetHashCode(StringComparison.Ordinal);

        private static string Render(LinkedIncident i) => string.Join(
            "|",
            i.IncidentId,
            i.SiteId,
            i.DateFrom,
            i.DateTo,
            i.Weapon,
            i.Actor,
            i.VictimsMin,
            i.VictimsMax,
            string.Join(",", i.Testimonies),
            i.IndependentSources,
            i.Grade,
            string.Join(",", i.Conflicts),
            string.Join(",", i.PreviousIds),
            string.Join(",", i.ClaimKeys));
    }

    [Fact]
    public void Link_SameDayWithoutSitesNamingOneRarePlace_LinkOnThePlace()
    {
        var result = Linker.Link(
        [
            Claim(1, "t1", null, "2016-03-12") with { ContextPlaces = ["kafrnabl"] },
            Claim(2, "t2", null, "2016-03-12") with { ContextPlaces = ["kafrnabl"] },
        ], []);

        Assert.Equal("1,2", Groups(result));
    }

    [Fact]
    public void Link_SameDayWithoutSitesOrSharedPlace_StayApart()
    {
        var result = Linker.Link(
        [
            Claim(1, "t1", null, "2016-03-12") with { ContextPlaces = ["kafrnabl"] },
            Claim(2, "t2", null, "2016-03-12") with { ContextPlaces = ["maarrat"] },
        ], []);

        Assert.Equal("1 2", Groups(result));
    }

    [Fact]
    public void Link_PlaceNamedByFiveTestimonies_DoesNotLink()
    {
        // Five testimonies name the place, more than MaxPlaceBlock: it is too common to tell events apart.
        var result = Linker.Link(
        [
            Claim(1, "t1", null, "2016-03-12") with { ContextPlaces = ["idlib"] },
            Claim(2, "t2", null, "2016-03-12") with { ContextPlaces = ["idlib"] },
            Claim(3, "t3", null, "2017-06-01") with { ContextPlaces = ["idlib"] },
            Claim(4, "t4", null, "2018-01-20") with { ContextPlaces = ["idlib"] },
            Claim(5, "t5", null, "2019-08-30") with { ContextPlaces = ["idlib"] },
        ], []);

        Assert.Equal("1 2 3 4 5", Groups(result));
    }

    [Fact]
    public void Link_SharedRarePersonAcrossTowns_LinkDespiteNoSiteEvidence()
    {
        var result = Linker.Link(
        [
            Claim(1, "t1", null, "2016-03-12") with { ContextPeople = ["yusufhaddad"] },
            Claim(2, "t2", Saraqib, "2016-03-12") with { ContextPeople = ["yusufhaddad"] },
        ], []);

        Assert.Equal("1,2", Groups(result));
    }

    [Fact]
    public void Link_SharedRarePersonDaysApart_StayApart()
    {
        var result = Linker.Link(
        [
            Claim(1, "t1", Saraqib, "2016-03-12") with { ContextPeople = ["yusufhaddad"] },
            Claim(2, "t2", Saraqib, "2016-03-20") with { ContextPeople = ["yusufhaddad"] },
        ], []);

        Assert.Equal("1 2", Groups(result));
    }

    [Fact]
    public void Link_SameMonthTwiceInOneTestimony_StayTwoAccounts()
    {
        var result = Linker.Link(
        [
            Claim(1, "t1", Saraqib, "2016-03-01..2016-03-31", start: 0),
            Claim(2, "t1", Saraqib, "2016-03-01..2016-03-31", start: 200),
        ], []);

        Assert.Equal("1 2", Groups(result));
    }

    [Fact]
    public void Link_SameDayTwiceInOneTestimony_JoinOneAccount()
    {
        var result = Linker.Link(
        [
            Claim(1, "t1", Saraqib, "2016-03-12", start: 0),
            Claim(2, "t1", Saraqib, "2016-03-12", harm: Harm.Injured, start: 200),
        ], []);

        Assert.Equal("1,2", Groups(result));
    }

    [Fact]
    public void Link_MortarThenSniperOnOneDayInOneTestimony_StayTwoAccounts()
    {
        var result = Linker.Link(
        [
            Claim(1, "t1", Saraqib, "2016-03-12", weapon: WeaponCategory.Mortar, start: 0),
            Claim(2, "t1", Saraqib, "2016-03-12", harm: Harm.Injured, weapon: WeaponCategory.SmallArms, start: 200),
        ], []);

        Assert.Equal("1 2", Groups(result));
    }

    [Fact]
    public void Link_SameInjuredTollBesideDifferentDeathTolls_AddsTheTollWeight()
    {
        // Accounts of killed 3 and killed 5: the main tolls differ, the injured tolls agree. Same day 2, same street 2,
        // same harm 1 and the toll 1 reach 6; without the toll the pair would score 5.
        var options = new IncidentLinkerOptions { LinkThreshold = 5.5 };
        var result = new IncidentLinker(options).Link(
        [
            Claim(1, "t1", Shaar, "2016-03-12", min: 3, max: 3, start: 0),
            Claim(2, "t1", Shaar, "2016-03-12", harm: Harm.Injured, min: 12, max: 12, start: 100),
            Claim(3, "t2", Shaar, "2016-03-12", min: 5, max: 5, start: 0),
            Claim(4, "t2", Shaar, "2016-03-12", harm: Harm.Injured, min: 12, max: 12, start: 100),
        ], []);

        Assert.Equal("1,2,3,4", Groups(result));
    }

    [Fact]
    public void Link_TwoAccountsOfOneTestimonyWithDifferentDates_OnlyOneJoinsTheIncident()
    {
        // t1 tells a strike on the 12th and, far on, a death some time that month: two accounts; t2's strike on
        // the 12th could take either, but one incident takes only one of them.
        var result = Linker.Link(
        [
            Claim(1, "t1", Saraqib, "2016-03-12", weapon: WeaponCategory.Airstrike),
            Claim(2, "t1", Saraqib, "2016-03-01..2016-03-31", start: 3000),
            Claim(3, "t2", Saraqib, "2016-03-12", weapon: WeaponCategory.Airstrike),
        ], []);

        Assert.Equal("1,3 2", Groups(result));
    }

    [Fact]
    public void Link_TwoAccountsOfOneTestimonyWithOneDay_BothJoinTheIncident()
    {
        var result = Linker.Link(
        [
            Claim(1, "t1", Saraqib, "2016-03-12", weapon: WeaponCategory.Airstrike),
            Claim(2, "t1", Saraqib, "2016-03-12", Harm.Injured, weapon: WeaponCategory.Airstrike, start: 3000),
            Claim(3, "t2", Saraqib, "2016-03-12", weapon: WeaponCategory.Airstrike),
        ], []);

        Assert.Equal("1,2,3", Groups(result));
    }

    [Fact]
    public void Link_DetentionAndDisplacementOfOneNamedPersonOneDay_StayTwoAccounts()
    {
        var result = Linker.Link(
        [
            Claim(1, "t1", Saraqib, "2016-03-12", Harm.Detained, names: ["Karim Haddad"]),
            Claim(2, "t1", Saraqib, "2016-03-12", Harm.Displaced, names: ["Karim Haddad"], start: 200),
        ], []);

        Assert.Equal("1 2", Groups(result));
    }

    [Fact]
    public void Link_SameMonthAtTwoSitesOfOneTown_StayApart()
    {
        var result = Linker.Link(
        [
            Claim(1, "t1", ShaarMosque, "2016-03-01..2016-03-31", weapon: WeaponCategory.Airstrike, min: 7, max: 7),
            Claim(2, "t2", Sukkari, "2016-03-01..2016-03-31", weapon: WeaponCategory.Airstrike, min: 7, max: 7),
        ], []);

        Assert.Equal("1 2", Groups(result));
    }

    [Fact]
    public void Link_SameDayAtTwoSitesOfOneTown_Link()
    {
        var result = Linker.Link(
        [
            Claim(1, "t1", ShaarMosque, "2016-03-12", weapon: WeaponCategory.Airstrike, min: 7, max: 7),
            Claim(2, "t2", Sukkari, "2016-03-12", weapon: WeaponCategory.Airstrike, min: 7, max: 7),
        ], []);

        Assert.Equal("1,2", Groups(result));
    }

    [Fact]
    public void Link_SameMonthAtTwoSitesOfOneTownNamingOneVictim_Link()
    {
        var result = Linker.Link(
        [
            Claim(1, "t1", ShaarMosque, "2016-03-01..2016-03-31", weapon: WeaponCategory.Airstrike, names: ["Karim Haddad"]),
            Claim(2, "t2", Sukkari, "2016-03-01..2016-03-31", weapon: WeaponCategory.Airstrike, names: ["Karim Haddad"]),
        ], []);

        Assert.Equal("1,2", Groups(result));
    }

    [Fact]
    public void Link_DayAndTwoDayRangeInOneTestimonyWithoutCommonVictim_StayTwoAccounts()
    {
        // 1 and 2 name Karim Haddad, 2 and 3 give the same two days; 1 and 3 give different dates and no victim in
        // common, so 3 does not join 1's account.
        var result = Linker.Link(
        [
            Claim(1, "t1", Saraqib, "2016-03-12", names: ["Karim Haddad"]),
            Claim(2, "t1", Saraqib, "2016-03-12..2016-03-13", Harm.Injured, names: ["Karim Haddad"], start: 100),
            Claim(3, "t1", Saraqib, "2016-03-12..2016-03-13", Harm.PropertyDamage, start: 200),
        ], []);

        Assert.Equal("1,2 3", Groups(result));
    }
}
