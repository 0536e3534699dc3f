using TestimonyNlp.Claims.Counts;
using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Building;

/// <summary>
/// A figure with no noun of its own told after a plural noun of damaged things in its sentence ("The shops on that
/// road, five or six, were finished", "many houses around, they said more than thirty"): the count reader takes a bare
/// figure for people, but in an account of damage it counts the things named before it (MARKUP.md: damage has a count
/// when the text numbers the buildings or objects). Stateless and thread-safe.
/// </summary>
internal static class FigureOfThings
{
    /// <summary>Words before a thing that make it a place the figure stands at ("by the tents, fifteen"), not what it
    /// counts.</summary>
    private static readonly string[] PlacePrepositions =
        ["by", "on", "near", "in", "at", "to", "from", "of", "around", "behind", "into", "between", "among"];

    /// <summary>True when <paramref name="mention"/>, read as people, is a bare figure ("five or six", "more than
    /// thirty", "four of them", "four more") whose nearest plural noun of things before it in the sentence is a damaged thing: no
    /// people, munition or place between, and no munition before that thing in the sentence ("the rockets hit the
    /// houses, four, five" counts rockets) unless the figure points back with "of them".</summary>
    public static bool Counts(DocumentLayout layout, CountMention mention)
    {
        if (mention.Target != CountTarget.People || mention.Cue is CountCue.List or CountCue.Single or CountCue.Nobody || mention.Min is null)
        {
            return false;
        }

        var document = layout.Document;
        var text = document.Text;
        var tokens = document.Tokens;
        var at = layout.TokenAt(mention.Start);
        if (mention.Cue == CountCue.Noun && !EvidenceWords.LastWord(layout, mention.End, "more"))
        {
            // a noun of its own says what the figure counts; "four more" has none ("two tents burned and four more")
            return false;
        }

        for (var t = at; t < tokens.Count && tokens[t].Start < mention.End; t++)
        {
            var info = CountLexicon.Get(tokens[t].Span(text));
            if (info.Has(WordTags.Person | WordTags.Relation | WordTags.Family | WordTags.Speaker | WordTags.FirstPerson | WordTags.Others)
                || (info.Has(WordTags.ObjectPronoun) && !tokens[t].Span(text).Equals("them", StringComparison.OrdinalIgnoreCase)))
            {
                // "twelve of us", "five others": people after all
                return false;
            }
        }

        var sentence = document.Sentences[layout.SentenceOf(mention.Start)];
        for (var t = at - 1; t >= sentence.FirstToken; t--)
        {
            if (tokens[t].Kind != TokenKind.Word)
            {
                continue;
            }

            var word = tokens[t].Span(text);
            var info = CountLexicon.Get(word);
            if (info.Has(WordTags.Person | WordTags.Relation | WordTags.Family | WordTags.Munition))
            {
                return false;
            }

            if (info.Has(WordTags.Thing) && IsPlural(word) && !AfterPlacePreposition(layout, t))
            {
                // "the planes dropped bombs, and the cars burned, four or five of them": "them" points to the nearest
                // things, whatever fell before them
                return mention.Cue == CountCue.Pronoun || !MunitionBefore(layout, sentence.FirstToken, t);
            }
        }

        return false;
    }

    private static bool IsPlural(ReadOnlySpan<char> word) =>
        word.Length > 2 && (word[^1] | 0x20) == 's' && (word[^2] | 0x20) != 's';

    private static bool AfterPlacePreposition(DocumentLayout layout, int thing)
    {
        var tokens = layout.Document.Tokens;
        var text = layout.Document.Text;
        var p = thing - 1;
        while (p >= 0 && tokens[p].Kind == TokenKind.Word
               && (CountLexicon.Get(tokens[p].Span(text)).Has(WordTags.Adjective | WordTags.Determiner | WordTags.Article | WordTags.Possessive)
                   || tokens[p].Span(text).Equals("many", StringComparison.OrdinalIgnoreCase)))
        {
            p--;
        }

        return p >= 0 && WordList.Contains(tokens[p].Span(text), PlacePrepositions);
    }

    private static bool MunitionBefore(DocumentLayout layout, int first, int thing)
    {
        var tokens = layout.Document.Tokens;
        for (var t = first; t < thing; t++)
        {
            if (CountLexicon.Get(tokens[t].Span(layout.Document.Text)).Has(WordTags.Munition))
            {
                return true;
            }
        }

        return false;
    }
}
