using TestimonyNlp.Claims.Counts;
using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Building;

/// <summary>
/// Kin told as a plural with no number and no names ("with her children", "his wife and the girls"): the
/// witness says who went, not how many, so a flight that takes them along gives no count (MARKUP.md: null when the
/// text gives none). Stateless and thread-safe.
/// </summary>
internal static class UnnumberedKin
{
    /// <summary>Words right before the kin that leave it unnumbered ("the", a possessive, or "and" or "with" of a
    /// list: "his wife and children").</summary>
    private static readonly string[] Openers = ["the", "my", "our", "his", "her", "their", "your", "and", "with"];

    /// <summary>Plurals of children that name a household's own after a possessive or "the" ("his wife and the girls", "with
    /// my boys"), though the count lexicon has them as people, not relations.</summary>
    private static readonly string[] Offspring = ["girls", "boys"];

    /// <summary>Relations whose plural is itself a number ("my parents" are two).</summary>
    private static readonly string[] CountedPlurals = ["parent", "twin", "spouse"];

    /// <summary>True when sentences <paramref name="first"/> to <paramref name="end"/> (exclusive) of
    /// <paramref name="layout"/>'s document tell kin as a plural with no number before it and no names after it ("me and
    /// my girls, Rima and Dana" are counted by their names).</summary>
    /// <remarks>Only where no people count of the evidence holds a figure ("nine people, my wife, the children",
    /// "our three children"): then the figure says how many went.</remarks>
    public static bool Holds(EvidenceCounts counts, DocumentLayout layout, int first, int end)
    {
        for (var s = first; s < end; s++)
        {
            foreach (var mention in counts.Of(layout, s))
            {
                if (mention.Target == CountTarget.People && HoldsFigure(layout, mention))
                {
                    return false;
                }
            }
        }

        var document = layout.Document;
        var text = document.Text;
        var tokens = document.Tokens;
        var stop = document.Sentences[end - 1].FirstToken + document.Sentences[end - 1].TokenCount;
        for (var t = document.Sentences[first].FirstToken; t < stop; t++)
        {
            if (tokens[t].Kind != TokenKind.Word || !IsKinGroup(tokens[t].Span(text)))
            {
                continue;
            }

            var before = t - 1;
            if (before >= 0 && CountLexicon.Get(tokens[before].Span(text)).Has(WordTags.Adjective))
            {
                // "the small children", "her young sons"
                before--;
            }

            if (before >= 0 && tokens[before].Kind == TokenKind.Word && WordList.Contains(tokens[before].Span(text), Openers)
                && !NamedAfter(layout, t))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a person's name follows the kin at <paramref name="token"/>, right after it or after a comma.</summary>
    private static bool NamedAfter(DocumentLayout layout, int token)
    {
        var tokens = layout.Document.Tokens;
        var next = token + 1;
        if (next < tokens.Count && tokens[next].Span(layout.Document.Text).SequenceEqual(","))
        {
            next++;
        }

        if (next >= tokens.Count)
        {
            return false;
        }

        foreach (var entity in layout.EntitiesOverlapping(tokens[next].Start, tokens[next].End))
        {
            if (entity.Type == EntityType.Person)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HoldsFigure(DocumentLayout layout, CountMention mention)
    {
        var tokens = layout.Document.Tokens;
        var text = layout.Document.Text;
        for (var t = layout.TokenAt(mention.Start); t < tokens.Count && tokens[t].Start < mention.End; t++)
        {
            var word = tokens[t].Span(text);
            if (char.IsAsciiDigit(word[0]) || CountLexicon.Get(word).Has(WordTags.NumberWord | WordTags.Collective))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsKinGroup(ReadOnlySpan<char> word)
    {
        if (WordList.Contains(word, Offspring))
        {
            return true;
        }

        var info = CountLexicon.Get(word);
        return info.Has(WordTags.Relation) && info.Has(WordTags.Plural) && !info.Has(WordTags.Couple)
            && CountLexicon.LemmaOf(info) is { } lemma && !WordList.Contains(lemma, CountedPlurals);
    }
}
