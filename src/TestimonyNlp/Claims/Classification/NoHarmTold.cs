using System.Text.RegularExpressions;
using TestimonyNlp.Model;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// Takes harms away from sentences that name a harm but tell none of the period: a researcher's follow-up note
/// ("Follow-up: ask the cousin for the names of the dead"), a death of illness or before the war ("he died in 2009 of
/// the sugar, before all this"), a question answered no ("Asked whether anyone was killed, he said no") and "nobody
/// died". Out of fold, of the built claims over no gold claim, 18 came from such sentences and none of the right ones
/// did (models/README.md, "Claim classifiers"). Run after <see cref="InjuryNotDeath"/>, before the bases are shared.
/// </summary>
internal static class NoHarmTold
{
    /// <summary>A researcher's note to self, opening the sentence: it names the dead it asks about, it tells no event.</summary>
    private static readonly Regex ResearcherNote = new(
        @"^\W*(?:follow-up|researcher'?s? note|note)\s*:", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>A death of illness, old age or an accident, or one placed before the war; the causes are those of the
    /// error analysis ("of the kidneys", "from the sugar", "in his bed", "she was sick", "before all this").</summary>
    private static readonly Regex NaturalCause = new(
        @"\b(?:before all (?:of )?this|before the war|of (?:his |her |the )?(?:heart|kidneys?|sugar|sickness|illness|cancer|old age)|from the (?:sugar|diabetes|sickness|illness|cancer)|in (?:his|her) bed|(?:was|were) (?:old and )?sick|an accident)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>A death told without a killer ("died", "dead").</summary>
    private static readonly Regex Died = new(@"\b(?:die[sd]?|dead|passed away)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>Words of an attack, any of which keeps the death one of the war ("shot in his bed").</summary>
    private static readonly Regex Attack = new(
        @"\b(?:kill|shot|shoot|murder|execut|bomb|shell|strike|struck|massacr|sniper)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>The researcher's question reported in the third person, opening the sentence.</summary>
    private static readonly Regex AskedWhether = new(@"^\W*asked (?:whether|if|about)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>The witness's no to it.</summary>
    private static readonly Regex AnsweredNo = new(@"\b(?:said no|not true)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>A death denied; "nobody was killed outright" is not (in sample it is told of a death days later).</summary>
    private static readonly Regex NobodyDied = new(
        @"\b(?:nobody|no one)\s+(?:died|was killed|were killed|was dead)\b(?!\s+outright)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>Takes every harm from the notes and the questions answered no, and KILLED from the deaths not of the war, among <paramref name="assessments"/> (one per entry of <see cref="Document.Sentences"/>).</summary>
    public static void Apply(Document document, Span<SentenceAssessment> assessments)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sentences = document.Sentences;
        for (var s = 0; s < assessments.Length; s++)
        {
            if (assessments[s].Harms == HarmSet.None)
            {
                continue;
            }

            var sentence = sentences[s];
            var text = document.Text.AsSpan(sentence.Start, sentence.End - sentence.Start);
            if (ResearcherNote.IsMatch(text) || (AskedWhether.IsMatch(text) && AnsweredNo.IsMatch(text)))
            {
                assessments[s] = SentenceAssessment.NoHarm;
            }
            else if (assessments[s].Harms.Contains(Harm.Killed) && DeathNotOfTheWar(text))
            {
                assessments[s] = assessments[s].Without(HarmSet.Killed);
            }
        }
    }

    private static bool DeathNotOfTheWar(ReadOnlySpan<char> text) =>
        NobodyDied.IsMatch(text) || (NaturalCause.IsMatch(text) && Died.IsMatch(text) && !Attack.IsMatch(text));
}
