using System.Text.RegularExpressions;
using TestimonyNlp.Model;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// Takes PROPERTY_DAMAGE from a sentence the classifiers also give KILLED or INJURED when the place struck is only the
/// setting of the deaths or wounds: "a shell fell on the house of the Haddad family and three of them died", "the drone
/// hit a car and two men were killed", with no word of what the strike did to the house or car. In the train gold 57
/// such sentences with a death are the killing's evidence alone and 2 are damage too (both naming several houses,
/// which keeps the damage here); 17 with a wound and no death are the injury's alone and none damage. Broken glass is
/// such a setting too when it cut the wounded. Out of fold the rule took 8 false damage claims away and no right one
/// (models/README.md, "Claim classifiers", the damage false claims). It leaves a sentence inside a run of damage
/// sentences alone: there the strike is the damage's own setting. Run after <see cref="NoHarmTold"/>.
/// </summary>
internal static class CasualtiesNotDamage
{
    /// <summary>A death or a wound told in the sentence.</summary>
    private static readonly Regex Casualty = new(
        @"\b(?:kill\w*|died|dead|death|martyr\w*|bod(?:y|ies)|injur\w*|wound\w*|hurt)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>What the strike did to what it struck (the damage words of the error analysis: "destroyed", "burned",
    /// "the roof came down", "nothing was left", "the house was flat"), or several things struck ("the two houses beside
    /// it", both gold damage claims of the train sentences above); any of them keeps the damage.</summary>
    private static readonly Regex DamageTold = new(
        @"(?:destroy|damag|collaps|flatten|burn|ruin|rubble|raze|loot|shatter|demolish|level|bulldoz|torch|gutt|ablaze|\bfire\b|flame|\bgone\b|hole|crack|roof|wall|nothing|not there|smash|crumbl|blew up|blown up|melt|smoke|\bash|stones|pieces|torn|finished|fell down|came down|\b(?:was|were|is|are|all) flat\b|dust|black|\b(?:houses|homes|shops|buildings|cars|trucks|tents|stalls|vehicles|animals|sheep|cows|goats|cattle)\b)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>Broken glass: the windows that came in, the glass that broke. Damage unless it is what cut the
    /// wounded ("the windows came in and she was cut on the face"): in the train gold 47 sentences naming glass and a
    /// wound are the injury's or the killing's evidence alone and 2 are damage too.</summary>
    private static readonly Regex Glass = new(
        @"(?:glass|window|windscreen|broke|blown)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>A wound glass gives.</summary>
    private static readonly Regex Cut = new(
        @"\b(?:cut|injur\w*|wound\w*|hurt)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>Takes PROPERTY_DAMAGE from the sentences of <paramref name="assessments"/> (one per entry of
    /// <see cref="Document.Sentences"/>) that assert KILLED or INJURED too, tell a death or a wound and no damage,
    /// and stand between sentences that assert no damage.</summary>
    public static void Apply(Document document, Span<SentenceAssessment> assessments) =>
        SentenceHarmTaking.TakeWhere(
            document, assessments, HarmSet.PropertyDamage, HarmSet.Killed | HarmSet.Injured, aloneInRun: true,
            Tells);

    private static bool Tells(Document document, Sentence sentence)
    {
        var text = document.Text.AsSpan(sentence.Start, sentence.End - sentence.Start);
        return !DamageTold.IsMatch(text) && (Glass.IsMatch(text) ? Cut.IsMatch(text) : Casualty.IsMatch(text));
    }
}
