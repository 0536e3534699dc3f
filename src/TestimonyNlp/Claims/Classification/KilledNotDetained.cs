using System.Text.RegularExpressions;
using TestimonyNlp.Model;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// Takes DETAINED from a sentence the classifiers also give KILLED when it tells that those taken were killed: "they
/// took him from the mosque and they killed him", "took them behind the wall and shot them", "the people found his
/// body". The DETAINED model fires on "took"; in the train gold no such sentence is a detention (it is the killing's
/// evidence), and out of fold the rule took 6 false detention claims away and no right one (models/README.md,
/// "Incident linking", the detention false claims). Run after <see cref="NoHarmTold"/>.
/// </summary>
internal static class KilledNotDetained
{
    /// <summary>A killing of those just named ("killed him", "shot them both", "shot one", "shot all the men") or their
    /// body found; the object pronoun keeps out "shot at the soldiers" and "there was shooting".</summary>
    private static readonly Regex TakenKilled = new(
        @"\b(?:(?:killed|shot|executed|slaughtered|murdered) (?:him|her|them|both|one|all)|found (?:his|her|their) bod(?:y|ies))\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>Takes DETAINED from the sentences of <paramref name="assessments"/> (one per entry of
    /// <see cref="Document.Sentences"/>) that assert KILLED too and tell the taken were killed.</summary>
    public static void Apply(Document document, Span<SentenceAssessment> assessments) =>
        SentenceHarmTaking.TakeWhere(document, assessments, HarmSet.Detained, HarmSet.Killed, aloneInRun: false, text => TakenKilled.IsMatch(text));
}
