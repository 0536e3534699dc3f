using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// Gives PROPERTY_DAMAGE to a witness sentence the classifiers gave no harm that names property and, right after it,
/// what became of it: "Her stall burned with all the stock.", "Our shop was gone.", "The water pipe was pierced.",
/// "Our school has cracks in every wall.", "the door of my uncle broke". Out of fold
/// the damage model scored such sentences 0.04 to 0.35, under its threshold, most often when they stand alone after
/// an account of another harm or of a flight; gold claims them as damage (models/README.md, "Claim classifiers", the
/// property told with its ruin). The property comes first: its word, then within a few words "was", "is", "were",
/// "are" or "got" and a word of ruin ("destroyed", "burned", "finished" ..., and "gone" after "was" or "were"), or a verb of ruin ("broke",
/// "burned", "collapsed"), or "has cracks" / "had holes". Or a house taken over: a stranger living in it now ("A family
/// from the north lives in it.", "someone is living in our house"), which gold claims as damage (6 such train and dev
/// sentences in a gold damage claim, 1 in none).
/// Not read: a sentence with a denial, a wish or a condition ("Nobody burned his house."), the rumours of people in
/// general ("People said the school was burned.", most often denied after), damage from before ("the door was broken
/// from before", "already broken"), a ruin laid on someone ("the glass broke on me", the setting of a wound), a
/// researcher's account of what was asked, and a question. Run after <see cref="DamageToldByStrike"/> and before
/// <see cref="NoHarmTold"/>, which still takes every harm from a researcher's note or a rumour denied. Matched on the
/// token spans: a hyphened word or a transcriber's bracketed note is one token, not read inside.
/// </summary>
internal static class DamageToldByRuin
{
    /// <summary>Property and its parts that a strike, a fire or a raid ruins: <see cref="DamageToldByStrike.Property"/>
    /// and the parts and fittings of a house or a vehicle ("the window", "the tank", "the roof").</summary>
    private static readonly string[] Property =
    [
        .. DamageToldByStrike.Property, "window", "windows", "glass", "windscreen", "roof", "roofs", "tank", "pipe", "greenhouse",
        "fence", "taxi", "dome", "minaret", "balcony", "balconies", "floor", "floors", "wells", "stall", "trucks", "vehicles",
    ];

    /// <summary>The verbs of being between the property and its ruin ("the shop was gone").</summary>
    private static readonly string[] Be = ["was", "is", "were", "are", "got"];

    /// <summary>The past of <see cref="Be"/>, before "gone": "the shop was gone" tells the ruin found, where "our mosque
    /// is gone" tells only that it is no longer there, taken, pulled down or built over (gold is split on those).</summary>
    private static readonly string[] PastBe = ["was", "were"];

    /// <summary>Words that may stand before the word of ruin ("was all smashed", "is still half broken").</summary>
    private static readonly string[] Adverbs = ["all", "also", "completely", "totally", "again", "too", "badly"];

    /// <summary>What became of the property, after a verb of being or right after it.</summary>
    private static readonly string[] Ruined =
    [
        "broken", "burned", "burnt", "damaged", "destroyed", "finished", "gutted", "pierced", "smashed", "cracked",
        "collapsed", "ruined", "flattened", "shattered", "torn", "demolished", "razed",
    ];

    /// <summary>Verbs of ruin with the property as their subject ("her tent burned").</summary>
    private static readonly string[] RuinVerbs = ["broke", "burned", "burnt", "collapsed", "cracked"];

    /// <summary>Marks the property bears, after "has" or "had" ("the house has cracks").</summary>
    private static readonly string[] Marks = ["cracks", "holes"];

    /// <summary>The verbs of having before <see cref="Marks"/>.</summary>
    private static readonly string[] Have = ["has", "had", "have"];

    /// <summary>Words of a denial, a wish or a condition anywhere in the sentence.</summary>
    private static readonly string[] NotTold = ["not", "no", "nobody", "never", "nothing", "didn't", "wasn't", "isn't", "would", "could", "if"];

    /// <summary>Prepositions after a verb of ruin that lay the ruin on someone ("broke on me").</summary>
    private static readonly string[] Onto = ["on", "onto"];

    /// <summary>The people a ruin falls on ("on me", "on him").</summary>
    private static readonly string[] Persons = ["me", "us", "him", "her", "them"];

    /// <summary>A researcher's account of the questions put ("He was asked about the day the stalls burned.").</summary>
    private static readonly string[] Asked = ["asked"];

    /// <summary>Damage told as from before the events of the account ("broken from before", "already broken").</summary>
    private static readonly string[] Earlier = ["before", "already"];

    /// <summary>Rumours of people in general ("People said the school was burned."), most often denied after.</summary>
    private static readonly string[][][] Rumours =
    [
        [["people"], ["said", "say", "says"]],
        [["rumour", "rumours", "rumor", "rumors"]],
    ];

    /// <summary>Strangers who have taken over a house ("a family from the north", "someone").</summary>
    private static readonly string[] Occupiers = ["family", "man", "someone", "somebody", "strangers", "settlers", "fighters"];

    /// <summary>The verbs of living in a place, in the present ("lives in it").</summary>
    private static readonly string[] Live = ["lives", "live", "living"];

    /// <summary>The owners before a house that strangers live in ("in our house").</summary>
    private static readonly string[] Owners = ["our", "my", "his", "her", "their"];

    /// <summary>Most tokens between the stranger and the verb of living ("a family of the fighters lives").</summary>
    private const int OccupierReach = 4;

    /// <summary>Most tokens between the property and the verb of being ("the bakery of Haroun, it was finished").</summary>
    private const int BeReach = 5;

    /// <summary>Most tokens between the property and a verb of ruin ("the door of my uncle broke").</summary>
    private const int VerbReach = 4;

    /// <summary>How sure the damage of property told with its ruin is.</summary>
    public const float DamageConfidence = 0.9f;

    /// <summary>Gives PROPERTY_DAMAGE, in <paramref name="assessments"/> (one per entry of <see cref="Document.Sentences"/>),
    /// to each witness sentence of no harm that tells property with what became of it.</summary>
    public static void Apply(Document document, Span<SentenceAssessment> assessments) =>
        NoHarmSentences.Give(document, assessments, HarmSet.PropertyDamage, DamageConfidence, Tells);

    /// <summary>Whether <paramref name="sentence"/> tells property with its ruin, and no denial, rumour, earlier
    /// damage or question.</summary>
    internal static bool Tells(Document document, Sentence sentence)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        var end = WordSequence.End(document, sentence);
        var ruined = false;
        for (var t = sentence.FirstToken; t < end; t++)
        {
            var word = tokens[t].Span(text);
            if (WordList.Contains(word, NotTold) || WordList.Contains(word, Earlier) || WordList.Contains(word, Asked)
                || word.Equals("?", StringComparison.Ordinal) || WordSequence.MatchAt(tokens, text, t, end, Rumours) > 0)
            {
                return false;
            }

            ruined |= (WordList.Contains(word, Property) && char.IsLower(word[0]) && RuinAfter(document, t, end))
                || (WordList.Contains(word, Occupiers) && LivesInAfter(document, t, end));
        }

        return ruined;
    }

    /// <summary>Whether the property at <paramref name="noun"/> is followed by what became of it.</summary>
    private static bool RuinAfter(Document document, int noun, int end)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        for (var n = noun + 1; n < end && n <= noun + BeReach; n++)
        {
            var word = tokens[n].Span(text);
            if (n <= noun + VerbReach && WordList.Contains(word, RuinVerbs))
            {
                return !OntoSomeone(document, n + 1, end);
            }

            if (WordList.Contains(word, Be))
            {
                return RuinAt(document, n + 1, end)
                    || (WordList.Contains(word, PastBe) && n + 1 < end && tokens[n + 1].Span(text).Equals("gone", StringComparison.OrdinalIgnoreCase));
            }
        }

        var next = noun + 1;
        return next + 1 < end && WordList.Contains(tokens[next].Span(text), Have) && WordList.Contains(tokens[next + 1].Span(text), Marks);
    }

    /// <summary>Whether the stranger at <paramref name="occupier"/> is followed by living in a house: "lives in it",
    /// "is living in our house".</summary>
    private static bool LivesInAfter(Document document, int occupier, int end)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        for (var n = occupier + 1; n < end && n <= occupier + OccupierReach; n++)
        {
            if (!WordList.Contains(tokens[n].Span(text), Live))
            {
                continue;
            }

            if (n + 2 >= end || !tokens[n + 1].Span(text).Equals("in", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            var place = tokens[n + 2].Span(text);
            return place.Equals("it", StringComparison.OrdinalIgnoreCase)
                || (WordList.Contains(place, Owners) && n + 3 < end && WordList.Contains(tokens[n + 3].Span(text), Property));
        }

        return false;
    }

    /// <summary>Whether "on" or "onto" and a person follow the verb of ruin ("the glass broke on me"): the setting of
    /// a wound, which gold leaves to the person's claim.</summary>
    private static bool OntoSomeone(Document document, int at, int end)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        return at + 1 < end && WordList.Contains(tokens[at].Span(text), Onto) && WordList.Contains(tokens[at + 1].Span(text), Persons);
    }

    /// <summary>Whether a word of ruin stands at <paramref name="at"/>, after any <see cref="Adverbs"/>.</summary>
    private static bool RuinAt(Document document, int at, int end)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        while (at < end && WordList.Contains(tokens[at].Span(text), Adverbs))
        {
            at++;
        }

        return at < end && WordList.Contains(tokens[at].Span(text), Ruined);
    }
}
