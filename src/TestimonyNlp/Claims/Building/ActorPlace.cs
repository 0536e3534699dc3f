using System.Runtime.InteropServices;
using TestimonyNlp.Model;

namespace TestimonyNlp.Claims.Building;

/// <summary>
/// Where an ACTOR mention stands: its sentence, the sentence's first token and the mention's own first token, found
/// once for the cues of <see cref="ActorCues"/> that read the words around a side's name ("accused of helping the
/// army", "the base of the army").
/// </summary>
/// <param name="Sentence">Index of the mention's sentence in <see cref="Document.Sentences"/>.</param>
/// <param name="Opens">Index of the sentence's first token in <see cref="Document.Tokens"/>.</param>
/// <param name="FirstToken">Index of the first token that ends after the mention's start.</param>
internal readonly record struct ActorPlace(int Sentence, int Opens, int FirstToken)
{
    /// <summary>Where <paramref name="actor"/> stands, or null when it lies in no sentence (a header line).</summary>
    public static ActorPlace? Of(DocumentLayout layout, EntityMention actor)
    {
        var sentence = layout.SentenceOf(actor.Start);
        return sentence < 0
            ? null
            : new ActorPlace(sentence, layout.Document.Sentences[sentence].FirstToken, layout.TokenAt(actor.Start));
    }

    /// <summary>The words right before the mention, at most <paramref name="window"/> of them, back to the opening of
    /// the sentence or to the nearest punctuation ("accused him of sending locations to the army": "of", "sending",
    /// "locations", "to" within four words). In text order, as a run of the token list.</summary>
    public ReadOnlySpan<Token> WordsBefore(Document document, int window) => WordsBefore(document, FirstToken, window);

    /// <summary>The words right before token <paramref name="token"/> of the sentence, at most
    /// <paramref name="window"/> of them, back to the opening of the sentence or to the nearest punctuation.</summary>
    public ReadOnlySpan<Token> WordsBefore(Document document, int token, int window)
    {
        var tokens = document.Tokens;
        var limit = Math.Max(Opens, token - window);
        var start = token;
        while (start > limit && tokens[start - 1].Kind != TokenKind.Punctuation)
        {
            start--;
        }

        return CollectionsMarshal.AsSpan(tokens)[start..token];
    }

    /// <summary>Index of the word before the mention, past a "the" that stands outside the name ("the base of the
    /// army": "of"); below <see cref="Opens"/> when the mention opens its sentence.</summary>
    public int WordBeforeArticle(Document document)
    {
        var previous = FirstToken - 1;
        if (previous > Opens && document.Tokens[previous].Span(document.Text).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            previous--;
        }

        return previous;
    }
}
