using TestimonyNlp.Model;

namespace TestimonyNlp.Claims.Building;

/// <summary>
/// What the word before a PLACE mention says about its part in a harm: where people went ("took him to Herat"), or
/// where someone or something came from ("a boy from Kafr Nabl", "coming back from al-Turbah"), neither of which is
/// where the harm happened.
/// </summary>
internal static class PlaceCues
{
    /// <summary>"went to Kaya", "took him to Herat": where people went.</summary>
    public static bool IsDestination(DocumentLayout layout, EntityMention place) => WordBeforeIs(layout, place, "to");

    /// <summary>"a tea boy from Kafr Nabl", "a plane took off from Hmeimim": where someone or something came from.</summary>
    public static bool IsOrigin(DocumentLayout layout, EntityMention place) => WordBeforeIs(layout, place, "from");

    private static bool WordBeforeIs(DocumentLayout layout, EntityMention place, string word)
    {
        var before = layout.TokenAt(place.Start) - 1;
        return before >= 0 && layout.Document.Tokens[before].Span(layout.Document.Text).Equals(word, StringComparison.OrdinalIgnoreCase);
    }
}
