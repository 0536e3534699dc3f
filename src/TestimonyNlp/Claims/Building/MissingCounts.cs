using TestimonyNlp.Claims.Counts;
using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Building;

/// <summary>The count of a MISSING claim whose evidence gives none, taken from the claims before it.</summary>
internal static class MissingCounts
{
    /// <summary>Pronouns that point a MISSING claim without a count back to a group ("no news of them", "these three").</summary>
    private static readonly string[] PluralPronouns = ["they", "them", "their", "these", "those"];

    /// <summary>The answers that close a sentence of names not back: "Bilal and Sami, no."</summary>
    private static readonly string[] NoAnswers = ["no", "nothing"];

    /// <summary>Words that join the names of such a sentence.</summary>
    private static readonly string[] NameJoints = ["and", "or"];

    /// <summary>Most sentences before a MISSING claim searched for the group its pronoun points back to.</summary>
    private const int GroupWindow = 3;

    /// <summary>
    /// Gives a count to each MISSING claim whose evidence has none ("We have no news of them.", "Since then, nothing."):
    /// the people are those taken or lost in an earlier claim. After a plural pronoun, the count of the nearest earlier
    /// DETAINED or MISSING claim that has one; otherwise the one person the speaker waits for.
    /// </summary>
    /// <remarks>Out of fold, every matched MISSING claim left without a count had one in gold (35 of them: 17 of one
    /// person, the rest the group named before); see models/README.md, "Victim counts of the claim builder".</remarks>
    public static void Fill(DocumentLayout layout, EvidenceCounts counts, List<ClaimDraft> drafts)
    {
        for (var d = 0; d < drafts.Count; d++)
        {
            var draft = drafts[d];
            if (draft.Harm == Harm.Missing && draft is { Min: null or 1, Max: null or 1 } && NamesAnsweredNo(layout, draft) is var named and >= 2)
            {
                // "Nizar came back after a month, he told us. Bilal and Sami, no.": the people the answer names as not
                // back, over one person read from a pronoun
                draft.Min = draft.Max = named;
                continue;
            }

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
            if (GroupBefore(layout, counts, drafts, draft, earlier) is { } group)
            {
                // "Two soldiers, they were going home. ... Nobody has heard from them.": the group named just before
                (draft.Min, draft.Max) = group;
            }
            else if (earlier is not null)
            {
                (draft.Min, draft.Max) = (earlier.Min, earlier.Max);
            }
        }
    }

    /// <summary>The nearest group of two or more people counted in the speaker's sentences just before
    /// <paramref name="draft"/> (up to <see cref="GroupWindow"/>, in its turn, no claim's evidence, none before the
    /// claim <paramref name="earlier"/> the pronoun would otherwise point to), or null.</summary>
    private static (int? Min, int? Max)? GroupBefore(DocumentLayout layout, EvidenceCounts counts, List<ClaimDraft> drafts, ClaimDraft draft,
        ClaimDraft? earlier)
    {
        var first = layout.SentenceOf(draft.First);
        var stop = Math.Max(0, first - GroupWindow);
        if (earlier is not null)
        {
            stop = Math.Max(stop, layout.SentenceOf(earlier.Last - 1) + 1);
        }

        for (var s = first - 1; s >= stop; s--)
        {
            if (!layout.IsSpeech(s) || layout.Turn(s) != layout.Turn(first) || ClaimBuilder.IsEvidence(layout.Document, drafts, s))
            {
                return null;
            }

            (int? Min, int? Max)? nearest = null;
            foreach (var count in counts.Of(layout, s))
            {
                if (count.Target == CountTarget.People && count.Min >= 2 && count.Cue is not (CountCue.Single or CountCue.Nobody))
                {
                    nearest = (count.Min, count.Max);
                }
            }

            if (nearest is not null)
            {
                return nearest;
            }
        }

        return null;
    }

    /// <summary>The people named in the sentences of <paramref name="draft"/> that are only names and "no" or "nothing"
    /// ("Bilal and Sami, no.", "Efrain, no. Hugo and Tariq, nothing."): the ones asked about who did not come back;
    /// 0 when there are none.</summary>
    private static int NamesAnsweredNo(DocumentLayout layout, ClaimDraft draft)
    {
        var document = layout.Document;
        var named = 0;
        foreach (var (start, end) in draft.Spans)
        {
            for (var s = layout.SentenceOf(start); s <= layout.SentenceOf(end - 1); s++)
            {
                named += NamesBeforeNo(document, s);
            }
        }

        return named;
    }

    /// <summary>The PERSON mentions of sentence <paramref name="sentence"/> when it is only names joined by "and", "or"
    /// or commas, then a comma and "no" or "nothing" closing it; else 0.</summary>
    private static int NamesBeforeNo(Document document, int sentence)
    {
        var text = document.Text;
        var tokens = document.SentenceTokens(sentence);
        var last = tokens.Length - 1;
        while (last >= 0 && tokens[last].Kind == TokenKind.Punctuation)
        {
            last--;
        }

        if (last < 2 || !WordList.Contains(tokens[last].Span(text), NoAnswers) || !tokens[last - 1].Span(text).SequenceEqual(","))
        {
            return 0;
        }

        var names = 0;
        var listEnd = tokens[last - 1].Start;
        var t = 0;
        foreach (var entity in document.Entities)
        {
            if (entity.Type != EntityType.Person || entity.Start < tokens[0].Start || entity.End > listEnd)
            {
                continue;
            }

            // only joints between the names: "and", "or" and commas
            for (; t < last - 1 && tokens[t].End <= entity.Start; t++)
            {
                if (!(tokens[t].Kind == TokenKind.Punctuation || WordList.Contains(tokens[t].Span(text), NameJoints)))
                {
                    return 0;
                }
            }

            while (t < last - 1 && tokens[t].Start < entity.End)
            {
                t++;
            }

            names++;
        }

        return t == last - 1 ? names : 0;
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

    /// <summary>Pairs of words by which a disappearance is told of one person: "where he is, no one can say", "no word
    /// of him", "nobody saw her again".</summary>
    private static readonly (string First, string Second)[] OneMissing =
    [
        ("where", "he"), ("where", "she"), ("of", "him"), ("of", "her"), ("from", "him"), ("from", "her"),
        ("him", "again"), ("her", "again"), ("if", "he"), ("if", "she"),
    ];

    /// <summary>Pairs of words by which it is told of several: "where they are", "no news of them".</summary>
    private static readonly (string First, string Second)[] SeveralMissing =
    [
        ("where", "they"), ("of", "them"), ("from", "them"), ("them", "again"), ("if", "they"),
    ];

    /// <summary>
    /// True when the sentences from <paramref name="first"/> to before <paramref name="end"/> tell the disappearance of
    /// one person ("where he is, no one can say", "no word of him") and never of several ("where they are"): whoever
    /// the missing one stayed or went with ("he stayed in the town with his mother") is no one missing.
    /// </summary>
    public static bool ToldOfOne(DocumentLayout layout, int first, int end)
    {
        var document = layout.Document;
        var text = document.Text;
        var one = false;
        for (var s = first; s < end; s++)
        {
            var tokens = document.SentenceTokens(s);
            for (var t = 0; t + 1 < tokens.Length; t++)
            {
                var word = tokens[t].Span(text);
                var next = tokens[t + 1].Span(text);
                foreach (var (a, b) in SeveralMissing)
                {
                    if (word.Equals(a, StringComparison.OrdinalIgnoreCase) && next.Equals(b, StringComparison.OrdinalIgnoreCase))
                    {
                        return false;
                    }
                }

                foreach (var (a, b) in OneMissing)
                {
                    one |= word.Equals(a, StringComparison.OrdinalIgnoreCase) && next.Equals(b, StringComparison.OrdinalIgnoreCase);
                }
            }
        }

        return one;
    }
}
