using TestimonyNlp.Entities;
using TestimonyNlp.Model;
using TestimonyNlp.Tests.Entities.Lexicons;
using TestimonyNlp.Tests.Entities.Places;

namespace TestimonyNlp.Tests.Entities;

public sealed class PlaceRetyperTests
{
    private static readonly Dictionary<string, GeoPoint> Placed = new(StringComparer.Ordinal)
    {
        ["Aleppo"] = new(36.2, 37.16, "SY", SitePrecision.Town),
        ["Kachin"] = new(25.5, 97.5, "MM", SitePrecision.Governorate),
        ["Kabul"] = new(34.53, 69.17, "AF", SitePrecision.Town),
        ["Aden"] = new(12.78, 45.04, "YE", SitePrecision.Town),
        ["Emiratis"] = new(24.47, 54.37, "AE", SitePrecision.Country),
        ["Maiduguri"] = new(11.85, 13.16, "NG", SitePrecision.Town),
        ["Bama"] = new(11.52, 13.69, "NG", SitePrecision.Town),
        ["Medellin"] = new(6.25, -75.56, "CO", SitePrecision.Town),
        ["Cali"] = new(3.44, -76.52, "CO", SitePrecision.Town),
        ["Kassala"] = new(15.45, 36.4, "SD", SitePrecision.Town),
    };

    [Fact]
    public void Process_UnplacedNameTheAccountGivesAPerson_RetypedPerson()
    {
        var document = Run(
            "The shell hit the house of Marwan. Marwan told us to run.",
            (EntityType.Place, "Marwan", 0),
            (EntityType.Person, "Marwan", 1));

        Assert.Equal(
            [(EntityType.Person, "Marwan"), (EntityType.Person, "Marwan")],
            document.Entities.Select(e => (e.Type, e.Text)));
    }

    [Fact]
    public void Process_NameOfAPersonLessSureThanThePlace_StaysPlace()
    {
        var document = RunWithPersonConfidence(
            0.5,
            "The shell hit the house of Marwan. Marwan told us to run.",
            (EntityType.Place, "Marwan", 0),
            (EntityType.Person, "Marwan", 1));

        Assert.Equal(EntityType.Place, document.Entities[0].Type);
    }

    [Fact]
    public void Process_PersonsNameAfterIn_StaysPlace()
    {
        var document = Run(
            "They made a raid in Marwan. My daughter Marwan was with me.",
            (EntityType.Place, "Marwan", 0),
            (EntityType.Person, "Marwan", 1));

        Assert.Equal(EntityType.Place, document.Entities[0].Type);
    }

    [Fact]
    public void Process_PersonsNameBeforeAPlaceHead_StaysPlace()
    {
        var document = Run(
            "The market on Marwan street burned. Marwan told us to run.",
            (EntityType.Place, "Marwan", 0),
            (EntityType.Person, "Marwan", 1));

        Assert.Equal(EntityType.Place, document.Entities[0].Type);
    }

    [Fact]
    public void Process_PlacedName_StaysPlace()
    {
        var document = Run(
            "The shell hit Aleppo. Aleppo is what my cousin is called.",
            (EntityType.Place, "Aleppo", 0),
            (EntityType.Person, "Aleppo", 1));

        Assert.Equal(
            [(EntityType.Place, "Aleppo"), (EntityType.Person, "Aleppo")],
            document.Entities.Select(e => (e.Type, e.Text)));
    }

    [Fact]
    public void Process_UnplacedHijriMonth_Dropped()
    {
        var document = Run("In Rabi al-Akhar a mortar shell fell on the port.", (EntityType.Place, "Rabi al-Akhar", 0));

        Assert.Empty(document.Entities);
    }

    [Fact]
    public void Process_UnplacedNationalityAlone_Dropped()
    {
        var document = Run("She spoke Somali, calm at first.", (EntityType.Place, "Somali", 0));

        Assert.Empty(document.Entities);
    }

    [Fact]
    public void Process_PlacedPeoplesNameBeforeAPersonNoun_Dropped()
    {
        var document = Run(
            "A Kachin man who sells in the jail phoned my aunt.",
            (EntityType.Place, "Kachin", 0));

        Assert.Empty(document.Entities);
    }

    [Fact]
    public void Process_SolarMonthInAnAfghanAccount_Dropped()
    {
        var document = Run(
            "In Asad a drone hit the bazaar of Kabul.",
            (EntityType.Place, "Asad", 0),
            (EntityType.Place, "Kabul", 0));

        var place = Assert.Single(document.Entities);
        Assert.Equal((EntityType.Place, "Kabul"), (place.Type, place.Text));
    }

    [Fact]
    public void Process_ActorsNameReadAsACountry_RetypedActor()
    {
        var document = Run(
            "The Emiratis came with the Giants to Aden.",
            (EntityType.Place, "Emiratis", 0),
            (EntityType.Place, "Aden", 0));

        Assert.Equal(
            [(EntityType.Actor, "Emiratis", "Saudi-led coalition"), (EntityType.Place, "Aden", "Aden")],
            document.Entities.Select(e => (e.Type, e.Text, e.Normalized)));
    }

    [Fact]
    public void Process_NationalityTheTaggerReadAsASide_NamedInTheAccountsCountry()
    {
        var document = Run(
            "Two jets came over Aleppo, Russian.",
            (EntityType.Place, "Aleppo", 0),
            (EntityType.Actor, "Russian", 0));

        Assert.Equal(
            [(EntityType.Place, "Aleppo", "Aleppo"), (EntityType.Actor, "Russian", "Russian forces")],
            document.Entities.Select(e => (e.Type, e.Text, e.Normalized)));
    }

    [Fact]
    public void Process_SoldiersTheLexiconNamesNowhereHere_TheArmyOfTheAccountsCountry()
    {
        var document = Run(
            "In Bama the soldiers took my uncle to Maiduguri.",
            (EntityType.Place, "Bama", 0),
            (EntityType.Actor, "the soldiers", 0),
            (EntityType.Place, "Maiduguri", 0));

        Assert.Equal(
            [(EntityType.Place, "Bama", "Bama"), (EntityType.Actor, "the soldiers", "Nigerian armed forces"), (EntityType.Place, "Maiduguri", "Maiduguri")],
            document.Entities.Select(e => (e.Type, e.Text, e.Normalized)));
    }

    [Fact]
    public void Process_GovernmentWithPlacesOfTwoCountriesAlike_StaysUnnamed()
    {
        var document = Run(
            "The planes of the government flew from Kassala to Bama.",
            (EntityType.Actor, "the government", 0),
            (EntityType.Place, "Kassala", 0),
            (EntityType.Place, "Bama", 0));

        Assert.Equal(
            [(EntityType.Actor, "the government", (string?)null), (EntityType.Place, "Kassala", "Kassala"), (EntityType.Place, "Bama", "Bama")],
            document.Entities.Select(e => (e.Type, e.Text, e.Normalized)));
    }

    [Fact]
    public void Process_ArmyNamedForAnotherCountry_NamedInTheAccountsCountry()
    {
        var document = Run(
            "The army came to Cali and then to Medellin.",
            (EntityType.Actor, "The army", 0),
            (EntityType.Place, "Cali", 0),
            (EntityType.Place, "Medellin", 0));
        document.Entities[0] = document.Entities[0] with { Normalized = "Syrian government forces" };

        new PlaceRetyper(LexiconFiles.Actors).Process(document, CancellationToken.None);

        Assert.Equal("Colombian armed forces", document.Entities[0].Normalized);
    }

    [Fact]
    public void Process_ArmyPlacedAbroadButWordsNameItsCountry_KeepsItsName()
    {
        var document = Run(
            "The army came to Cali and then to Medellin, from Idlib and Raqqa in Syria.",
            (EntityType.Actor, "The army", 0),
            (EntityType.Place, "Cali", 0),
            (EntityType.Place, "Medellin", 0));
        document.Entities[0] = document.Entities[0] with { Normalized = "Syrian government forces" };

        new PlaceRetyper(LexiconFiles.Actors).Process(document, CancellationToken.None);

        Assert.Equal("Syrian government forces", document.Entities[0].Normalized);
    }

    [Fact]
    public void Process_SoldiersPlacedAbroadButWordsNameAnotherCountry_StayUnnamed()
    {
        var document = Run(
            "The soldiers came to Cali and then to Medellin, from Idlib and Raqqa in Syria.",
            (EntityType.Actor, "The soldiers", 0),
            (EntityType.Place, "Cali", 0),
            (EntityType.Place, "Medellin", 0));

        Assert.Null(document.Entities[0].Normalized);
    }

    [Fact]
    public void Process_ArmyWithPlacesOfTwoCountriesAlike_KeepsItsName()
    {
        var document = Run(
            "The army came from Kassala to Maiduguri.",
            (EntityType.Actor, "The army", 0),
            (EntityType.Place, "Kassala", 0),
            (EntityType.Place, "Maiduguri", 0));
        document.Entities[0] = document.Entities[0] with { Normalized = "Sudanese Armed Forces" };

        new PlaceRetyper(LexiconFiles.Actors).Process(document, CancellationToken.None);

        Assert.Equal("Sudanese Armed Forces", document.Entities[0].Normalized);
    }

    [Fact]
    public void Process_ActorTheLexiconDoesNotKnow_StaysUnnamed()
    {
        var document = Run(
            "The masked guards came to Aleppo.",
            (EntityType.Actor, "masked guards", 0),
            (EntityType.Place, "Aleppo", 0));

        Assert.Equal(
            [(EntityType.Actor, "masked guards", (string?)null), (EntityType.Place, "Aleppo", "Aleppo")],
            document.Entities.Select(e => (e.Type, e.Text, e.Normalized)));
    }

    [Fact]
    public void Process_PeoplesNameThatIsAlsoAPersonsName_Dropped()
    {
        var document = Run(
            "Old men of the Dinka were there. Deng Dinka told us.",
            (EntityType.Place, "Dinka", 0),
            (EntityType.Person, "Deng Dinka", 0));

        var person = Assert.Single(document.Entities);
        Assert.Equal((EntityType.Person, "Deng Dinka"), (person.Type, person.Text));
    }

    [Fact]
    public void Process_Interjection_Dropped()
    {
        var document = Run("It is OK. I want to say it.", (EntityType.Place, "OK", 0));

        Assert.Empty(document.Entities);
    }

    [Fact]
    public void Process_UnplacedPlaceOfAnotherKind_Kept()
    {
        var document = Run("We fled to Tal Shair before dawn.", (EntityType.Place, "Tal Shair", 0));

        var place = Assert.Single(document.Entities);
        Assert.Equal((EntityType.Place, "Tal Shair"), (place.Type, place.Text));
    }

    [Fact]
    public void Process_SolarMonthTheAccountDatesBy_Dropped()
    {
        var document = Run(
            "It was in Qaws, early winter. The 12th of Qaws the bomb went off.",
            (EntityType.Place, "Qaws", 0),
            (EntityType.Date, "The 12th of Qaws", 0));

        var date = Assert.Single(document.Entities);
        Assert.Equal((EntityType.Date, "The 12th of Qaws"), (date.Type, date.Text));
    }

    [Fact]
    public void Process_SolarMonthsNameTheAccountNeverDatesBy_StaysPlace()
    {
        var document = Run("We drove from Sour to the hospital.", (EntityType.Place, "Sour", 0));

        var place = Assert.Single(document.Entities);
        Assert.Equal((EntityType.Place, "Sour"), (place.Type, place.Text));
    }

    [Theory]
    [InlineData("Friday", true)]
    [InlineData("Ramadan", true)]
    [InlineData("Jumada al-Ula", true)]
    [InlineData("Semana Santa", true)]
    [InlineData("Sábado Santo", true)]
    [InlineData("Semana", false)]
    [InlineData("al-Adha", true)]
    [InlineData("Qaws", false)]
    [InlineData("Saraqib", false)]
    [InlineData("March Street", false)]
    public void IsDateName_NoSolarDates_TellsCalendarNames(string name, bool expected) =>
        Assert.Equal(expected, PlaceRetyper.IsDateName(name, null, "LB"));

    // A document whose text is content, with each (type, text, occurrence) as a mention at that occurrence of the
    // text; places named in Placed have its coordinates, the others none; people are as sure as personConfidence says (0.9 in Run), places 0.8.
    private static Document Run(string content, params (EntityType Type, string Text, int Occurrence)[] mentions) =>
        RunWithPersonConfidence(0.9, content, mentions);

    private static Document RunWithPersonConfidence(
        double personConfidence, string content, params (EntityType Type, string Text, int Occurrence)[] mentions)
    {
        var document = PlacesTestData.TextDocument(content);
        foreach (var (type, text, occurrence) in mentions)
        {
            var start = -1;
            for (var k = 0; k <= occurrence; k++)
            {
                start = content.IndexOf(text, start + 1, StringComparison.Ordinal);
            }

            var geo = type == EntityType.Place ? Placed.GetValueOrDefault(text) : null;
            var confidence = type == EntityType.Person ? personConfidence : 0.8;
            document.Entities.Add(new EntityMention(string.Empty, type, start, start + text.Length, text, geo is null ? null : text, confidence)
            {
                Geo = geo,
            });
        }

        new PlaceRetyper(LexiconFiles.Actors).Process(document, CancellationToken.None);
        return document;
    }
}
