using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Building;

/// <summary>The count of a MISSING claim whose evidence gives none, taken from the claims before it.</summary>
internal static class MissingCounts
{
    /// <summary>Pronouns that point a MISSING claim without a count back to a group ("no news of them", "these three").</summary>
    private static readonly string[] PluralPronouns = ["they", "them", "their", "these", "those"];

    /// <summary>
    /// Gives a count to each MISSING claim whose evidence has none ("We have no news of them.", "Since then, nothing."):
    /// the people are those taken or lost in an earlier claim. After a plural pronoun, the count of the nearest earlier
    /// DETAINED or MISSING claim that has one; otherwise the one person the speaker waits for.
    /// </summary>
    /// <remarks>Out of fold, every matched MISSING claim left without a count had one in gold (35 of them: 17 of one
    /// person, the rest the group named before); see models/README.md, "Victim counts of the claim builder".</remarks>
    public static void Fill(DocumentLayout layout, List<ClaimDraft> drafts)
    {
        for (var d = 0; d < drafts.Count; d++)
        {
            var draft = drafts[d];
            if (draft.Harm != Harm.Missing || draft.Min is not null || draft.Max is not null)
            {
                continue;
            }

            if (!HasPluralPronoun(layout, draft))
            {
                draft.Min = draft.Max = 1;
                continue;
            }

            var earlier = drafts
                .Where(o => o.First < draft.First && o.Harm is Harm.Detained or Harm.Missing && (o.Min is not null || o.Max is not null))
                .MaxBy(o => o.First);
            if (earlier is not null)
            {
                (draft.Min, draft.Max) = (earlier.Min, earlier.Max);
            }
        }
    }

    private static bool HasPluralPronoun(DocumentLayout layout, ClaimDraft draft)
    {
        var document = layout.Document;
        foreach (var (start, end) in draft.Spans)
        {
            for (var t = layout.TokenAt(start); t >= 0 && t < document.Tokens.Count && document.Tokens[t].Start < end; t++)
            {
                if (WordList.Contains(document.Tokens[t].Span(document.Text), PluralPronouns))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
