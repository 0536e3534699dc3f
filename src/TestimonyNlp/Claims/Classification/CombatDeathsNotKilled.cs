using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// Takes KILLED from a sentence that tells only deaths of combatants: one killed "in the fighting", "at the front" or
/// "fighting" ("he was with the Resistance, he was killed in the fighting near the border"), or a side's claim to have
/// killed the other side's armed men ("the army said on the radio they killed terrorists"). Gold claims neither: out of
/// fold, of all witness sentences with such a death, none lies in a gold killing claim except one army's word ("the army
/// said they died in the fighting"), kept here by "said"; the rule took the false killing claims built on them
/// (models/README.md, "Claim classifiers", the killing false claims). Run after <see cref="NoHarmTold"/>. Matched on
/// the token spans: a hyphened word ("fighting-age") or a transcriber's bracketed note is one token, not read inside.
/// </summary>
internal static class CombatDeathsNotKilled
{
    /// <summary>A death that a battle after it may be told of.</summary>
    private static readonly string[] Died = ["killed", "died"];

    /// <summary>The battle the death is told in: "killed in the fighting", "died fighting", "killed at the front".</summary>
    private static readonly string[][][] InBattle =
    [
        [["in"], ["the"], ["fighting"]],
        [["at"], ["the"], ["front"]],
        [["fighting"]],
    ];

    /// <summary>A battle that dates a death of anyone ("on the second day of the fighting"); one after the death, as near
    /// as <see cref="BattleReach"/>, keeps the sentence.</summary>
    private static readonly string[][][] OfTheFighting = [[["of"], ["the"], ["fighting"]]];

    /// <summary>How many characters may stand between the death and the battle: 40, as the rule was measured. The gap
    /// holds no period.</summary>
    private const int BattleReach = 40;

    /// <summary>Someone's word on the death, which keeps the sentence (an army's "they died in the fighting" is a gold
    /// killing out of fold).</summary>
    private static readonly string[][][] Said = [[["said"]]];

    /// <summary>An armed group named as such.</summary>
    private static readonly string[] ArmedMen =
        ["terrorists", "militants", "Taliban", "Daesh", "Shabaab", "al-Shabaab", "jihadists", "insurgents", "rebels", "bandits", "fighters"];

    /// <summary>A killing of an armed group named as such, with no figure ("they killed terrorists", "killed Taliban
    /// commanders"); a figure ("they said they killed twenty ...") may be a toll of civilians under a side's name.</summary>
    private static readonly string[][][] ArmedMenKilled =
    [
        [["killed"], ArmedMen],
        [["killed"], ["the", "some", "many"], ArmedMen],
    ];

    /// <summary>Takes KILLED from the sentences of <paramref name="assessments"/> (one per entry of
    /// <see cref="Document.Sentences"/>) that tell only combatants' deaths.</summary>
    public static void Apply(Document document, Span<SentenceAssessment> assessments) =>
        SentenceHarmTaking.TakeWhere(document, assessments, HarmSet.Killed, HarmSet.None, aloneInRun: false, Tells);

    private static bool Tells(Document document, Sentence sentence) =>
        WordSequence.In(document, sentence, ArmedMenKilled)
        || (TellsDeathInBattle(document, sentence) && !WordSequence.In(document, sentence, Said));

    /// <summary>Whether a death of <paramref name="sentence"/> is followed, at most <see cref="BattleReach"/> characters
    /// on and with no period between, by a battle of <see cref="InBattle"/> and by none of <see cref="OfTheFighting"/>.</summary>
    private static bool TellsDeathInBattle(Document document, Sentence sentence)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        var end = WordSequence.End(document, sentence);
        for (var d = sentence.FirstToken; d < end; d++)
        {
            if (WordList.Contains(tokens[d].Span(text), Died)
                && !BattleFollows(tokens, text, d, end, OfTheFighting)
                && BattleFollows(tokens, text, d, end, InBattle))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether one of <paramref name="phrases"/> starts at most <see cref="BattleReach"/> characters after the
    /// token <paramref name="death"/>, with no period between.</summary>
    private static bool BattleFollows(List<Token> tokens, string text, int death, int end, string[][][] phrases)
    {
        for (var t = death + 1; t < end && tokens[t].Start - tokens[death].End <= BattleReach; t++)
        {
            if (WordSequence.MatchAt(tokens, text, t, end, phrases) > 0)
            {
                return true;
            }

            if (tokens[t].Span(text).Contains('.'))
            {
                return false;
            }
        }

        return false;
    }
}
