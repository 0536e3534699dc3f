using TestimonyNlp.Claims.Counts;
using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Building;

/// <summary>
/// A wounding counted only from the people it tells one by one, whose evidence opens on a crowd of wounded without a
/// number, counts a floor: the people told are some of the wounded, not all ("Many people were bleeding. Her neighbour
/// Tomas lost his eye." 1 and open). ANNOTATION.md leaves the upper bound open when the text gives none. Only the upper
/// bound is opened, after the claims are merged, so no cut moves; a crowd told after the people ("Tomas lost his eye.
/// Many were wounded.") is another statement, which gold mostly keeps out of the claim. A detention counted only from
/// its people, whose evidence tells that "the men" were taken as a whole ("a patrol took the men, me and my cousin
/// among them" 2 and open), counts a floor the same way (read in `ClaimBuilder.MakeDraft`, where the figures of its
/// evidence are known).
/// </summary>
internal static class UnnumberedCrowd
{
    /// <summary>Words after "many" that make it a crowd of people: "many people", "many wounded", "many were hurt".</summary>
    private static readonly string[] CrowdAfterMany =
        ["people", "wounded", "injured", "were", "others", "children", "men", "women"];

    /// <summary>Words before "many" that make it no crowd: "how many", "not many".</summary>
    private static readonly string[] NoCrowdBefore = ["how", "not", "so"];

    /// <summary>Verbs of taking before "the men" ("they took the men out", "taking all the men").</summary>
    private static readonly string[] TakingVerbs = ["took", "take", "takes", "taking", "taken"];

    /// <summary>Words between a verb of taking and "the men": "took the men out" has them after, "took away the men"
    /// before.</summary>
    private static readonly string[] TakingParticles = ["out", "away", "all"];

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

    /// <summary>True when a sentence from <paramref name="first"/> to before <paramref name="end"/> tells that the men
    /// were taken as a whole, with no number: "took the men", "took away all the men", "the men they took", "with all
    /// the men"; not "the young men", nor "separated the men" or "gathered all the men in one room", after which the
    /// people told may be all who were held. A detention counted from its people alone is then a floor ("The guards
    /// took the men, the drivers too. My friend was led off." 1 and open).</summary>
    public static bool TellsMenTaken(DocumentLayout layout, int first, int end)
    {
        var document = layout.Document;
        var text = document.Text;
        for (var s = first; s < end; s++)
        {
            var tokens = document.SentenceTokens(s);
            for (var t = 1; t + 1 < tokens.Length; t++)
            {
                if (!tokens[t].Span(text).Equals("the", StringComparison.OrdinalIgnoreCase)
                    || !tokens[t + 1].Span(text).Equals("men", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var b = t - 1;
                var all = tokens[b].Span(text).Equals("all", StringComparison.OrdinalIgnoreCase);
                while (b > 0 && WordList.Contains(tokens[b].Span(text), TakingParticles))
                {
                    b--;
                }

                if (WordList.Contains(tokens[b].Span(text), TakingVerbs)
                    || (all && t >= 2 && (tokens[t - 2].Span(text).Equals("with", StringComparison.OrdinalIgnoreCase) || tokens[t - 2].Span(text).SequenceEqual(",")))
                    || (t + 3 < tokens.Length && tokens[t + 2].Span(text).Equals("they", StringComparison.OrdinalIgnoreCase)
                        && WordList.Contains(tokens[t + 3].Span(text), TakingVerbs)))
                {
                    return true;
                }
            }
        }

        return false;
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
