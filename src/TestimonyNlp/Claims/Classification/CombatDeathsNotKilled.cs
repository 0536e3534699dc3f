using System.Text.RegularExpressions;
using TestimonyNlp.Model;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// Takes KILLED from a sentence that tells only deaths of combatants: one killed "in the fighting", "at the front" or
/// "fighting" ("he was with the Resistance, he was killed in the fighting near the border"), or a side's claim to have
/// killed the other side's armed men ("the army said on the radio they killed terrorists"). Gold claims neither: out of
/// fold, of all witness sentences with such a death, none lies in a gold killing claim except one army's word ("the army
/// said they died in the fighting"), kept here by "said"; the rule took the false killing claims built on them
/// (models/README.md, "Claim classifiers", the killing false claims). Run after <see cref="NoHarmTold"/>.
/// </summary>
internal static class CombatDeathsNotKilled
{
    /// <summary>A death in battle: "killed in the fighting", "died fighting", "killed at the front"; not "on the second
    /// day of the fighting", which dates a death of anyone.</summary>
    private static readonly Regex InBattle = new(
        @"\b(?:killed|died)\b(?![^.]{0,40}\bof the fighting)[^.]{0,40}\b(?:in the fighting|at the front|fighting)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>Someone's word on the death, which keeps the sentence (an army's "they died in the fighting" is a gold
    /// killing out of fold).</summary>
    private static readonly Regex Said = new(@"\bsaid\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>A killing of an armed group named as such, with no figure ("they killed terrorists", "killed Taliban
    /// commanders"); a figure ("they said they killed twenty ...") may be a toll of civilians under a side's name.</summary>
    private static readonly Regex ArmedMenKilled = new(
        @"\bkilled (?:(?:the|some|many) )?(?:terrorists|militants|Taliban|Daesh|(?:al-)?Shabaab|jihadists|insurgents|rebels|bandits|fighters)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>Takes KILLED from the sentences of <paramref name="assessments"/> (one per entry of
    /// <see cref="Document.Sentences"/>) that tell only combatants' deaths.</summary>
    public static void Apply(Document document, Span<SentenceAssessment> assessments) =>
        SentenceHarmTaking.TakeWhere(
            document, assessments, HarmSet.Killed, HarmSet.None, aloneInRun: false,
            (doc, sentence) => Tells(doc.Text.AsSpan(sentence.Start, sentence.End - sentence.Start)));

    private static bool Tells(ReadOnlySpan<char> text) =>
        ArmedMenKilled.IsMatch(text) || (InBattle.IsMatch(text) && !Said.IsMatch(text));
}
