using TestimonyNlp.Entities;
using TestimonyNlp.Model;
using TestimonyNlp.Tests.Entities.Places;

namespace TestimonyNlp.Tests.Entities;

public sealed class PlaceNormaliserTests
{
    private static Document Run(params EntityMention[] mentions)
    {
        var document = PlacesTestData.TextDocument("placeholder text for offsets only");
        document.Entities.AddRange(mentions);
        new PlaceNormaliser(PlacesTestData.Gazetteer).Process(document, CancellationToken.None);
        return document;
    }

    private static EntityMention Place(string text, GeoPoint? geo = null) =>
        new(string.Empty, EntityType.Place, 0, text.Length, text, geo is null ? null : text, 0.8) { Geo = geo };

    [Fact]
    public void Process_UnresolvedTownInTheTestimonysCountry_GetsGazetteerNameAndCoordinates()
    {
        var document = Run(Place("Aleppo", new GeoPoint(36.2, 37.16, "SY", SitePrecision.Town)), Place("Deir al-Zour"));

        var resolved = document.Entities[1];
        Assert.Equal("Deir ez-Zor", resolved.Normalized);
        Assert.Equal(("SY", 35.34, 40.14), (resolved.Geo!.Country, Math.Round(resolved.Geo.Lat, 2), Math.Round(resolved.Geo.Lon, 2)));
    }

    [Fact]
    public void Process_CountryName_ResolvedWithoutContext()
    {
        var document = Run(Place("the Lebanon"));

        Assert.Equal(("Lebanon", "LB"), (document.Entities[0].Normalized, document.Entities[0].Geo!.Country));
    }

    [Fact]
    public void Process_TownOnlyKnownInAnotherCountry_LeftUnresolved()
    {
        // Aachen is a German town; in a Syrian testimony a folded "Acheen" is not evidence enough.
        var document = Run(Place("Idlib", new GeoPoint(35.93, 36.63, "SY", SitePrecision.Town)), Place("Acheen"));

        Assert.Null(document.Entities[1].Geo);
        Assert.Null(document.Entities[1].Normalized);
    }

    [Fact]
    public void Process_SpottedPlace_KeptAsItWas()
    {
        var spotted = Place("Homs", new GeoPoint(34.72, 36.72, "SY", SitePrecision.Town));

        var document = Run(spotted);

        Assert.Equal([spotted], document.Entities);
    }
}
