using TestimonyNlp.Claims.Counts;
using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Building;

/// <summary>
/// A wounding counted only from the people it tells one by one, whose evidence opens on a crowd of wounded without a
/// number, counts a floor: the people told are some of the wounded, not all ("Many people were bleeding. Her neighbour
/// Tomas lost his eye." 1 and open). ANNOTATION.md leaves the upper bound open when the text gives none. Only the upper
/// bound is opened, after the claims are merged, so no cut moves; a crowd told after the people ("Tomas lost his eye.
/// Many were wounded.") is another statement, which gold mostly keeps out of the claim.
/// </summary>
internal static class UnnumberedCrowd
{
    /// <summary>Words after "many" that make it a crowd of people: "many people", "many wounded", "many were hurt".</summary>
    private static readonly string[] CrowdAfterMany =
        ["people", "wounded", "injured", "were", "others", "children", "men", "women"];

    /// <summary>Words before "many" that make it no crowd: "how many", "not many".</summary>
    private static readonly string[] NoCrowdBefore = ["how", "not", "so"];

    /// <summary>Leaves open the upper bound of each wounding in <paramref name="claims"/> counted from its people alone
    /// (no figure of the toll in its evidence) whose first sentence tells a crowd of people without a number.</summary>
    public static void Open(DocumentLayout layout, TollChoice tolls, List<ClaimDraft> claims)
    {
        foreach (var claim in claims)
        {
            if (claim.Harm == Harm.Injured && claim is { Min: { } least, Max: { } most } && least == most
                && TellsCrowd(layout, layout.SentenceOf(claim.First)) && !HasFigure(layout, tolls, claim))
            {
                claim.Max = null;
            }
        }
    }

    /// <summary>True when a sentence of <paramref name="claim"/> gives its toll as a figure ("seven were hurt", "two
    /// boys", "all three of them"), not as people told one by one.</summary>
    private static bool HasFigure(DocumentLayout layout, TollChoice tolls, ClaimDraft claim)
    {
        foreach (var (start, end) in claim.Spans)
        {
            for (var s = layout.SentenceOf(start); s <= layout.SentenceOf(end - 1); s++)
            {
                if (tolls.OfSentence(layout, claim.Harm, s) is { Cue: not (CountCue.List or CountCue.Single) })
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="sentence"/> tells a crowd without a number: "many people", "many were
    /// wounded"; not "how many".</summary>
    private static bool TellsCrowd(DocumentLayout layout, int sentence)
    {
        var document = layout.Document;
        var text = document.Text;
        var tokens = document.SentenceTokens(sentence);
        for (var t = 0; t + 1 < tokens.Length; t++)
        {
            if (tokens[t].Span(text).Equals("many", StringComparison.OrdinalIgnoreCase)
                && !(t > 0 && WordList.Contains(tokens[t - 1].Span(text), NoCrowdBefore))
                && WordList.Contains(tokens[t + 1].Span(text), CrowdAfterMany))
            {
                return true;
            }
        }

        return false;
    }
}
