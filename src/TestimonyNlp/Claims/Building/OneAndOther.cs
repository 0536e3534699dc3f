using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Building;

/// <summary>
/// Two people told apart in one sentence as "one" and "the other" ("One was already dead on the road; the other died in
/// the ambulance"): two victims, where the count reader reads neither as a count. Stateless and thread-safe.
/// </summary>
internal static class OneAndOther
{
    /// <summary>Words that may follow the bare "One" opening the sentence: a verb of being or of the harm.</summary>
    private static readonly string[] AfterOne = ["was", "is", "died", "had", "lost", "got"];

    /// <summary>True when a sentence of <paramref name="first"/> to <paramref name="end"/> (exclusive) opens on "One" and a
    /// verb and later names "the other" in the same sentence.</summary>
    public static bool Told(DocumentLayout layout, int first, int end)
    {
        var document = layout.Document;
        var text = document.Text;
        for (var s = first; s < end; s++)
        {
            var tokens = document.SentenceTokens(s);
            if (tokens.Length < 4 || !tokens[0].Span(text).Equals("one", StringComparison.OrdinalIgnoreCase)
                || !WordList.Contains(tokens[1].Span(text), AfterOne))
            {
                continue;
            }

            for (var t = 2; t + 1 < tokens.Length; t++)
            {
                if (tokens[t].Span(text).Equals("the", StringComparison.OrdinalIgnoreCase)
                    && tokens[t + 1].Span(text).Equals("other", StringComparison.OrdinalIgnoreCase)
                    && (t + 2 >= tokens.Length || tokens[t + 2].Kind == TokenKind.Punctuation || !char.IsLetter(tokens[t + 2].Span(text)[0])
                        || WordList.Contains(tokens[t + 2].Span(text), AfterOne)))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
