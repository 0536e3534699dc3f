using System.Text.RegularExpressions;
using TestimonyNlp.Model;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// Takes KILLED from a sentence whose only deaths are of animals or crops: "two cows died", "the mule also died",
/// "the crops died", "I saw the animals dead in the square". Out of fold, of all witness sentences telling such a
/// death, none lies in a gold killing claim (they are damage's evidence, or an injury's told beside them); the rule took
/// the false killing claims built on them (models/README.md, "Claim classifiers", the killing false claims). A death of
/// people told in the same sentence keeps KILLED. Run after <see cref="NoHarmTold"/>.
/// </summary>
internal static class AnimalDeathsNotKilled
{
    /// <summary>An animal or the crops, then within a clause their death: "his cow died there", "the buffalo stepped
    /// on a mine and died", "the chickens dead".</summary>
    private static readonly Regex AnimalDeath = new(
        @"\b(?:cows?|goats?|sheep|buffalo(?:es)?|donkeys?|camels?|animals|cattle|crops|mules?|chickens|hens|horses?|oxen|livestock|dogs?)\b[^.,;]{0,40}?\b(?:died|dead|were killed|was killed)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>A death word left once the animals' deaths are taken out: a death of people too.</summary>
    private static readonly Regex Death = new(
        @"\b(?:kill\w*|died|dead|death|martyr\w*|bod(?:y|ies)|shot)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>Takes KILLED from the sentences of <paramref name="assessments"/> (one per entry of
    /// <see cref="Document.Sentences"/>) that tell animals' or crops' deaths and no other.</summary>
    public static void Apply(Document document, Span<SentenceAssessment> assessments) =>
        SentenceHarmTaking.TakeWhere(
            document, assessments, HarmSet.Killed, HarmSet.None, aloneInRun: false,
            (doc, sentence) => Tells(doc.Text.AsSpan(sentence.Start, sentence.End - sentence.Start)));

    private static bool Tells(ReadOnlySpan<char> text) =>
        AnimalDeath.IsMatch(text) && !Death.IsMatch(AnimalDeath.Replace(text.ToString(), " "));
}
