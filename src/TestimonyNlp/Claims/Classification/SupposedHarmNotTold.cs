using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// Takes KILLED and INJURED from a sentence that tells the death or the wound only as supposed, under "if": "If they
/// find him at the well, they will kill him.", "The nurse said if the piece had gone lower she would lose the foot.", "If any family hides them they will burn the house and beat the men.". Over the train and dev
/// transcripts such sentences lay in no gold injury and in one gold killing only (a father told to ask for money "if he
/// was not" one of the fighters, of a man killed), against 470 in no gold claim. "if" after "as" or "even" ("as if
/// someone threw tacks at them") or after a word of knowing or asking ("nobody could tell if she lived", "asked if") is no
/// supposition and is passed over. A disappearance is left alone ("if he is alive" tells it: 21 such sentences lay in a
/// gold disappearance). Run after <see cref="KilledInDoubt"/>. Matched on the token spans.
/// </summary>
internal static class SupposedHarmNotTold
{
    /// <summary>Words before "if" that leave it no supposition: a likeness, a concession, or a question of fact.</summary>
    private static readonly string[] NotSupposing =
    [
        "as", "even", "know", "knows", "knew", "sure", "ask", "asked", "asks", "see", "saw", "tell", "wonder", "remember",
        "checked", "check",
    ];

    /// <summary>Takes KILLED and INJURED from the sentences of <paramref name="assessments"/> (one per entry of
    /// <see cref="Document.Sentences"/>) that suppose them.</summary>
    public static void Apply(Document document, Span<SentenceAssessment> assessments) =>
        SentenceHarmTaking.TakeWhere(
            document, assessments, HarmSet.Killed | HarmSet.Injured, HarmSet.None, aloneInRun: false, Supposes);

    /// <summary>Whether <paramref name="sentence"/> holds "if" after none of <see cref="NotSupposing"/>.</summary>
    internal static bool Supposes(Document document, Sentence sentence)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        var end = WordSequence.End(document, sentence);
        for (var t = sentence.FirstToken; t < end; t++)
        {
            if (tokens[t].Span(text).Equals("if", StringComparison.OrdinalIgnoreCase)
                && (t == sentence.FirstToken || !WordList.Contains(tokens[t - 1].Span(text), NotSupposing)))
            {
                return true;
            }
        }

        return false;
    }
}
