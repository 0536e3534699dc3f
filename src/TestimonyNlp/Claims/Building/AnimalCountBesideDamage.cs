using TestimonyNlp.Claims.Classification;
using TestimonyNlp.Claims.Counts;
using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Building;

/// <summary>
/// A damage claim's count of animals, when its evidence also names a building or another thing struck, counts only a
/// part of the damage and is no toll of it: "The barn burned with the hay, two cows died.", "the roof fell into the
/// room of the cows, two cows died", "the greenhouses were torn apart, ..., two thousand chickens". corpus/MARKUP.md
/// counts damage only where the text numbers the buildings or objects, and gold leaves such a claim uncounted. Animals
/// counted with no other property ("Three goats died with him.", "Two of my camels died in the pens") keep their count.
/// </summary>
internal static class AnimalCountBesideDamage
{
    /// <summary>Buildings, their parts and other property whose damage, told beside the animals, is the claim's own.</summary>
    private static readonly WordTable Property = new(
    [
        "house", "houses", "home", "building", "buildings", "shop", "shops", "store", "school", "mosque", "church",
        "bakery", "clinic", "warehouse", "kiosk", "garage", "workshop", "factory", "mill", "barn", "granary", "shed",
        "greenhouse", "greenhouses", "kitchen", "roof", "roofs", "wall", "walls", "room", "tank", "car", "cars",
    ]);

    /// <summary>True when <paramref name="count"/> numbers animals ("two cows", "forty chickens") and a sentence of
    /// <paramref name="first"/> to <paramref name="end"/> (exclusive) names other property.</summary>
    public static bool Told(DocumentLayout layout, CountMention count, int first, int end)
    {
        if (count.Cue != CountCue.Noun)
        {
            return false;
        }

        var document = layout.Document;
        var text = document.Text;
        if (!AnimalDeathsNotKilled.IsAnimal(document.Tokens[layout.TokenAt(count.End - 1)].Span(text)))
        {
            return false;
        }

        for (var s = first; s < end; s++)
        {
            foreach (var token in document.SentenceTokens(s))
            {
                if (token.Kind == TokenKind.Word && Property.Of(token.Span(text)) != 0)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
