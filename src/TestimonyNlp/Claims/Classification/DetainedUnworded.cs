using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// Takes DETAINED from a witness sentence that tells no taking, holding or release in any word ("Soldiers came from the
/// east, and with them boys from the next village.", "I was digging by the road with two hundred other people.", "Seven
/// of us in one room with my uncle's family."), when neither sentence beside it was given DETAINED and it does not open an
/// answer to the interviewer (a bare count or reason answering "Were other men taken?" is the taking asked of), nor
/// was given DISPLACED (a flight told beside a detention is folded into it, and would stand alone as a claim). The
/// DETAINED model fires on armed men arriving, on groups and on lists of men; out of fold the single detentions built
/// from such sentences lay over no gold detention (models/README.md, "Claim classifiers"). Run after
/// <see cref="ThingsTakenNotDetained"/>. Matched on the token spans.
/// </summary>
internal static class DetainedUnworded
{
    /// <summary>Word starts of a taking, a holding, a release or what is done to those held: one of them anywhere in
    /// the sentence leaves its DETAINED as it is. Over the train and dev gold, 9 of 618 detention claims held none in
    /// their whole evidence (most of them answers, a holding told by a stay, or an escape).</summary>
    private static readonly string[] Stems =
    [
        "take", "took", "taking", "arrest", "held", "hold", "kept", "keep", "prison", "jail", "detain", "detention", "captiv",
        "captur", "abduct", "kidnap", "drag", "pull", "put", "tied", "tie", "releas", "let", "blindfold", "hostage", "custody",
        "cell", "basement", "cellar", "container", "handcuff", "cuff", "chain", "bound", "seiz", "grab", "picked", "round",
        "back", "out", "return", "free", "exchang", "ransom", "paid", "pay", "interrog", "question", "separat", "load", "push",
        "stop", "escap", "inside", "gave", "sentenc", "court", "trial", "checkpoint", "eyes", "head", "hands", "arms",
        "recruit", "forc", "conscript", "service", "fight", "training", "list", "name", "station", "base", "camp", "hall",
        "warehouse", "school", "police", "security", "mukhabarat", "intelligence", "beat", "tortur", "shield", "gone",
        "spent", "stayed", "away", "missing", "disappear", "since", "news", "know",
    ];

    /// <summary>Takes DETAINED from the sentences of <paramref name="assessments"/> (one per entry of
    /// <see cref="Document.Sentences"/>) that tell no word of a detention, alone in their run and not opening an
    /// answer.</summary>
    public static void Apply(Document document, Span<SentenceAssessment> assessments)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sentences = document.Sentences;
        for (var s = 0; s < assessments.Length; s++)
        {
            if ((assessments[s].Harms & HarmSet.Detained) == HarmSet.None
                || (assessments[s].Harms & HarmSet.Displaced) != HarmSet.None
                || (s > 0 && (assessments[s - 1].Harms & HarmSet.Detained) != HarmSet.None)
                || (s + 1 < assessments.Length && (assessments[s + 1].Harms & HarmSet.Detained) != HarmSet.None)
                || !ClaimClassifier.CanAssert(document.RoleOf(sentences[s]))
                || (s > 0 && document.RoleOf(sentences[s - 1]) == SpeakerRole.Interviewer && document.TurnOf(sentences[s - 1]) != document.TurnOf(sentences[s])))
            {
                continue;
            }

            if (TellsNoDetention(document, sentences[s]))
            {
                assessments[s] = assessments[s].Without(HarmSet.Detained);
            }
        }
    }

    private static bool TellsNoDetention(Document document, Sentence sentence)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        var end = WordSequence.End(document, sentence);
        for (var t = sentence.FirstToken; t < end; t++)
        {
            if (WordList.StartsWithAny(tokens[t].Span(text), Stems))
            {
                return false;
            }
        }

        return true;
    }
}
