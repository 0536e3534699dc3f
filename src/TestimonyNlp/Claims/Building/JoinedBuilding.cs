using TestimonyNlp.Claims.Counts;
using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Building;

/// <summary>
/// One building joined by "and" to a count of buildings in its sentence, which gold counts with them: "eleven houses
/// and the post office were damaged" (12), "four houses burned, and the old pharmacy" (5), "the house of the Haddads
/// and the two houses beside it" (3), "the shop of Karim and three other shops" (4). Out of fold, 9 PROPERTY_DAMAGE
/// claims of this form were one short of gold.
/// </summary>
internal static class JoinedBuilding
{
    /// <summary>Settings of the joined building read.</summary>
    public static class Defaults
    {
        /// <summary>Most tokens looked at after the count for "and" ("three more houses on that lane had their fronts
        /// torn off and the small bakery": 9) and before it for the building ("the building of the Hamouda came down,
        /// and the two buildings": 7).</summary>
        public const int Window = 10;

        /// <summary>Most words between the determiner and the building ("the old pharmacy", "the small bakery at").</summary>
        public const int ModifierWindow = 2;
    }

    /// <summary>Buildings named one at a time; the plural counts are the reader's.</summary>
    private static readonly string[] Buildings =
    [
        "house", "home", "building", "shop", "store", "school", "mosque", "church", "chapel", "bakery", "pharmacy",
        "clinic", "hospital", "office", "warehouse", "hall", "kiosk", "garage", "workshop", "factory", "mill", "barn",
    ];

    /// <summary>Words opening a building before a count ("the shop of Karim and three other shops", "our house and the
    /// two beside it").</summary>
    private static readonly string[] Determiners = ["the", "a", "an", "our", "my", "his", "her", "their"];

    /// <summary>Words opening a building joined after a count; not "our house", the speaker's own, often among the count
    /// ("eleven houses of our street, and our house has no front wall").</summary>
    private static readonly string[] Articles = ["the", "a", "an"];

    /// <summary>True when <paramref name="count"/>, a count of buildings, has one more building joined to it by "and"
    /// in its sentence, after it ("eleven houses and the post office") or before it ("the shop of Karim and three other
    /// shops"), with no other figure between.</summary>
    public static bool Follows(DocumentLayout layout, CountMention count)
    {
        if (count.Target != CountTarget.Things || count.Cue != CountCue.Noun)
        {
            return false;
        }

        var document = layout.Document;
        var text = document.Text;
        var sentence = document.Sentences[layout.SentenceOf(count.Start)];
        var stop = sentence.FirstToken + sentence.TokenCount;
        var first = layout.TokenAt(count.Start);
        var last = layout.TokenAt(count.End - 1);
        if (!IsBuildingPlural(document.Tokens[last].Span(text)))
        {
            return false;
        }

        return After(document, text, last, stop) || Before(document, text, sentence.FirstToken, first);
    }

    /// <summary>"eleven houses and the post office", "four houses burned, and the old pharmacy": "and" then "the", "a"
    /// or "an" before a building, in the count's clause (a comma ends it unless "and" follows: "two shops, the sweets
    /// shop and the shop of phones" names the two), not the one "of them".</summary>
    private static bool After(Document document, string text, int last, int stop)
    {
        for (var t = last + 1; t < stop && t <= last + Defaults.Window; t++)
        {
            var word = document.Tokens[t].Span(text);
            if (IsFigure(document, t) || (word.SequenceEqual(",") && !(t + 1 < stop && document.Tokens[t + 1].Span(text).Equals("and", StringComparison.OrdinalIgnoreCase))))
            {
                return false;
            }

            if (word.Equals("and", StringComparison.OrdinalIgnoreCase) && WordList.Contains(document.Tokens[Math.Min(t + 1, stop - 1)].Span(text), Articles)
                && NamesOneBuilding(document, text, t + 1, stop) && !OneOfThem(document, text, t + 1, stop))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"the shop of Karim and three other shops", "the building of the Hamouda came down, and the two
    /// buildings beside it": a building before "and" (then "the") just before the count, in the same clause.</summary>
    private static bool Before(Document document, string text, int sentenceStart, int first)
    {
        var b = first - 1;
        if (b >= sentenceStart && WordList.Contains(document.Tokens[b].Span(text), Articles))
        {
            b--;
        }

        if (b <= sentenceStart || !document.Tokens[b].Span(text).Equals("and", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var clauseEnd = document.Tokens[b - 1].Span(text).SequenceEqual(",") ? b - 1 : b;
        for (var t = clauseEnd - 1; t >= sentenceStart && t >= b - Defaults.Window; t--)
        {
            var word = document.Tokens[t].Span(text);
            if (IsFigure(document, t) || word.SequenceEqual(",") || word.Equals("and", StringComparison.OrdinalIgnoreCase) || IsBuildingPlural(word))
            {
                // "fell on the houses and four houses burned": the buildings before are the same ones; "the church was
                // hit and cracked, and eleven houses burned": a clause of its own
                return false;
            }

            if (WordList.Contains(word, Determiners) && NamesOneBuilding(document, text, t, clauseEnd))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"and the house of Jairo was one of them": the building is among those counted.</summary>
    private static bool OneOfThem(Document document, string text, int from, int stop)
    {
        for (var t = from; t + 1 < stop && t <= from + Defaults.Window; t++)
        {
            var word = document.Tokens[t].Span(text);
            if (word.Equals("among", StringComparison.OrdinalIgnoreCase)
                || (word.Equals("of", StringComparison.OrdinalIgnoreCase) && document.Tokens[t + 1].Span(text).Equals("them", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a determiner at <paramref name="from"/> opens a singular building within
    /// <see cref="Defaults.ModifierWindow"/> words: "the old pharmacy", "the post office".</summary>
    private static bool NamesOneBuilding(Document document, string text, int from, int stop)
    {
        if (from >= stop || !WordList.Contains(document.Tokens[from].Span(text), Determiners))
        {
            return false;
        }

        for (var t = from + 1; t < stop && t <= from + 1 + Defaults.ModifierWindow; t++)
        {
            if (document.Tokens[t].Kind != TokenKind.Word)
            {
                return false;
            }

            if (WordList.Contains(document.Tokens[t].Span(text), Buildings))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a number starts at token <paramref name="t"/>: "three", "12".</summary>
    private static bool IsFigure(Document document, int t) => NumberReader.StartsAt(document, t);

    /// <summary>True when <paramref name="word"/> is the plural of a building: "houses", "bakeries", "churches".</summary>
    private static bool IsBuildingPlural(ReadOnlySpan<char> word) =>
        word.EndsWith("s", StringComparison.OrdinalIgnoreCase)
        && (WordList.Contains(word[..^1], Buildings)
            || (word.EndsWith("es", StringComparison.OrdinalIgnoreCase) && WordList.Contains(word[..^2], Buildings))
            || (word.EndsWith("ies", StringComparison.OrdinalIgnoreCase) && EndsInYBuilding(word[..^3])));

    /// <summary>True when <paramref name="stem"/> and a final "y" make one of <see cref="Buildings"/> ("bakeri" of
    /// "bakeries"), compared on spans so that no string is built per word.</summary>
    private static bool EndsInYBuilding(ReadOnlySpan<char> stem)
    {
        foreach (var building in Buildings)
        {
            if (building.Length == stem.Length + 1 && (building[^1] == 'y' || building[^1] == 'Y')
                && stem.Equals(building.AsSpan(0, stem.Length), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
