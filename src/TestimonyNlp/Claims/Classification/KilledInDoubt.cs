using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// Takes KILLED from a sentence that tells a death as one of two rumours: "Some say he is in a camp in the north, some say
/// they shot him.", "Some people say he was taken to the coast, others say he died there.". Over the train and dev
/// transcripts no sentence of two rumours opened by "some say" lies in a gold killing: 9 lie in a gold disappearance
/// (every one that names a death among them) and 16 in no gold claim (who fired, which side); the classifiers gave
/// some of them KILLED beside the disappearance gold keeps. Run after <see cref="DetainedNotKilled"/>. Matched on the
/// token spans.
/// </summary>
internal static class KilledInDoubt
{
    /// <summary>Who tells a rumour: "some" or "others", with "people" between or not.</summary>
    private static readonly string[] Tellers = ["some", "others"];

    /// <summary>The telling.</summary>
    private static readonly string[] Saying = ["say", "says", "said"];

    /// <summary>Takes KILLED from the sentences of <paramref name="assessments"/> (one per entry of
    /// <see cref="Document.Sentences"/>) that tell two rumours.</summary>
    public static void Apply(Document document, Span<SentenceAssessment> assessments) =>
        SentenceHarmTaking.TakeWhere(
            document, assessments, HarmSet.Killed, HarmSet.None, aloneInRun: false, TellsTwoRumours);

    /// <summary>Whether <paramref name="sentence"/> opens a rumour with "some (people) say" and tells another after it
    /// with "some" or "others" and a word of saying.</summary>
    internal static bool TellsTwoRumours(Document document, Sentence sentence)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        var end = WordSequence.End(document, sentence);
        var rumours = 0;
        for (var t = sentence.FirstToken; t + 1 < end; t++)
        {
            var word = tokens[t].Span(text);
            if (!WordList.Contains(word, Tellers)
                || (rumours == 0 && !word.Equals("some", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var say = t + 1;
            if (tokens[say].Span(text).Equals("people", StringComparison.OrdinalIgnoreCase) && say + 1 < end)
            {
                say++;
            }

            if (WordList.Contains(tokens[say].Span(text), Saying) && ++rumours == 2)
            {
                return true;
            }
        }

        return false;
    }
}
