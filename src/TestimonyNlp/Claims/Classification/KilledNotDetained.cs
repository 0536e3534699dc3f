using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// Takes DETAINED from a sentence the classifiers also give KILLED when it tells that those taken were killed: "they
/// took him from the mosque and they killed him", "took them behind the wall and shot them", "the people found his
/// body". The DETAINED model fires on "took"; in the train gold no such sentence is a detention (it is the killing's
/// evidence), and out of fold the rule took 6 false detention claims away and no right one (models/README.md,
/// "Incident linking", the detention false claims). Run after <see cref="NoHarmTold"/>.
/// </summary>
internal static class KilledNotDetained
{
    /// <summary>Verbs of killing that, followed by an object of <see cref="Taken"/>, kill those just named.</summary>
    private static readonly string[] Killed = ["killed", "shot", "executed", "slaughtered", "murdered"];

    /// <summary>Those just named as the object of a killing; the object pronoun keeps out "shot at the soldiers" and
    /// "there was shooting".</summary>
    private static readonly string[] Taken = ["him", "her", "them", "both", "one", "all"];

    /// <summary>A killing of those just named ("killed him", "shot them both", "shot one", "shot all the men") or their
    /// body found.</summary>
    private static readonly string[][][] TakenKilled =
    [
        [Killed, Taken],
        [["found"], ["his", "her", "their"], ["body", "bodies"]],
    ];

    /// <summary>Takes DETAINED from the sentences of <paramref name="assessments"/> (one per entry of
    /// <see cref="Document.Sentences"/>) that assert KILLED too and tell the taken were killed.</summary>
    public static void Apply(Document document, Span<SentenceAssessment> assessments) =>
        SentenceHarmTaking.TakeWhere(document, assessments, HarmSet.Detained, HarmSet.Killed, aloneInRun: false, TellsTakenKilled);

    private static bool TellsTakenKilled(Document document, Sentence sentence) => WordSequence.In(document, sentence, TakenKilled);
}
