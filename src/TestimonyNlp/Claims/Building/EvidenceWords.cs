using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Building;

/// <summary>
/// Word and entity look-ups around a claim's evidence shared by the claim builder's rules: the word before an
/// offset, a word anywhere in a run of sentences, the PERSON mention ending at a token, an entity overlapping a span,
/// and a word of a harm in a sentence.
/// </summary>
internal static class EvidenceWords
{
    /// <summary>Words of ownership that open a sentence on someone's own property ("Our house ...", "My own flat ...")
    /// or a count of someone's own people ("my two daughters", "our six").</summary>
    public static readonly string[] Possessives = ["my", "our", "his", "her", "their"];

    /// <summary>True when the token just before the one at <paramref name="offset"/> is <paramref name="word"/>,
    /// ignoring case.</summary>
    public static bool WordBefore(DocumentLayout layout, int offset, string word)
    {
        var index = layout.TokenAt(offset) - 1;
        return index >= 0 && layout.Document.Tokens[index].Span(layout.Document.Text).Equals(word, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True when the last token before <paramref name="end"/> (the end of a mention) is <paramref name="word"/>,
    /// ignoring case: "alive" in "five alive", "more" in "four more".</summary>
    public static bool LastWord(DocumentLayout layout, int end, string word) =>
        layout.Document.Tokens[layout.TokenAt(end - 1)].Span(layout.Document.Text).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when a token of sentences <paramref name="first"/> to <paramref name="end"/> (exclusive) is
    /// <paramref name="word"/>, ignoring case.</summary>
    public static bool HasWord(DocumentLayout layout, int first, int end, string word)
    {
        var document = layout.Document;
        var stop = document.Sentences[end - 1].FirstToken + document.Sentences[end - 1].TokenCount;
        for (var t = document.Sentences[first].FirstToken; t < stop; t++)
        {
            if (document.Tokens[t].Span(document.Text).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The PERSON mention that ends where token <paramref name="token"/> ends, or null.</summary>
    public static EntityMention? PersonEndingAt(DocumentLayout layout, int token)
    {
        var end = layout.Document.Tokens[token].End;
        return layout.EntityAt(end - 1) is { Type: EntityType.Person } person && person.End == end ? person : null;
    }

    /// <summary>True when a mention of <paramref name="type"/> overlaps <paramref name="start"/> to
    /// <paramref name="end"/>.</summary>
    public static bool Overlaps(DocumentLayout layout, EntityType type, int start, int end)
    {
        foreach (var entity in layout.EntitiesOverlapping(start, end))
        {
            if (entity.Type == type)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a word of <paramref name="tokens"/> names <paramref name="harm"/> (<see cref="HarmWords"/>).</summary>
    public static bool NamesHarm(string text, ReadOnlySpan<Token> tokens, Harm harm)
    {
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Word && HarmWords.Names(harm, token.Span(text)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A count phrase that adds to another ("three more people", "two other men").</summary>
    public static bool IsAdditive(ReadOnlySpan<char> phrase) =>
        phrase.Contains(" more", StringComparison.OrdinalIgnoreCase) || phrase.Contains(" other", StringComparison.OrdinalIgnoreCase);
}
