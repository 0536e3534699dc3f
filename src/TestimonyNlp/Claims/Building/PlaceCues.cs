using TestimonyNlp.Model;

namespace TestimonyNlp.Claims.Building;

/// <summary>What the word before a PLACE mention says about the place's part in what is told.</summary>
internal enum PlaceCue
{
    /// <summary>Nothing: the place can be where the harm happened ("in Douma", "the market of Douma").</summary>
    None,

    /// <summary>Where people went: "took him to Herat".</summary>
    Destination,

    /// <summary>Where someone or something came from: "a boy from Kafr Nabl", "coming back from al-Turbah".</summary>
    Origin,

    /// <summary>A place on the way, or where people ended up: "through Beit Sahm", "towards the mountains",
    /// "then Gedaref", "on Salah al-Din street".</summary>
    Route,
}

/// <summary>
/// Reads the <see cref="PlaceCue"/> of a PLACE mention from the token before it. A destination is never where
/// harm happened; an origin names where the victims or the attackers came from, which is the site only when the
/// evidence names no other place; a flight's route is not the place it left.
/// </summary>
internal static class PlaceCues
{
    private static readonly string[] RouteWords = ["towards", "toward", "through", "via", "reached", "near", "at", "on", "then"];

    /// <summary>The cue of <paramref name="place"/>.</summary>
    public static PlaceCue Of(DocumentLayout layout, EntityMention place)
    {
        var index = layout.TokenAt(place.Start) - 1;
        if (index < 0)
        {
            return PlaceCue.None;
        }

        var word = layout.Document.Tokens[index].Span(layout.Document.Text);
        if (word.Equals("to", StringComparison.OrdinalIgnoreCase))
        {
            return PlaceCue.Destination;
        }

        if (word.Equals("from", StringComparison.OrdinalIgnoreCase))
        {
            return PlaceCue.Origin;
        }

        foreach (var route in RouteWords)
        {
            if (word.Equals(route, StringComparison.OrdinalIgnoreCase))
            {
                return PlaceCue.Route;
            }
        }

        return PlaceCue.None;
    }
}
