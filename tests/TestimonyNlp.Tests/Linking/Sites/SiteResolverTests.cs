using TestimonyNlp.Linking.Sites;
using TestimonyNlp.Model;
using TestimonyNlp.Tests.Entities.Places;

namespace TestimonyNlp.Tests.Linking.Sites;

/// <summary>Site resolution over the committed gazetteer (models/places.bin).</summary>
public sealed class SiteResolverTests
{
    private static readonly Lazy<SiteResolver> Shared = new(() => new SiteResolver(PlacesTestData.Gazetteer));

    private static SiteResolver Resolver => Shared.Value;

    [Fact]
    public void Resolve_ThreeAlJadidaSites_StayApart()
    {
        var resolution = Resolver.Resolve(
        [
            SiteMentions.FromSentence("t1/c1", "The shell hit al-Jadida in Mosul.", "al-Jadida", "IQ"),
            SiteMentions.FromSentence("t2/c1", "The bomb fell on al-Jadida street in Aleppo.", "al-Jadida street", "SY"),
            SiteMentions.FromSentence("t3/c1", "We lived in Jdeidet near Damascus.", "Jdeidet", "SY"),
        ]);

        var mosul = resolution.SiteOf("t1/c1")!;
        var aleppo = resolution.SiteOf("t2/c1")!;
        var damascus = resolution.SiteOf("t3/c1")!;
        Assert.Equal(3, new[] { mosul.SiteId, aleppo.SiteId, damascus.SiteId }.Distinct().Count());
        Assert.Equal(("al-Jadida", SitePrecision.Neighbourhood, "Mosul"), (mosul.Name, mosul.Kind, resolution.Get(mosul.ParentSiteId!)!.Name));
        Assert.Equal(("al-Jadida street", SitePrecision.Street, "Aleppo"), (aleppo.Name, aleppo.Kind, resolution.Get(aleppo.ParentSiteId!)!.Name));
        Assert.Equal(("Jdeidet", SitePrecision.Neighbourhood, "Damascus"), (damascus.Name, damascus.Kind, resolution.Get(damascus.ParentSiteId!)!.Name));
    }

    [Fact]
    public void Resolve_NamesakeAbroadWithTownInSentence_LocalSiteOfTheTown()
    {
        // The gazetteer's al-Jadida is El Jadida in Morocco; named with Mosul it is a Mosul neighbourhood.
        var elJadida = PlacesTestData.Gazetteer.Resolve("al-Jadida")!.Entry;
        var sentence = "The shell hit al-Jadida in Mosul.";
        var namesake = SiteMentions.Local(sentence, "al-Jadida") with { Normalized = elJadida.Name, Geo = elJadida.ToGeoPoint() };
        var places = PlacesTestData.Spot(sentence).Append(namesake).ToList();

        var site = Resolver.Resolve([new SiteMention("t1/c1", namesake) { Country = "IQ", SentencePlaces = places }]).SiteOf("t1/c1")!;

        Assert.Equal("MA", elJadida.Country);
        Assert.Equal(("al-Jadida", SitePrecision.Neighbourhood, 36.335, 43.11889, SitePrecision.Town), (site.Name, site.Kind, site.Lat!.Value, site.Lon!.Value, site.Precision));
    }

    [Fact]
    public void Resolve_SpellingVariantsInOneTown_OneSiteWithEveryAlias()
    {
        var resolution = Resolver.Resolve(
        [
            SiteMentions.FromSentence("t1/c1", "We ran to Hay al-Thawra in Mosul.", "Hay al-Thawra"),
            SiteMentions.FromSentence("t2/c1", "They shelled Hai al-Thawra in Mosul.", "Hai al-Thawra"),
            SiteMentions.FromSentence("t3/c1", "My house in Hay Al Thawra in Mosul burned.", "Hay Al Thawra"),
            SiteMentions.FromSentence("t4/c2", "Back in Hay al-Thawra in Mosul we hid.", "Hay al-Thawra"),
        ]);

        var site = resolution.SiteOf("t1/c1")!;
        Assert.Equal([site.SiteId, site.SiteId, site.SiteId], new[] { "t2/c1", "t3/c1", "t4/c2" }.Select(resolution.SiteIdOf));
        Assert.Equal("Hay al-Thawra", site.Name);
        Assert.Equal(["Hai al-Thawra", "Hay Al Thawra"], site.Aliases.ToArray());
        Assert.Single(resolution.Sites, s => s.Kind == SitePrecision.Neighbourhood);
    }

    [Fact]
    public void Resolve_QuarterWordWrittenOrNot_SameSite()
    {
        var resolution = Resolver.Resolve(
        [
            SiteMentions.FromSentence("t1/c1", "We ran to Hay al-Thawra in Mosul.", "Hay al-Thawra"),
            SiteMentions.FromSentence("t2/c1", "They shelled al-Thawra in Mosul.", "al-Thawra"),
        ]);

        Assert.Equal(resolution.SiteIdOf("t1/c1"), resolution.SiteIdOf("t2/c1"));
    }

    [Fact]
    public void Resolve_NeighbourhoodWithTownInSentence_TownParentAndTownCoordinates()
    {
        var resolution = Resolver.Resolve([SiteMentions.FromSentence("t1/c1", "We ran to Hay al-Thawra in Mosul.", "Hay al-Thawra")]);

        var site = resolution.SiteOf("t1/c1")!;
        var town = resolution.Get(site.ParentSiteId!)!;
        Assert.Equal(("Mosul", SitePrecision.Town, 36.335, 43.11889), (town.Name, town.Kind, town.Lat!.Value, town.Lon!.Value));
        Assert.Equal((36.335, 43.11889, SitePrecision.Town, SitePrecision.Neighbourhood), (site.Lat!.Value, site.Lon!.Value, site.Precision, site.Kind));
        Assert.Equal("IQ/g:niniva/t:musul/n:thara", site.IdentityPath);
    }

    [Fact]
    public void Resolve_NoTownInSentence_NearestTownOfTestimony()
    {
        const string content = "I grew up in Homs. Later we moved to Aleppo. The market of al-Shaar was full.";
        var places = PlacesTestData.Spot(content);
        var shaar = SiteMentions.Local(content, "al-Shaar");

        var site = Resolver.Resolve([new SiteMention("t1/c1", shaar) { Country = "SY", TestimonyPlaces = places }]).SiteOf("t1/c1")!;

        Assert.Equal(["Homs", "Aleppo"], places.Select(p => p.Text));
        Assert.Equal("SY/g:alipu/t:alipu/n:shar", site.IdentityPath);
        Assert.Equal((36.20124, 37.16117, SitePrecision.Town), (site.Lat!.Value, site.Lon!.Value, site.Precision));
    }

    [Fact]
    public void Resolve_GazetteerTown_GovernorateAndCountryParents()
    {
        var resolution = Resolver.Resolve([SiteMentions.FromSentence("t1/c1", "The jets came over Mosul at dawn.", "Mosul")]);

        var town = resolution.SiteOf("t1/c1")!;
        var governorate = resolution.Get(town.ParentSiteId!)!;
        var country = resolution.Get(governorate.ParentSiteId!)!;
        Assert.Equal(("Mosul", SitePrecision.Town, SitePrecision.Town, 36.335, 43.11889), (town.Name, town.Kind, town.Precision, town.Lat!.Value, town.Lon!.Value));
        Assert.Equal(("Nineveh", SitePrecision.Governorate, SitePrecision.Governorate, 36.338656, 43.041923), (governorate.Name, governorate.Kind, governorate.Precision, governorate.Lat!.Value, governorate.Lon!.Value));
        Assert.Equal(("Iraq", SitePrecision.Country, SitePrecision.Country, (string?)null), (country.Name, country.Kind, country.Precision, country.ParentSiteId));
        Assert.Equal(["IQ", "IQ/g:niniva", "IQ/g:niniva/t:musul"], resolution.Sites.Select(s => s.IdentityPath));
    }

    [Fact]
    public void Resolve_GovernorateMention_GovernorateSiteUnderCountry()
    {
        var resolution = Resolver.Resolve([SiteMentions.FromSentence("t1/c1", "The villages of Idlib Governorate emptied.", "Idlib")]);

        var site = resolution.SiteOf("t1/c1")!;
        Assert.Equal(("Idlib", SitePrecision.Governorate, SitePrecision.Governorate, "SY/g:idlib"), (site.Name, site.Kind, site.Precision, site.IdentityPath));
        Assert.Equal("Syria", resolution.Get(site.ParentSiteId!)!.Name);
        Assert.Empty(site.Aliases);
    }

    [Fact]
    public void Resolve_SameMentionsInAnotherOrder_SameSitesAndIds()
    {
        var mentions = new List<SiteMention>
        {
            SiteMentions.FromSentence("t1/c1", "The shell hit al-Jadida in Mosul.", "al-Jadida", "IQ"),
            SiteMentions.FromSentence("t2/c1", "They shelled Hai al-Thawra in Mosul.", "Hai al-Thawra"),
            SiteMentions.FromSentence("t3/c1", "We ran to Hay al-Thawra in Mosul.", "Hay al-Thawra"),
            SiteMentions.FromSentence("t4/c1", "The bomb fell on al-Jadida street in Aleppo.", "al-Jadida street", "SY"),
            SiteMentions.FromSentence("t5/c1", "The jets came over Halab at dawn.", "Halab"),
            SiteMentions.FromSentence("t6/c1", "We lived in Jdeidet near Damascus.", "Jdeidet", "SY"),
        };
        var reordered = new[] { 4, 2, 5, 0, 3, 1 }.Select(i => mentions[i]).ToList();

        var first = Resolver.Resolve(mentions);
        var second = Resolver.Resolve(reordered);

        Assert.Equal(Render(first), Render(second));
        Assert.Equal(mentions.Select(m => first.SiteIdOf(m.Key)), mentions.Select(m => second.SiteIdOf(m.Key)));
        Assert.Equal(12, first.Sites.Length);
    }

    [Fact]
    public void Resolve_MoreMentionsLater_EarlierIdsKept()
    {
        var before = Resolver.Resolve([SiteMentions.FromSentence("t1/c1", "We ran to Hay al-Thawra in Mosul.", "Hay al-Thawra")]);
        var after = Resolver.Resolve(
        [
            SiteMentions.FromSentence("t0/c1", "The shell hit al-Jadida in Mosul.", "al-Jadida", "IQ"),
            SiteMentions.FromSentence("t1/c1", "We ran to Hay al-Thawra in Mosul.", "Hay al-Thawra"),
        ]);

        Assert.Equal(before.Sites.Select(s => s.SiteId), after.Sites.Where(s => s.Name != "al-Jadida").Select(s => s.SiteId));
    }

    [Fact]
    public void Resolve_LocalSite_IdIsHashOfIdentityPath()
    {
        var site = Resolver.Resolve([SiteMentions.FromSentence("t1/c1", "We ran to Hay al-Thawra in Mosul.", "Hay al-Thawra")]).SiteOf("t1/c1")!;

        Assert.Equal("s-4b28ece649dd", site.SiteId);
    }

    [Fact]
    public void Resolve_NoGeocodingNoTownNoCountry_SiteWithNullCoordinates()
    {
        const string content = "The shelling reached al-Zahraa that night.";
        var site = Resolver.Resolve([new SiteMention("t1/c1", SiteMentions.Local(content, "al-Zahraa"))]).SiteOf("t1/c1")!;

        Assert.Equal(("al-Zahraa", (string?)null, (double?)null, (double?)null, (SitePrecision?)null), (site.Name, site.ParentSiteId, site.Lat, site.Lon, site.Precision));
        Assert.Equal("-/n:zahra", site.IdentityPath);
    }

    [Fact]
    public void Resolve_NoGeocodingNoTownKnownCountry_CountryParentNullCoordinates()
    {
        const string content = "The shelling reached al-Zahraa that night.";
        var resolution = Resolver.Resolve([new SiteMention("t1/c1", SiteMentions.Local(content, "al-Zahraa")) { Country = "SY" }]);

        var site = resolution.SiteOf("t1/c1")!;
        Assert.Equal(("Syria", (double?)null, (SitePrecision?)null), (resolution.Get(site.ParentSiteId!)!.Name, site.Lat, site.Precision));
    }

    [Fact]
    public void Resolve_StreetAndBuildingOfOneName_TwoSites()
    {
        var resolution = Resolver.Resolve(
        [
            SiteMentions.FromSentence("t1/c1", "The bomb fell on al-Quds street in Aleppo.", "al-Quds street"),
            SiteMentions.FromSentence("t2/c1", "They carried him to al-Quds hospital in Aleppo.", "al-Quds hospital"),
        ]);

        Assert.Equal(
            [("SY/g:alipu/t:alipu/b:kads haspatal", SitePrecision.Building), ("SY/g:alipu/t:alipu/st:kads", SitePrecision.Street)],
            resolution.Sites.Where(s => s.Kind is SitePrecision.Building or SitePrecision.Street).Select(s => (s.IdentityPath, s.Kind)));
    }

    [Fact]
    public void Resolve_TownSpelledTwoWays_GazetteerNameWithAlias()
    {
        var resolution = Resolver.Resolve(
        [
            SiteMentions.FromSentence("t1/c1", "The jets came over Halab at dawn.", "Halab"),
            SiteMentions.FromSentence("t2/c1", "The jets came over Aleppo at dawn.", "Aleppo"),
        ]);

        var site = resolution.SiteOf("t1/c1")!;
        Assert.Equal(site.SiteId, resolution.SiteIdOf("t2/c1"));
        Assert.Equal(("Aleppo", "SY/g:alipu/t:alipu"), (site.Name, site.IdentityPath));
        Assert.Equal(["Halab"], site.Aliases.ToArray());
    }

    [Fact]
    public void Resolve_TownsOfTwoCountriesInTestimony_HomeCountryTownFirst()
    {
        const string content = "We fled to Gaziantep. Before that we lived near Aleppo. The school of al-Shaar was hit.";
        var places = PlacesTestData.Spot(content);
        var shaar = SiteMentions.Local(content, "al-Shaar");

        var site = Resolver.Resolve([new SiteMention("t1/c1", shaar) { Country = "SY", TestimonyPlaces = places }]).SiteOf("t1/c1")!;

        Assert.Equal(["Gaziantep", "Aleppo"], places.Select(p => p.Text));
        Assert.Equal("SY/g:alipu/t:alipu/n:shar", site.IdentityPath);
    }

    [Fact]
    public void Resolve_FromManyThreads_SameResult()
    {
        var mentions = new[]
        {
            SiteMentions.FromSentence("t1/c1", "The shell hit al-Jadida in Mosul.", "al-Jadida", "IQ"),
            SiteMentions.FromSentence("t2/c1", "The bomb fell on al-Jadida street in Aleppo.", "al-Jadida street", "SY"),
        };
        var expected = Render(Resolver.Resolve(mentions));

        var results = new string[8];
        Parallel.For(0, results.Length, i => results[i] = Render(Resolver.Resolve(mentions)));

        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void Resolve_TwoMentionsWithOneKey_Throws()
    {
        var mention = SiteMentions.FromSentence("t1/c1", "We ran to Hay al-Thawra in Mosul.", "Hay al-Thawra");

        Assert.Throws<ArgumentException>(() => Resolver.Resolve([mention, mention]));
    }

    [Fact]
    public void Resolve_HospitalInNeighbourhoodOfTown_ChildOfTheNeighbourhood()
    {
        var resolution = Resolver.Resolve(
        [
            SiteMentions.WithQuarter("t1/c1", "The shell hit the al-Razi hospital in Hay al-Thawra in Mosul.", "al-Razi hospital", "Hay al-Thawra"),
        ]);

        var hospital = resolution.SiteOf("t1/c1")!;
        var quarter = resolution.Get(hospital.ParentSiteId!)!;
        Assert.Equal(("IQ/g:niniva/t:musul/n:thara/b:raza haspatal", SitePrecision.Building, 36.335, 43.11889, SitePrecision.Town), (hospital.IdentityPath, hospital.Kind, hospital.Lat!.Value, hospital.Lon!.Value, hospital.Precision));
        Assert.Equal(("Hay al-Thawra", "s-4b28ece649dd", SitePrecision.Neighbourhood, SitePrecision.Town, "Mosul"), (quarter.Name, quarter.SiteId, quarter.Kind, quarter.Precision, resolution.Get(quarter.ParentSiteId!)!.Name));
    }

    [Fact]
    public void Resolve_StreetInNeighbourhoodOfTown_ChildOfTheNeighbourhood()
    {
        var site = Resolver.Resolve(
        [
            SiteMentions.WithQuarter("t1/c1", "The bakery on al-Quds street in al-Firdous in Aleppo burned.", "al-Quds street", "al-Firdous"),
        ]).SiteOf("t1/c1")!;

        Assert.Equal(("SY/g:alipu/t:alipu/n:fardas/st:kads", SitePrecision.Street, SitePrecision.Town), (site.IdentityPath, site.Kind, site.Precision));
    }

    [Fact]
    public void Resolve_NeighbourhoodNotAfterALocative_BuildingStaysChildOfTown()
    {
        var site = Resolver.Resolve(
        [
            SiteMentions.WithQuarter("t1/c1", "The al-Razi hospital and Hay al-Thawra in Mosul were hit.", "al-Razi hospital", "Hay al-Thawra"),
        ]).SiteOf("t1/c1")!;

        Assert.Equal("IQ/g:niniva/t:musul/b:raza haspatal", site.IdentityPath);
    }

    [Fact]
    public void Resolve_StreetInNeighbourhoodNoTown_UnderNeighbourhoodOfCountryWithoutCoordinates()
    {
        const string sentence = "The bakery on al-Quds street in al-Shaar burned.";
        var street = SiteMentions.Local(sentence, "al-Quds street");
        var places = new[] { street, SiteMentions.Local(sentence, "al-Shaar", "e98") };

        var site = Resolver.Resolve([new SiteMention("t1/c1", street) { Country = "SY", SentencePlaces = places, Sentence = sentence }]).SiteOf("t1/c1")!;

        Assert.Equal(("SY/n:shar/st:kads", (double?)null, (SitePrecision?)null), (site.IdentityPath, site.Lat, site.Precision));
    }

    [Fact]
    public void Resolve_NoTownInSentence_TownOfTheTurnBeforeANearerOne()
    {
        const string content = "A: In Tripoli, by the airport road. The shells fell on Abu Salim every night.\nQ: Was Gharyan safer?";
        var places = PlacesTestData.Spot(content);
        var abuSalim = SiteMentions.Local(content, "Abu Salim");
        var turn = places.Where(p => p.Start < content.IndexOf('\n', StringComparison.Ordinal)).ToList();

        var site = Resolver.Resolve([new SiteMention("t1/c1", abuSalim) { Country = "LY", TestimonyPlaces = places, TurnPlaces = turn }]).SiteOf("t1/c1")!;

        Assert.Equal(["Tripoli", "Gharyan"], places.Select(p => p.Text));
        Assert.Equal("LY/g:tripuli/t:tripuli/n:aba salam", site.IdentityPath);
    }

    [Fact]
    public void Resolve_NoTownInSentenceOrTurn_TownNamedMostBeforeTheNearest()
    {
        const string content = "I grew up in Homs and studied in Homs. Later we moved to Aleppo. The market of al-Shaar was full.";
        var places = PlacesTestData.Spot(content);
        var shaar = SiteMentions.Local(content, "al-Shaar");

        var site = Resolver.Resolve([new SiteMention("t1/c1", shaar) { Country = "SY", TestimonyPlaces = places }]).SiteOf("t1/c1")!;

        Assert.Equal(["Homs", "Homs", "Aleppo"], places.Select(p => p.Text));
        Assert.Equal("SY/g:hums/t:hums/n:shar", site.IdentityPath);
    }

    [Fact]
    public void Resolve_AccountNamesNoTown_InterviewPlaceIsTheTown()
    {
        const string content = "Place of interview: Mosul\nA: The shelling reached al-Zahraa that night.";
        var interview = PlacesTestData.Spot(content);
        var zahraa = SiteMentions.Local(content, "al-Zahraa");

        var site = Resolver.Resolve([new SiteMention("t1/c1", zahraa) { Country = "IQ", InterviewPlaces = interview }]).SiteOf("t1/c1")!;

        Assert.Equal("IQ/g:niniva/t:musul/n:zahra", site.IdentityPath);
    }

    [Fact]
    public void Resolve_AccountNamesATown_InterviewPlaceNotTaken()
    {
        const string content = "Place of interview: Mosul\nA: In Erbil the shelling reached al-Zahraa that night.";
        var spotted = PlacesTestData.Spot(content);
        var zahraa = SiteMentions.Local(content, "al-Zahraa");

        var site = Resolver.Resolve(
        [
            new SiteMention("t1/c1", zahraa) { Country = "IQ", TestimonyPlaces = [spotted[1]], InterviewPlaces = [spotted[0]] },
        ]).SiteOf("t1/c1")!;

        Assert.Equal(["Mosul", "Erbil"], spotted.Select(p => p.Text));
        Assert.Equal("IQ/g:irbil/t:irbil/n:zahra", site.IdentityPath);
    }

    [Fact]
    public void Resolve_LocalNameGazetteerKnowsNearANamedTown_ThatGazetteerPlace()
    {
        const string content = "We lived in Tripoli. The drones hit Tajoura at night.";
        var places = PlacesTestData.Spot(content);
        var tajoura = SiteMentions.Local(content, "Tajoura");

        var site = Resolver.Resolve([new SiteMention("t1/c1", tajoura) { Country = "LY", TestimonyPlaces = places }]).SiteOf("t1/c1")!;

        Assert.Equal(("LY/g:tripuli/t:tajura", SitePrecision.Town, SitePrecision.Town), (site.IdentityPath, site.Kind, site.Precision));
        Assert.Equal((32.88167, 13.35056), (site.Lat!.Value, site.Lon!.Value));
    }

    [Fact]
    public void Resolve_LocalNameGazetteerKnowsFarFromNamedTowns_LocalSiteOfTheTown()
    {
        const string content = "We lived in Benghazi. The drones hit Tajoura at night.";
        var places = PlacesTestData.Spot(content);
        var tajoura = SiteMentions.Local(content, "Tajoura");

        var site = Resolver.Resolve([new SiteMention("t1/c1", tajoura) { Country = "LY", TestimonyPlaces = places }]).SiteOf("t1/c1")!;

        Assert.Equal(("LY/g:banghazi/t:binghazi/n:tajara", SitePrecision.Neighbourhood), (site.IdentityPath, site.Kind));
    }

    private static string Render(SiteResolution resolution) =>
        string.Join("\n", resolution.Sites.Select(s => $"{s.SiteId} {s.Name} [{string.Join(",", s.Aliases)}] {s.ParentSiteId} {s.Lat} {s.Lon} {s.Precision} {s.Kind} {s.IdentityPath}"));

    [Fact]
    public void Resolve_SpellingVariantsInOneTown_OneSite()
    {
        var resolution = Resolver.Resolve(
        [
            SiteMentions.FromSentence("t1/c1", "The mortar hit Tanak in Mosul.", "Tanak", "IQ"),
            SiteMentions.FromSentence("t2/c1", "We lived in al-Tenek in Mosul.", "al-Tenek", "IQ"),
            SiteMentions.FromSentence("t3/c1", "They shelled Gogjali in Mosul.", "Gogjali", "IQ"),
            SiteMentions.FromSentence("t4/c1", "Kokjali in Mosul was hit.", "Kokjali", "IQ"),
        ]);

        Assert.Equal(resolution.SiteOf("t1/c1")!.SiteId, resolution.SiteOf("t2/c1")!.SiteId);
        Assert.Equal(resolution.SiteOf("t3/c1")!.SiteId, resolution.SiteOf("t4/c1")!.SiteId);
        Assert.Equal(
            ("IQ/g:niniva/t:musul/n:tanak", "IQ/g:niniva/t:musul/n:kakjala"),
            (resolution.SiteOf("t1/c1")!.IdentityPath, resolution.SiteOf("t3/c1")!.IdentityPath));
    }

    [Fact]
    public void Resolve_SpellingVariantsInTwoTowns_TwoSites()
    {
        var resolution = Resolver.Resolve(
        [
            SiteMentions.FromSentence("t1/c1", "The mortar hit Tanak in Mosul.", "Tanak", "IQ"),
            SiteMentions.FromSentence("t2/c1", "We lived in al-Tenek in Erbil.", "al-Tenek", "IQ"),
        ]);

        Assert.NotEqual(resolution.SiteOf("t1/c1")!.SiteId, resolution.SiteOf("t2/c1")!.SiteId);
        Assert.Equal("IQ/g:irbil/t:irbil/n:tanak", resolution.SiteOf("t2/c1")!.IdentityPath);
    }
}
