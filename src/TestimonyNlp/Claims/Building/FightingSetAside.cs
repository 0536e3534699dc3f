using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Building;

/// <summary>
/// A death of fighters the witness sets aside as combat: "Soldiers died there. That is fighting, soldiers with
/// soldiers." or "People say twelve of the fighters died there. It is war, this is not my story." The witness tells it
/// only to say it is not what they testify to, and gold leaves combatants killed in battle unclaimed.
/// </summary>
internal static class FightingSetAside
{
    /// <summary>Tunable values.</summary>
    public static class Defaults
    {
        /// <summary>Sentences after the killing, in its paragraph, that may set it aside.</summary>
        public const int Reach = 1;

        /// <summary>Most words from the fighters to their death ("twelve of the fighters died"): further on, the
        /// fighters are as often the ones who killed ("the soldiers shot him, he died").</summary>
        public const int FightersReach = 2;
    }

    /// <summary>Nouns of fighters.</summary>
    private static readonly string[] FighterWords = ["fighters", "soldiers", "militia", "militiamen", "combatants"];

    /// <summary>Words of a death that tell no killer.</summary>
    private static readonly string[] DeathWords = ["died", "dead"];

    /// <summary>What the witness sets aside a death as: "that is fighting", "this was war".</summary>
    private static readonly string[] CombatWords = ["fighting", "war"];

    /// <summary>
    /// True when <paramref name="draft"/>, a killing naming no victim, is a death of fighters (fighters just before a
    /// word of death, or "soldiers with/against soldiers") that the witness sets aside in its sentences or the next
    /// one of its paragraph: "that/this is/was (the) fighting/war", "soldiers with/against soldiers", "not my story".
    /// Out of fold 3 false killing claims so and no right one; fighters' deaths told without the witness setting them
    /// aside ("The Turks said they were fighters. My cousin was a shepherd.") are claimed in gold as often as not.
    /// </summary>
    public static bool SetAside(DocumentLayout layout, ClaimDraft draft)
    {
        if (draft.Harm != Harm.Killed || !draft.Named.IsEmpty)
        {
            return false;
        }

        var document = layout.Document;
        var text = document.Text;
        if (!layout.TrySentencesOf(draft, out var first, out var last))
        {
            return false;
        }

        var fighters = false;
        var setAside = false;
        for (var s = first; s < document.Sentences.Count && s <= last + Defaults.Reach; s++)
        {
            if (s > last && (!layout.IsSpeech(s) || layout.Turn(s) != layout.Turn(last)))
            {
                break;
            }

            var tokens = document.SentenceTokens(s);
            for (var t = 0; t < tokens.Length; t++)
            {
                var soldiersAgainstSoldiers = SoldiersAgainstSoldiers(text, tokens, t);
                fighters |= soldiersAgainstSoldiers || (s <= last && FightersDied(text, tokens, t));
                setAside |= soldiersAgainstSoldiers || CombatNamed(text, tokens, t) || NotMyStory(text, tokens, t);
            }
        }

        return fighters && setAside;
    }

    /// <summary>True at a word of death with fighters at most <see cref="Defaults.FightersReach"/> words before it.</summary>
    private static bool FightersDied(string text, ReadOnlySpan<Token> tokens, int t)
    {
        if (!WordList.Contains(tokens[t].Span(text), DeathWords))
        {
            return false;
        }

        for (var f = t - 1; f >= 0 && t - f <= Defaults.FightersReach; f--)
        {
            if (WordList.Contains(tokens[f].Span(text), FighterWords))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True at "soldiers with soldiers" or "soldiers against soldiers".</summary>
    private static bool SoldiersAgainstSoldiers(string text, ReadOnlySpan<Token> tokens, int t) =>
        Is(text, tokens, t, "soldiers") && (Is(text, tokens, t + 1, "with") || Is(text, tokens, t + 1, "against")) && Is(text, tokens, t + 2, "soldiers");

    /// <summary>True at "that/this is/was (the) fighting/war".</summary>
    private static bool CombatNamed(string text, ReadOnlySpan<Token> tokens, int t)
    {
        if (!(Is(text, tokens, t, "that") || Is(text, tokens, t, "this")) || !(Is(text, tokens, t + 1, "is") || Is(text, tokens, t + 1, "was")))
        {
            return false;
        }

        var noun = Is(text, tokens, t + 2, "the") ? t + 3 : t + 2;
        return noun < tokens.Length && WordList.Contains(tokens[noun].Span(text), CombatWords);
    }

    /// <summary>True at "not my story".</summary>
    private static bool NotMyStory(string text, ReadOnlySpan<Token> tokens, int t) =>
        Is(text, tokens, t, "not") && Is(text, tokens, t + 1, "my") && Is(text, tokens, t + 2, "story");

    private static bool Is(string text, ReadOnlySpan<Token> tokens, int t, string word) =>
        t >= 0 && t < tokens.Length && tokens[t].Span(text).Equals(word, StringComparison.OrdinalIgnoreCase);
}
