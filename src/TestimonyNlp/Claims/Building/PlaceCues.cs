using TestimonyNlp.Model;

namespace TestimonyNlp.Claims.Building;

/// <summary>What the words before a PLACE mention say about the place's part in what is told.</summary>
internal enum PlaceCue
{
    /// <summary>Nothing: the place can be where the harm happened ("in Douma", "the market of Douma").</summary>
    None,

    /// <summary>Where people went: "took him to Herat".</summary>
    Destination,

    /// <summary>Where someone or something came from: "a boy from Kafr Nabl", "coming back from al-Turbah".</summary>
    Origin,

    /// <summary>A place on the way, or where people ended up: "through Beit Sahm", "towards the mountains",
    /// "then Gedaref", "on Salah al-Din street", "left for Kharkiv", "to the house of my uncle in Saqba".</summary>
    Route,
}

/// <summary>
/// Reads the <see cref="PlaceCue"/> of a PLACE mention from the tokens before it. A destination is never where
/// harm happened; an origin names where the victims or the attackers came from, which is the site only when the
/// evidence names no other place; a flight's route, and where it ended ("for Kharkiv", "to my sister in Fastiv"),
/// is not the place it left.
/// </summary>
internal static class PlaceCues
{
    private static readonly string[] RouteWords = ["towards", "toward", "through", "via", "reached", "near", "at", "on", "then", "for"];

    /// <summary>Words that end a phrase opened by "to" before a place: "to the house of my uncle in Saqba" is where
    /// people ended up, "to the market and in Saqba" is not.</summary>
    private static readonly string[] ClauseBreaks = ["and", "but", "where", "when", "while", "because", "then", "from", "was", "were", "is", "are"];

    /// <summary>Settings of the cues.</summary>
    public static class Defaults
    {
        /// <summary>Most tokens looked back from an "in" or "of" before a place for the "to" that makes the place where
        /// people ended up ("to my sister in Fastiv", "to the house of my cousin in Saqba").</summary>
        public const int PhraseAfterToWindow = 6;
    }

    /// <summary>The cue of <paramref name="place"/>.</summary>
    public static PlaceCue Of(DocumentLayout layout, EntityMention place)
    {
        var index = layout.TokenAt(place.Start) - 1;
        if (index < 0)
        {
            return PlaceCue.None;
        }

        var document = layout.Document;
        var word = document.Tokens[index].Span(document.Text);
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

        if ((word.Equals("in", StringComparison.OrdinalIgnoreCase) || word.Equals("of", StringComparison.OrdinalIgnoreCase))
            && InPhraseAfterTo(layout, index))
        {
            return PlaceCue.Route;
        }

        return PlaceCue.None;
    }

    /// <summary>True when a "to" opens the phrase that ends at token <paramref name="index"/> ("to the house of my
    /// cousin in"), looking back no further than the sentence, a punctuation mark or a word that opens a clause.</summary>
    private static bool InPhraseAfterTo(DocumentLayout layout, int index)
    {
        var document = layout.Document;
        var sentence = layout.SentenceOf(document.Tokens[index].Start);
        var first = sentence >= 0 ? document.Sentences[sentence].FirstToken : index;
        var stop = Math.Max(first, index - Defaults.PhraseAfterToWindow);
        for (var i = index - 1; i >= stop; i--)
        {
            var token = document.Tokens[i];
            if (token.Kind == TokenKind.Punctuation)
            {
                return false;
            }

            var word = token.Span(document.Text);
            if (IsTo(word))
            {
                return true;
            }

            foreach (var clauseBreak in ClauseBreaks)
            {
                if (word.Equals(clauseBreak, StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }
        }

        return false;
    }

    private static bool IsTo(ReadOnlySpan<char> word) =>
        word.Equals("to", StringComparison.OrdinalIgnoreCase) || word.Equals("into", StringComparison.OrdinalIgnoreCase);
}
