using TestimonyNlp.Entities.Places;
using TestimonyNlp.Model;
using TestimonyNlp.Tests.Support;
using TestimonyNlp.Text;

namespace TestimonyNlp.Tests.Entities.Places;

/// <summary>The committed gazetteer, loaded once for all tests, and helpers to run the spotter on small texts.</summary>
internal static class PlacesTestData
{
    private static readonly Lazy<PlaceGazetteer> Committed = new(() => PlaceGazetteer.Load(ModelPath));

    /// <summary>models/places.bin.</summary>
    public static string ModelPath => Path.Combine(TestPaths.RepositoryRoot, "models", "places.bin");

    /// <summary>The committed gazetteer.</summary>
    public static PlaceGazetteer Gazetteer => Committed.Value;

    /// <summary>A document of one witness segment covering <paramref name="content"/>, through the text stage.</summary>
    public static Document TextDocument(string content, string? metadataPlace = null) =>
        CraftedTranscript.WitnessDocument(content, new TestimonyMetadata { Place = metadataPlace });

    /// <summary>Runs the text stage and the place spotter and returns the place mentions.</summary>
    public static IReadOnlyList<EntityMention> Spot(string content, string? metadataPlace = null)
    {
        var document = TextDocument(content, metadataPlace);
        new PlaceSpotter(Gazetteer).Process(document, CancellationToken.None);
        return document.Entities;
    }

    /// <summary>Mentions as <c>text=normalized/COUNTRY</c>, space-separated, for readable exact assertions.</summary>
    public static string Render(IEnumerable<EntityMention> mentions) =>
        string.Join(" | ", mentions.Select(m => $"{m.Text}={m.Normalized}/{m.Geo?.Country}"));
}
