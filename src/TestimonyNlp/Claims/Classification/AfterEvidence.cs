using TestimonyNlp.Model;

namespace TestimonyNlp.Claims.Classification;

/// <summary>Where a claim's evidence ends and what follows it, for the basis rules that read the speaker's sentences
/// after a claim up to the next claim's evidence (<see cref="HearsayToldAfter"/>, <see cref="WitnessedPresent"/>,
/// <see cref="WitnessedInNotes"/>, <see cref="ReportedSource"/>).</summary>
internal static class AfterEvidence
{
    /// <summary>The offset where the last span of <paramref name="claim"/>'s evidence ends.</summary>
    public static int End(Claim claim)
    {
        var end = 0;
        foreach (var span in claim.Evidence)
        {
            end = Math.Max(end, span.End);
        }

        return end;
    }

    /// <summary>The earliest start of another claim's evidence (of <paramref name="claims"/> from
    /// <paramref name="from"/> on, leaving out <paramref name="claim"/>) at or after <paramref name="end"/>, or
    /// <see cref="int.MaxValue"/>.</summary>
    public static int NextClaimStart(List<Claim> claims, int from, int claim, int end)
    {
        var next = int.MaxValue;
        for (var c = from; c < claims.Count; c++)
        {
            if (c == claim)
            {
                continue;
            }

            var start = int.MaxValue;
            foreach (var span in claims[c].Evidence)
            {
                start = Math.Min(start, span.Start);
            }

            if (start >= end && start < next)
            {
                next = start;
            }
        }

        return next;
    }

    /// <summary>The speaker's sentences right after the offset <paramref name="evidenceEnd"/>: from the first sentence
    /// wholly after it (<see cref="FirstSentence"/>), at most <paramref name="count"/>, up to the first that ends past
    /// <paramref name="stopAt"/> (the next claim's evidence) or that the interviewer says, as the range of sentence
    /// indices [First, End).</summary>
    public static (int First, int End) SpeakerSentences(Document document, int evidenceEnd, int stopAt, int count)
    {
        var sentences = document.Sentences;
        var first = FirstSentence(document, evidenceEnd);
        var s = first;
        while (s < sentences.Count && s - first < count && sentences[s].End <= stopAt && document.RoleOf(sentences[s]) != SpeakerRole.Interviewer)
        {
            s++;
        }

        return (first, s);
    }

    /// <summary>The index of the first sentence of <paramref name="document"/> wholly after the offset
    /// <paramref name="evidenceEnd"/>, or the sentence count.</summary>
    public static int FirstSentence(Document document, int evidenceEnd)
    {
        var sentences = document.Sentences;
        var s = 0;
        while (s < sentences.Count && sentences[s].End <= evidenceEnd)
        {
            s++;
        }

        // A sentence the evidence ends inside belongs to the claim itself.
        if (s < sentences.Count && sentences[s].Start < evidenceEnd)
        {
            s++;
        }

        return s;
    }
}
