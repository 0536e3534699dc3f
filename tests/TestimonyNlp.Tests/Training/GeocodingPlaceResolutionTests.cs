using TestimonyNlp.Entities;
using TestimonyNlp.Model;
using TestimonyNlp.Tests.Entities.Places;

namespace TestimonyNlp.Tests.Training;

/// <summary>The place resolution rules the geocoding figures led to. Places are real.</summary>
public sealed class GeocodingPlaceResolutionTests
{
    [Fact]
    public void Spot_MetadataNamesTownAndCountry_TownOfThatCountry()
    {
        var places = PlacesTestData.Spot("We worked in Basra until the protests.", metadataPlace: "Basra, Iraq, at the witness's home");

        Assert.Equal("Basra=Basrah/IQ", PlacesTestData.Render(places));
    }

    [Fact]
    public void Normalise_MainCountryTiedAndNoPlaceThere_PlaceOfAnotherCountryOfTheAccount()
    {
        const string content = "We fled to Amman in Jordan. Before, in Sanaa and Sanaa again, and then Ibb.";
        var document = PlacesTestData.TextDocument(content);
        document.Entities.AddRange(
        [
            Town(content, "Amman", "JO"),
            new EntityMention("", EntityType.Place, content.IndexOf("Jordan", StringComparison.Ordinal), content.IndexOf("Jordan", StringComparison.Ordinal) + 6, "Jordan", "Jordan", 0.9)
            {
                Geo = PlacesTestData.Gazetteer.Resolve("Jordan")!.Entry.ToGeoPoint(),
            },
            Town(content, "Sanaa", "YE"),
            Town(content, "Sanaa", "YE", content.LastIndexOf("Sanaa", StringComparison.Ordinal)),
            Untagged(content, "Ibb"),
        ]);

        new PlaceNormaliser(PlacesTestData.Gazetteer).Process(document, CancellationToken.None);

        Assert.Equal(("Ibb", "YE"), (document.Entities[^1].Normalized, document.Entities[^1].Geo!.Country));
    }

    [Fact]
    public void Normalise_LittleKnownNamesakeAbroad_PlaceOfTheAccountsCountry()
    {
        const string content = "From Juba we went to Leer, then back to Juba.";
        var document = PlacesTestData.TextDocument(content);
        document.Entities.AddRange([Town(content, "Juba", "SS"), Town(content, "Leer", "DE"), Town(content, "Juba", "SS", content.LastIndexOf("Juba", StringComparison.Ordinal))]);

        new PlaceNormaliser(PlacesTestData.Gazetteer).Process(document, CancellationToken.None);

        Assert.Equal("SS", document.Entities[1].Geo!.Country);
        Assert.Equal(PlacesTestData.Gazetteer.Resolve("Leer", "SS")!.Entry.ToGeoPoint(), document.Entities[1].Geo);
    }

    [Fact]
    public void Normalise_NamesakeAbroadInACountryTheAccountNames_StaysAbroad()
    {
        const string content = "From Juba we went to Leer in Germany, then back to Juba.";
        var document = PlacesTestData.TextDocument(content);
        var germany = content.IndexOf("Germany", StringComparison.Ordinal);
        document.Entities.AddRange(
        [
            Town(content, "Juba", "SS"),
            Town(content, "Leer", "DE"),
            new EntityMention("", EntityType.Place, germany, germany + 7, "Germany", "Germany", 0.9) { Geo = PlacesTestData.Gazetteer.Resolve("Germany")!.Entry.ToGeoPoint() },
            Town(content, "Juba", "SS", content.LastIndexOf("Juba", StringComparison.Ordinal)),
        ]);

        new PlaceNormaliser(PlacesTestData.Gazetteer).Process(document, CancellationToken.None);

        Assert.Equal("DE", document.Entities[1].Geo!.Country);
    }

    [Fact]
    public void Normalise_FirstWordOfAGeocodedPlaceOfSeveralWords_ThatPlace()
    {
        const string content = "We drove to Tuz Khurmatu. In Tuz the market was shelled.";
        var document = PlacesTestData.TextDocument(content);
        document.Entities.AddRange([Town(content, "Tuz Khurmatu", "IQ"), Untagged(content, "Tuz", content.LastIndexOf("Tuz", StringComparison.Ordinal))]);

        new PlaceNormaliser(PlacesTestData.Gazetteer).Process(document, CancellationToken.None);

        Assert.Equal((document.Entities[0].Normalized, document.Entities[0].Geo), (document.Entities[1].Normalized, document.Entities[1].Geo));
        Assert.Equal("IQ", document.Entities[1].Geo!.Country);
    }

    private static EntityMention Town(string content, string name, string country, int start = -1)
    {
        start = start < 0 ? content.IndexOf(name, StringComparison.Ordinal) : start;
        var entry = PlacesTestData.Gazetteer.Find(name).First(c => c.Entry.Country == country).Entry;
        return new EntityMention("", EntityType.Place, start, start + name.Length, name, entry.Name, 0.9) { Geo = entry.ToGeoPoint() };
    }

    private static EntityMention Untagged(string content, string name, int start = -1)
    {
        start = start < 0 ? content.IndexOf(name, StringComparison.Ordinal) : start;
        return new EntityMention("", EntityType.Place, start, start + name.Length, name, null, 0.8);
    }
}
