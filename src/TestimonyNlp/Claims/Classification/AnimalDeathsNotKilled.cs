using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// Takes KILLED from a sentence whose only deaths are of animals or crops: "two cows died", "the mule also died",
/// "the crops died", "I saw the animals dead in the square". Out of fold, of all witness sentences telling such a
/// death, none lies in a gold killing claim (they are damage's evidence, or an injury's told beside them); the rule took
/// the false killing claims built on them (models/README.md, "Claim classifiers", the killing false claims). A death of
/// people told in the same sentence keeps KILLED. Run after <see cref="NoHarmTold"/>. Matched on the token spans: a
/// hyphened word ("cow-shed") or a transcriber's bracketed note is one token, not read inside.
/// </summary>
internal static class AnimalDeathsNotKilled
{
    /// <summary>Animals and the crops.</summary>
    private static readonly string[] Animals =
    [
        "cow", "cows", "goat", "goats", "sheep", "buffalo", "buffaloes", "donkey", "donkeys", "camel", "camels", "animals", "cattle",
        "crops", "mule", "mules", "chickens", "hens", "horse", "horses", "oxen", "livestock", "dog", "dogs",
    ];

    /// <summary>The death of the animals before it: "his cow died there", "the buffalo stepped on a mine and died", "the
    /// chickens dead".</summary>
    private static readonly string[][][] AnimalsDied =
    [
        [["died", "dead"]],
        [["were", "was"], ["killed"]],
    ];

    /// <summary>How many characters may stand between the animals and their death: 40, as the rule was measured. The
    /// gap holds no clause break (<see cref="Breaks"/>).</summary>
    private const int DeathReach = 40;

    /// <summary>Marks that end what the animals before them are told of.</summary>
    private static readonly char[] Breaks = ['.', ',', ';'];

    /// <summary>A death word left once the animals' deaths are set aside: a death of people too. Word starts, then
    /// whole words.</summary>
    private static readonly string[] DeathStems = ["kill", "martyr"];

    private static readonly string[] DeathWords = ["died", "dead", "death", "body", "bodies", "shot"];

    /// <summary>Takes KILLED from the sentences of <paramref name="assessments"/> (one per entry of
    /// <see cref="Document.Sentences"/>) that tell animals' or crops' deaths and no other.</summary>
    public static void Apply(Document document, Span<SentenceAssessment> assessments) =>
        SentenceHarmTaking.TakeWhere(document, assessments, HarmSet.Killed, HarmSet.None, aloneInRun: false, Tells);

    /// <summary>Whether <paramref name="sentence"/> tells an animal's death and, outside each animal's death (an animal
    /// to its nearest death, read from the left), no death word.</summary>
    private static bool Tells(Document document, Sentence sentence)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        var end = WordSequence.End(document, sentence);
        var animalDeathTold = false;
        for (var t = sentence.FirstToken; t < end; t++)
        {
            var deathEnd = WordList.Contains(tokens[t].Span(text), Animals) ? AnimalDeathEnd(tokens, text, t, end) : 0;
            if (deathEnd > 0)
            {
                animalDeathTold = true;
                t = deathEnd - 1;
            }
            else if (IsDeathWord(tokens[t].Span(text)))
            {
                return false;
            }
        }

        return animalDeathTold;
    }

    /// <summary>The index just past the nearest death of <see cref="AnimalsDied"/> after the animal at
    /// <paramref name="animal"/>, at most <see cref="DeathReach"/> characters on and in the same clause, or 0.</summary>
    private static int AnimalDeathEnd(List<Token> tokens, string text, int animal, int end)
    {
        for (var t = animal + 1; t < end && tokens[t].Start - tokens[animal].End <= DeathReach; t++)
        {
            var length = WordSequence.MatchAt(tokens, text, t, end, AnimalsDied);
            if (length > 0)
            {
                return t + length;
            }

            if (tokens[t].Span(text).IndexOfAny(Breaks) >= 0)
            {
                return 0;
            }
        }

        return 0;
    }

    private static bool IsDeathWord(ReadOnlySpan<char> word) =>
        WordList.StartsWithAny(word, DeathStems) || WordList.Contains(word, DeathWords);
}
