using TestimonyNlp.Claims.Counts;
using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Building;

/// <summary>
/// The counts of a document's sentences as the claim builder reads them: those of the <see cref="VictimCountReader"/>,
/// less the owner who opens a listed group and the place, weapon, actor or date that does. Stateless and
/// thread-safe; one instance serves every thread.
/// </summary>
internal sealed class EvidenceCounts
{
    private readonly VictimCountReader _counts = new();

    /// <summary>The counts of sentences <paramref name="first"/> to <paramref name="end"/> (exclusive), in text
    /// order.</summary>
    public List<CountMention> InSentences(DocumentLayout layout, int first, int end)
    {
        var found = new List<CountMention>();
        for (var s = first; s < end; s++)
        {
            Find(layout, s, found);
        }

        return found;
    }

    /// <summary>Appends the counts of sentence <paramref name="sentence"/> to <paramref name="into"/>, read from its
    /// tokens the first time and kept in <see cref="DocumentLayout.SentenceCounts"/>.</summary>
    public void Find(DocumentLayout layout, int sentence, List<CountMention> into) => into.AddRange(Of(layout, sentence));

    /// <summary>The counts of sentence <paramref name="sentence"/> in text order, read from its tokens the first time
    /// and kept in <see cref="DocumentLayout.SentenceCounts"/>; not to be changed.</summary>
    public CountMention[] Of(DocumentLayout layout, int sentence)
    {
        var known = layout.SentenceCounts;
        if (known[sentence] is not { } counts)
        {
            var found = new List<CountMention>();
            Find(layout, layout.Document.SentenceTokens(sentence), found);
            counts = known[sentence] = [.. found];
        }

        return counts;
    }

    /// <summary>
    /// The counts of one sentence. A listed group that starts with a place, weapon, actor or date is no group of
    /// people ("in Aleppo and seven people" is seven, not eight): the words after that mention are read again.
    /// </summary>
    public void Find(DocumentLayout layout, ReadOnlySpan<Token> sentenceTokens, List<CountMention> into)
    {
        var text = layout.Document.Text;
        var first = into.Count;
        _counts.Find(text, sentenceTokens, into);
        for (var m = first; m < into.Count; m++)
        {
            var mention = into[m];
            if (IsAgePair(layout, sentenceTokens, mention))
            {
                // "Sherko and Dara died, eighteen and fourteen": their ages, not a toll
                into.RemoveAt(m--);
                continue;
            }

            if (mention.Cue == CountCue.List && OpeningName(layout, sentenceTokens, mention) is { } opening)
            {
                // "Mahmoud, Ghassan and the four young men": the name that opens the sentence is the first of the list,
                // which the count reader cannot tell from any other capitalised first word
                into[m] = mention with { Start = opening, Min = mention.Min + 1, Max = mention.Max + 1 };
                continue;
            }

            if (mention.Cue == CountCue.List && mention.Min > 1 && EvidenceWords.WordBefore(layout, mention.Start, "of")
                && !VictimRoles.IsOfTheDead(layout, mention.Start) && !KinNamedAfterOwner(layout, mention))
            {
                // "the house of my cousin Ali, and his wife and their son": the first of the list owns the house (not
                // "the bodies of Abu Khalil and his son")
                into[m] = mention with { Min = mention.Min - 1, Max = mention.Max - 1 };
                continue;
            }

            if (mention.Cue != CountCue.List || NonPersonAt(layout, mention.Start) is not { } entity)
            {
                continue;
            }

            into.RemoveAt(m);
            var rest = 0;
            while (rest < sentenceTokens.Length && sentenceTokens[rest].Start < entity.End)
            {
                rest++;
            }

            var again = new List<CountMention>();
            _counts.Find(text, sentenceTokens[rest..], again);
            into.InsertRange(m, again.Where(c => c.Start < mention.End));
            m += again.Count(c => c.Start < mention.End) - 1;
        }
    }

    /// <summary>The start of the name that opens the sentence and, with a comma after it, the listed group
    /// <paramref name="mention"/> that goes on with another name or the person's kin: a person's name, or an initial
    /// ("W., his wife and their two children"); else null.</summary>
    private static int? OpeningName(DocumentLayout layout, ReadOnlySpan<Token> sentenceTokens, CountMention mention)
    {
        var text = layout.Document.Text;
        var comma = 0;
        while (comma < sentenceTokens.Length && sentenceTokens[comma].End <= mention.Start)
        {
            comma++;
        }

        comma--;
        if (comma < 1 || sentenceTokens[comma + 1].Start != mention.Start || !sentenceTokens[comma].Span(text).SequenceEqual(","))
        {
            return null;
        }

        // The list goes on from the name with another name or the opening person's kin; "Abakar, my husband, and Haroun"
        // and "Mona, the wife of Taha, and her two boys" say who the name is
        var next = sentenceTokens[comma + 1].Span(text);
        if (!(layout.EntityAt(mention.Start) is { Type: EntityType.Person } || next.Equals("his", StringComparison.OrdinalIgnoreCase)
              || next.Equals("her", StringComparison.OrdinalIgnoreCase) || next.Equals("their", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var opening = sentenceTokens[0];
        if (layout.EntityAt(opening.Start) is { Type: EntityType.Person } person && person.Start == opening.Start
            && person.End == sentenceTokens[comma - 1].End)
        {
            return person.Start;
        }

        var word = opening.Span(text);
        var initial = (comma == 1 && word.Length == 2 && word[1] == '.') || (comma == 2 && word.Length == 1 && sentenceTokens[1].Span(text).SequenceEqual("."));
        return initial && char.IsUpper(word[0]) ? opening.Start : null;
    }

    /// <summary>True when <paramref name="mention"/> follows "of" after a plural noun of kin and two or more names follow
    /// the owner's comma: "the sons of our neighbour, Uday and Bilal" names the sons, whom the list counts already (the
    /// owner and the first name read as one).</summary>
    private static bool KinNamedAfterOwner(DocumentLayout layout, CountMention mention)
    {
        var document = layout.Document;
        var of = layout.TokenAt(mention.Start) - 1;
        if (of < 1 || CountLexicon.Get(document.Tokens[of - 1].Span(document.Text)) is var kin && !(kin.Has(WordTags.Relation) && kin.Has(WordTags.Plural)))
        {
            return false;
        }

        // The names right after the owner's comma: not "my neighbour Abu Hamza, the two boys, Hamza and Salam", where a
        // group after the owner holds them
        var comma = layout.TokenAt(mention.Start);
        while (comma < document.Tokens.Count && document.Tokens[comma].Start < mention.End && !document.Tokens[comma].Span(document.Text).SequenceEqual(","))
        {
            comma++;
        }

        if (comma + 1 >= document.Tokens.Count || document.Tokens[comma + 1].Start >= mention.End
            || layout.EntityAt(document.Tokens[comma + 1].Start) is not { Type: EntityType.Person })
        {
            return false;
        }

        var names = 0;
        foreach (var entity in layout.EntitiesWithin(document.Tokens[comma + 1].Start, mention.End))
        {
            names += entity.Type == EntityType.Person ? 1 : 0;
        }

        return names >= 2;
    }

    /// <summary>The oldest age read in a pair of ages.</summary>
    private const int OldestAge = 110;

    /// <summary>True when <paramref name="mention"/> is a bare number set off by a comma and followed by "and" and another
    /// bare number that ends the clause: "died, eighteen and fourteen", "two girls, seven and eleven" give two ages.</summary>
    private static bool IsAgePair(DocumentLayout layout, ReadOnlySpan<Token> tokens, CountMention mention)
    {
        var text = layout.Document.Text;
        var first = 0;
        while (first < tokens.Length && tokens[first].Start < mention.Start)
        {
            first++;
        }

        if (first == 0 || first >= tokens.Length || tokens[first].Start != mention.Start || !tokens[first - 1].Span(text).SequenceEqual(",")
            || !NumberReader.TryRead(text, tokens, first, out var age) || age.Max != age.Min || age.Min > OldestAge
            || tokens[age.EndToken - 1].End != mention.End)
        {
            return false;
        }

        var and = age.EndToken;
        if (and + 1 >= tokens.Length || !tokens[and].Span(text).Equals("and", StringComparison.OrdinalIgnoreCase)
            || !NumberReader.TryRead(text, tokens, and + 1, out var other) || other.Max != other.Min || other.Min > OldestAge)
        {
            return false;
        }

        var after = other.EndToken;
        return after >= tokens.Length || tokens[after].Kind == TokenKind.Punctuation;
    }

    /// <summary>The largest total of people the evidence gives ("we left, twelve people, my parents, ...", an answer
    /// "Nine."), which covers the speaker, or null. With <paramref name="partyOnly"/>, not a crowd they went with ("in a
    /// truck with thirty people").</summary>
    public int? TotalOf(DocumentLayout layout, int first, int end, bool partyOnly = false)
    {
        var document = layout.Document;
        var found = InSentences(layout, first, end);
        int? total = null;
        foreach (var m in found)
        {
            if (m.Target == CountTarget.People && m.Min is { } value && m.Max == value && !(partyOnly && EvidenceWords.WordBefore(layout, m.Start, "with"))
                && (m.Cue is CountCue.Answer or CountCue.Pronoun
                    || document.Text.AsSpan(m.Start, m.End - m.Start).EndsWith("people", StringComparison.OrdinalIgnoreCase)
                    || document.Text.AsSpan(m.Start, m.End - m.Start).EndsWith("persons", StringComparison.OrdinalIgnoreCase)
                    || (m.Cue == CountCue.List && document.Text.AsSpan(m.Start, m.End - m.Start).Contains(" people,", StringComparison.OrdinalIgnoreCase))))
            {
                total = Math.Max(total ?? 0, value);
            }
        }

        return total;
    }

    /// <summary>True for a listed group closed by a figure that sums it up ("with his wife, his mother and four children,
    /// seven in one car"): the figure already holds the one they went with.</summary>
    public static bool IsSummedList(DocumentLayout layout, CountMention group)
    {
        if (group.Cue != CountCue.List)
        {
            return false;
        }

        var document = layout.Document;
        var last = layout.TokenAt(group.End) - 1;
        return last > 0 && document.Tokens[last - 1].Span(document.Text).SequenceEqual(",")
            && CountLexicon.Get(document.Tokens[last].Span(document.Text)) is var info
            && (info.Has(WordTags.NumberWord) || char.IsAsciiDigit(document.Tokens[last].Span(document.Text)[0]));
    }

    private static EntityMention? NonPersonAt(DocumentLayout layout, int offset) =>
        layout.EntityAt(offset) is { Type: not EntityType.Person } entity ? entity : null;
}
