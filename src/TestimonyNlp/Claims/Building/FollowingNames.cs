using TestimonyNlp.Claims.Counts;
using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Building;

/// <summary>
/// A sentence that only names or counts the people of the harm told just before it: "They killed our neighbours that
/// night. Carlos Rivas and his wife Ana.", "Many were hurt. Twelve people, maybe fifteen." Gold keeps such a sentence
/// in the claim's evidence and counts its people; the classifiers see no harm in it, so the run ended before it.
/// </summary>
internal static class FollowingNames
{
    /// <summary>Words a list of people may hold besides the people themselves: joiners, "also", "not", ages.</summary>
    private static readonly string[] ListWords =
        ["and", "also", "too", "not", "nor", "both", "years", "year", "old", "months", "the", "a", "an", "small", "little", "young",
         "eldest", "oldest", "youngest", "older", "younger"];

    /// <summary>Verbs of a name given after "we": "we call him Hammoudi".</summary>
    private static readonly string[] Calling = ["call", "called"];

    /// <summary>Who a clause describing the person before it opens with: "she was sixteen", "who was three".</summary>
    private static readonly string[] Describers = ["he", "she", "who", "they"];

    /// <summary>Words of a figure given on its own: "Maybe fifteen, twenty.", "Ten, maybe more.", "Seven of us."</summary>
    private static readonly string[] Hedges = ["maybe", "perhaps", "about", "around", "almost", "more", "or", "of", "us", "them", "all"];

    private static readonly string[] Copulas = ["was", "is", "were", "are"];

    /// <summary>Words of a closing clause that says the figure is a guess: "Fifteen, twenty, I don't know.", "Forty, I
    /// could not count."</summary>
    private static readonly string[] Unsure = ["know", "count", "sure", "say"];

    /// <summary>Words that may open a figure given on its own before the number itself.</summary>
    private static readonly string[] FigureOpeners = ["maybe", "perhaps", "about", "around", "almost"];

    /// <summary>Words between a figure and its upper bound or open end ("Ten or twelve.", "Ten, maybe more.").</summary>
    private static readonly string[] RangeJoiners = ["or", "to", "maybe", "perhaps"];

    /// <summary>
    /// True when sentence <paramref name="sentence"/> is spoken in the same turn as the one before it, asserts no harm,
    /// and is a list of people or a figure (see the overload below).
    /// </summary>
    public static bool IsList(DocumentLayout layout, EvidenceCounts counts, ReadOnlySpan<SentenceAssessment> sentences, int sentence)
    {
        if (sentence <= 0 || sentence >= sentences.Length || sentences[sentence].Harms != HarmSet.None
            || !layout.IsSpeech(sentence) || layout.Turn(sentence) != layout.Turn(sentence - 1))
        {
            return false;
        }

        return IsList(layout, counts, sentence);
    }

    /// <summary>Words that open a sentence going on with the victims told before it: "And my husband, ...", "Also the girl
    /// of the neighbour, ...".</summary>
    private static readonly string[] GoOnWords = ["and", "also"];

    /// <summary>
    /// True when sentence <paramref name="sentence"/> is spoken in the same turn as the one before it, asserts no harm,
    /// opens with "And" or "Also" and then a person: a PERSON mention or a count of one person ("And my husband, X, I saw
    /// him in the water.", "And a man who was buying bread, I don't know him."), whatever is told of them after.
    /// </summary>
    public static bool GoesOnWithPerson(DocumentLayout layout, EvidenceCounts counts, ReadOnlySpan<SentenceAssessment> sentences, int sentence)
    {
        if (sentence <= 0 || sentence >= sentences.Length || sentences[sentence].Harms != HarmSet.None
            || !layout.IsSpeech(sentence) || layout.Turn(sentence) != layout.Turn(sentence - 1))
        {
            return false;
        }

        var document = layout.Document;
        var text = document.Text;
        var tokens = document.SentenceTokens(sentence);
        if (tokens.Length < 2 || !WordList.Contains(tokens[0].Span(text), GoOnWords))
        {
            return false;
        }

        var found = new List<CountMention>();
        counts.Find(layout, sentence, found);
        // One person at a time: "And four or five others from their tents" is a toll of its own in gold
        found.RemoveAll(m => m.Target != CountTarget.People || m.Min is not 1 || m.Max is not 1);

        // The person must come first, before any verb: "And the old man, who ...", "And my husband, X, ..."
        for (var t = 1; t < tokens.Length; t++)
        {
            var token = tokens[t];
            if (token.Kind == TokenKind.Punctuation)
            {
                return false;
            }

            if (InPerson(layout, token) || Covers(found, token))
            {
                return true;
            }

            if (!WordList.Contains(token.Span(text), ListWords) && !WordList.Contains(token.Span(text), PersonOpeners))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="tokens"/> open with "And" or "Also".</summary>
    public static bool GoesOn(string text, ReadOnlySpan<Token> tokens) => tokens.Length > 0 && WordList.Contains(tokens[0].Span(text), GoOnWords);

    /// <summary>Words that may stand before the person going on with a list: "And my ...", "And the old ...".</summary>
    private static readonly string[] PersonOpeners = ["my", "our", "his", "her", "their", "old", "little", "small", "young"];

    /// <summary>True when every word of sentence <paramref name="sentence"/> belongs to a PERSON mention, a count of
    /// people (<c>my uncle</c>, <c>two boys</c>) or a number, or is a joiner, a hedge, punctuation, "also", "not", or a
    /// clause describing the one before it ("she was sixteen"), and it names a person or gives a figure.</summary>
    public static bool IsList(DocumentLayout layout, EvidenceCounts counts, int sentence)
    {
        var document = layout.Document;
        var text = document.Text;
        var span = document.Sentences[sentence];
        var tokens = document.SentenceTokens(sentence);
        var found = new List<CountMention>();
        counts.Find(layout, sentence, found);
        found.RemoveAll(m => m.Target != CountTarget.People);
        var people = 0;
        foreach (var entity in layout.EntitiesWithin(span.Start, span.End))
        {
            if (entity.Type == EntityType.Person)
            {
                people++;
            }
        }

        var figure = false;

        // Clauses set off by commas: the first a list of people, each later one a list too or a description of the one
        // before it ("she was sixteen", "who was three").
        var first = true;
        var description = false;
        var clauseStart = true;
        for (var t = 0; t < tokens.Length; t++)
        {
            var token = tokens[t];
            var word = token.Span(text);
            if (token.Kind == TokenKind.Punctuation)
            {
                if (word.SequenceEqual(","))
                {
                    first = first && clauseStart;
                    clauseStart = true;
                    description = false;
                }

                continue;
            }

            if (clauseStart && !first && WordList.Contains(word, Describers) && t + 1 < tokens.Length
                && WordList.Contains(tokens[t + 1].Span(text), Copulas))
            {
                description = true;
            }

            if (clauseStart && !first && word.Equals("we", StringComparison.OrdinalIgnoreCase) && t + 1 < tokens.Length
                && WordList.Contains(tokens[t + 1].Span(text), Calling))
            {
                // "Mohammad, we call him Hammoudi, seven": another name of the one before it
                description = true;
            }

            if (clauseStart && !first && figure && word.Equals("i", StringComparison.OrdinalIgnoreCase) && ClauseSays(text, tokens, t, Unsure))
            {
                // "Fifteen, twenty, I don't know.": the figure said to be a guess
                description = true;
            }

            clauseStart = false;
            if (token.Kind == TokenKind.Number || NumberReader.TryRead(text, tokens, t, out _) || Covers(found, token))
            {
                figure = true;
                continue;
            }

            if (description || WordList.Contains(word, ListWords) || WordList.Contains(word, Hedges) || InPerson(layout, token))
            {
                continue;
            }

            return false;
        }

        return people > 0 || figure;
    }

    /// <summary>True when one of <paramref name="found"/> holds <paramref name="token"/>.</summary>
    private static bool Covers(List<CountMention> found, Token token)
    {
        foreach (var mention in found)
        {
            if (mention.Start <= token.Start && token.End <= mention.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the clause from token <paramref name="from"/> to the next comma holds one of <paramref name="words"/>.</summary>
    private static bool ClauseSays(string text, ReadOnlySpan<Token> tokens, int from, string[] words)
    {
        for (var t = from; t < tokens.Length && !tokens[t].Span(text).SequenceEqual(","); t++)
        {
            if (WordList.Contains(tokens[t].Span(text), words))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The figure opening sentence <paramref name="sentence"/>, for a figure given alone that the count reader
    /// reads as no people ("Ten, maybe more." 10 and open; "Ten or twelve." 10 to 12; "More than twenty, in the street."
    /// 21 and open, as ANNOTATION.md counts "more than thirty"). A figure with a word after it is of something else
    /// ("Twelve years.", "Five months."): read anyway, out of fold it broke 7 counts.</summary>
    public static bool TryReadFigure(DocumentLayout layout, int sentence, out int min, out int? max)
    {
        min = 0;
        max = null;
        var document = layout.Document;
        var text = document.Text;
        var tokens = document.SentenceTokens(sentence);
        var t = 0;
        while (t < tokens.Length && WordList.Contains(tokens[t].Span(text), FigureOpeners))
        {
            t++;
        }

        var floor = t + 1 < tokens.Length && NumberReader.Is(text, tokens[t], "more") && NumberReader.Is(text, tokens[t + 1], "than");
        if (floor)
        {
            t += 2;
        }

        if (!NumberReader.TryRead(text, tokens, t, out var figure) || figure.Form == NumberForm.Collective)
        {
            return false;
        }

        if (floor)
        {
            // a floor is open above, whatever follows it ("More than twenty, maybe thirty." stays 21 and open)
            var end = figure.FirstToken + figure.TokenCount;
            if (end < tokens.Length && tokens[end].Kind != TokenKind.Punctuation)
            {
                return false;
            }

            min = figure.Min + 1;
            return true;
        }

        min = figure.Min;
        max = figure.Max ?? figure.Min;
        t = figure.FirstToken + figure.TokenCount;
        if (t < tokens.Length && tokens[t].Kind != TokenKind.Punctuation && !WordList.Contains(tokens[t].Span(text), RangeJoiners))
        {
            // "Twelve years.", "Eight years old.": a figure of something else
            return false;
        }

        while (t < tokens.Length && (tokens[t].Span(text).SequenceEqual(",") || WordList.Contains(tokens[t].Span(text), RangeJoiners)))
        {
            t++;
        }

        if (t < tokens.Length && tokens[t].Span(text).Equals("more", StringComparison.OrdinalIgnoreCase))
        {
            max = null;
        }
        else if (NumberReader.TryRead(text, tokens, t, out var upper) && upper.Min > min && upper.Form != NumberForm.Collective)
        {
            var after = upper.FirstToken + upper.TokenCount;
            if (after < tokens.Length && tokens[after].Kind != TokenKind.Punctuation)
            {
                return false;
            }

            max = upper.Max ?? upper.Min;
        }

        return true;
    }

    /// <summary>True when the sentence before <paramref name="sentence"/> holds the figure <paramref name="figure"/>:
    /// "they held us there nineteen days. Nineteen." says the days again, not the people.</summary>
    public static bool Repeats(DocumentLayout layout, int sentence, int figure)
    {
        var document = layout.Document;
        var tokens = document.SentenceTokens(sentence - 1);
        for (var t = 0; t < tokens.Length; t++)
        {
            if (NumberReader.TryRead(document.Text, tokens, t, out var reading) && reading.Min == figure)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when sentence <paramref name="sentence"/> holds a PERSON mention.</summary>
    public static bool NamesPeople(DocumentLayout layout, int sentence)
    {
        var span = layout.Document.Sentences[sentence];
        foreach (var entity in layout.EntitiesWithin(span.Start, span.End))
        {
            if (entity.Type == EntityType.Person)
            {
                return true;
            }
        }

        return false;
    }

    private static bool InPerson(DocumentLayout layout, Token token) =>
        layout.EntityAt(token.Start) is { Type: EntityType.Person } person && token.End <= person.End;
}
