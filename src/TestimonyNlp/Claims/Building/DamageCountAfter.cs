using TestimonyNlp.Claims.Counts;
using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Building;

/// <summary>
/// The count of a damage claim told without one, given by the sentence right after its evidence when that sentence
/// opens on a figure of buildings: "Our house burned, the whole wooden house. Twenty-two houses in our section, I
/// counted the smoke one by one."; "And the houses, all of them burned. Four hundred, five hundred houses, the whole
/// village." The sentence tells no harm of its own, so no claim holds it, yet it numbers the buildings the evidence told
/// struck, and gold keeps it in the claim's evidence with its count (corpus/MARKUP.md: damage has a count when the text
/// numbers the buildings). Stateless and thread-safe.
/// </summary>
internal static class DamageCountAfter
{
    /// <summary>Plural nouns of buildings a figure opening the next sentence must count.</summary>
    private static readonly WordTable Buildings = new(
    [
        "houses", "homes", "buildings", "shops", "stores", "flats", "apartments", "huts", "tents", "schools", "shelters",
    ]);

    /// <summary>Words that may come before the figure at the opening of the sentence ("And maybe thirty houses").</summary>
    private static readonly WordTable Openers = new(["and", "maybe", "about", "around", "almost", "nearly", "some", "over", "more", "than"]);

    /// <summary>Words after the noun that make the figure a distance or a place ("Two houses from us", "three houses
    /// down"), not a count of what was struck.</summary>
    private static readonly WordTable PlaceAfter = new(
    [
        "from", "away", "down", "up", "further", "farther", "along", "past", "behind", "before", "after", "beside", "next",
    ]);

    /// <summary>The count of buildings that opens sentence <paramref name="sentence"/>, or null: a figure of two or more
    /// with a plural building noun of its own, only openers before it, and no word after it that makes it a place.</summary>
    public static CountMention? Opening(DocumentLayout layout, TollChoice tolls, int sentence)
    {
        if (tolls.OfSentence(layout, Harm.PropertyDamage, sentence) is not { Cue: CountCue.Noun, Target: CountTarget.Things, Min: >= 2 } count)
        {
            return null;
        }

        var document = layout.Document;
        var text = document.Text;
        var tokens = document.Tokens;
        var noun = layout.TokenAt(count.End - 1);
        if (Buildings.Of(tokens[noun].Span(text)) == 0)
        {
            return null;
        }

        var first = document.Sentences[sentence].FirstToken;
        for (var t = first; t < tokens.Count && tokens[t].Start < count.Start; t++)
        {
            if (tokens[t].Kind == TokenKind.Word && Openers.Of(tokens[t].Span(text)) == 0)
            {
                return null;
            }
        }

        var end = first + document.Sentences[sentence].TokenCount;
        return noun + 1 < end && PlaceAfter.Of(tokens[noun + 1].Span(text)) != 0 ? null : count;
    }
}
