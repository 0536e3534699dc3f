using System.Text.RegularExpressions;
using TestimonyNlp.Model;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// Gives KILLED or INJURED to a witness sentence that tallies the dead or the wounded with a count right before the
/// noun: "We counted thirty-two bodies when we came back.", "We received twenty-six wounded from Wukro." The
/// classifiers score such tallies low when they carry no verb of the harm (a medic's or a gravedigger's count), and out
/// of fold they were the most regular shape among the gold claims that name a word of the harm and over which nothing
/// was built (models/README.md, "Claim classifiers"). A sentence the classifiers gave the other harm keeps it and takes
/// the tallied one too ("The radio said four were killed and seventeen injured."). Run after <see cref="HarmToldByNegation"/> and before
/// <see cref="NoHarmTold"/>, which still takes every harm from a researcher's note.
/// </summary>
internal static class CasualtyTally
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    /// <summary>A count: digits or a number word (hyphenated ones too: "twenty-six", "sixty-something").</summary>
    private const string Count =
        @"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|dozens)(?:-\w+)?\s+(?:\w+\s+)?";

    /// <summary>A count of the dead ("nine dead", "seventeen bodies", "fourteen martyrs").</summary>
    private static readonly Regex DeadTally = new(Count + @"(?:dead|bodies|martyrs|corpses)\b", Options);

    /// <summary>A count of the wounded ("twenty-six wounded", "seventeen injured").</summary>
    private static readonly Regex WoundedTally = new(Count + @"(?:wounded|injured)\b", Options);

    /// <summary>Words that make a tally a denial or a guess ("not two dead", "fifty dead, not four", "still two bodies
    /// under it"): out of fold the sentences with them were on no gold claim of the harm as often as on one.</summary>
    private static readonly Regex Denial = new(@"\b(?:not|no|nobody|never|still)\b", Options);

    /// <summary>How sure a tally's harm is, in a sentence the classifiers gave no harm: out of fold, counted before the
    /// rule was written, 13 of the 15 such sentences with a tally lay in a gold claim of the harm tallied.</summary>
    public const float HarmConfidence = 0.87f;

    /// <summary>Gives, in <paramref name="assessments"/> (one per entry of <see cref="Document.Sentences"/>), KILLED
    /// or INJURED to each witness sentence that tallies the dead or the wounded and was not given that harm; a sentence
    /// the classifiers gave no harm takes the tally's basis from its own basis probabilities later.</summary>
    public static void Apply(Document document, Span<SentenceAssessment> assessments)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sentences = document.Sentences;
        for (var s = 0; s < assessments.Length; s++)
        {
            var harms = assessments[s].Harms;
            if ((harms & HarmSet.Killed) != HarmSet.None && (harms & HarmSet.Injured) != HarmSet.None
                || !ClaimClassifier.CanAssert(document.RoleOf(sentences[s])))
            {
                continue;
            }

            var sentence = sentences[s];
            var text = document.Text.AsSpan(sentence.Start, sentence.End - sentence.Start);
            if (Denial.IsMatch(text))
            {
                continue;
            }

            var tallied = (DeadTally.IsMatch(text) ? HarmSet.Killed : HarmSet.None) | (WoundedTally.IsMatch(text) ? HarmSet.Injured : HarmSet.None);
            if ((tallied & ~harms) == HarmSet.None)
            {
                continue;
            }

            assessments[s] = harms == HarmSet.None
                ? new SentenceAssessment(tallied, null, HarmConfidence, 0f)
                : assessments[s] with { Harms = harms | tallied };
        }
    }
}
