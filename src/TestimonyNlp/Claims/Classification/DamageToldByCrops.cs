using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// Gives PROPERTY_DAMAGE to a witness sentence the classifiers gave no harm that tells crops, trees or fields burned,
/// cut or destroyed: "Our almond trees burned, sixty trees.", "They cut the almond trees of my uncle for firewood.",
/// "the barley of my cousin burned, the whole field". corpus/MARKUP.md counts a harvest, an orchard or a field as
/// property; the damage model, trained mostly on buildings and vehicles, scores such sentences low. Over the train and
/// dev transcripts, sentences with a crop word and a word of ruin within a few words of it lay in a gold damage claim
/// 52 times, in another harm's twice and in none 6 times (a harvest still to be cut, a field hospital, a simile, a
/// doubt of the month); rice, forests, gardens, pastures and hives, added later, 8 times and in none once. Not read: a sentence with a denial, a condition or a doubt ("not sure"), a question, a
/// simile ("like barley cut in a field"), a crop still "to" be cut, and a "field hospital". Run after
/// <see cref="DamageToldByRuin"/> and before <see cref="NoHarmTold"/>, which still takes every harm from a researcher's
/// note or a rumour denied. Matched on the token spans.
/// </summary>
internal static class DamageToldByCrops
{
    /// <summary>Crops, trees and fields.</summary>
    private static readonly string[] Crops =
    [
        "wheat", "barley", "olive", "olives", "trees", "orchard", "orchards", "grove", "groves", "millet", "sorghum", "maize",
        "sesame", "harvest", "crops", "crop", "palms", "vineyard", "vineyards", "hay", "field", "fields", "rice", "forest", "forests",
        "garden", "gardens", "pasture", "hives", "beehives",
    ];

    /// <summary>What was done to them.</summary>
    private static readonly string[] Ruin = ["burned", "burnt", "burning", "cut", "uprooted", "bulldozed", "destroyed", "razed"];

    /// <summary>Words of a denial, a condition, a doubt or a likeness anywhere in the sentence.</summary>
    private static readonly string[] NotTold =
        ["not", "no", "nobody", "never", "didn't", "wasn't", "weren't", "would", "could", "if", "sure", "like"];

    /// <summary>Words after "field" that make it no crop ("field hospital").</summary>
    private static readonly string[] NotCrop = ["hospital", "clinic", "commander", "commanders"];

    /// <summary>Most tokens from the crop to a word of ruin after it ("the almond trees of my uncle were burned").</summary>
    private const int AfterReach = 8;

    /// <summary>Most tokens from a word of ruin to the crop after it ("cut our olive trees").</summary>
    private const int BeforeReach = 4;

    /// <summary>How sure the damage of crops told ruined is.</summary>
    public const float DamageConfidence = 0.9f;

    /// <summary>Gives PROPERTY_DAMAGE, in <paramref name="assessments"/> (one per entry of <see cref="Document.Sentences"/>),
    /// to each witness sentence of no harm that tells crops, trees or fields ruined.</summary>
    public static void Apply(Document document, Span<SentenceAssessment> assessments) =>
        NoHarmSentences.Give(document, assessments, HarmSet.PropertyDamage, DamageConfidence, Tells);

    /// <summary>Whether <paramref name="sentence"/> tells crops, trees or fields burned, cut or destroyed, and no
    /// denial, condition, doubt, likeness or question.</summary>
    internal static bool Tells(Document document, Sentence sentence)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        var end = WordSequence.End(document, sentence);
        var crop = -1;
        var ruin = -1;
        var told = false;
        for (var t = sentence.FirstToken; t < end; t++)
        {
            var word = tokens[t].Span(text);
            if (WordList.Contains(word, NotTold) || word.Equals("?", StringComparison.Ordinal))
            {
                return false;
            }

            if (WordList.Contains(word, Crops) && !(t + 1 < end && WordList.Contains(tokens[t + 1].Span(text), NotCrop)))
            {
                told |= ruin >= 0 && t - ruin <= BeforeReach;
                crop = t;
            }
            else if (WordList.Contains(word, Ruin)
                && !(t > sentence.FirstToken && tokens[t - 1].Span(text).Equals("to", StringComparison.OrdinalIgnoreCase)))
            {
                told |= crop >= 0 && t - crop <= AfterReach;
                ruin = t;
            }
        }

        return told;
    }
}
