using TestimonyNlp.Claims.Counts;
using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// Takes KILLED from a sentence whose only deaths are of animals or crops: "two cows died", "the mule also died",
/// "the crops died", "I saw the animals dead in the square". Out of fold, of all witness sentences telling such a
/// death, none lies in a gold killing claim (they are damage's evidence, or an injury's told beside them); the rule took
/// the false killing claims built on them (models/README.md, "Claim classifiers", the killing false claims). A death of
/// people told in the same sentence keeps KILLED. A witness sentence left with no harm that counts the animals that
/// died ("Two of my camels died in the pens, and eleven goats.", "Three goats died with him.") tells PROPERTY_DAMAGE:
/// livestock is property (corpus/MARKUP.md counts "two houses", "eighty trees"), and out of fold every such sentence
/// lay in a gold damage claim, while an animal's death told with no number ("The cow died.", "The mule also died.")
/// lay in none. Run after <see cref="NoHarmTold"/>. Matched on the token spans: a hyphened word ("cow-shed") or a
/// transcriber's bracketed note is one token, not read inside.
/// </summary>
internal static class AnimalDeathsNotKilled
{
    /// <summary>Animals and the crops.</summary>
    private static readonly string[] Animals =
    [
        "cow", "cows", "goat", "goats", "sheep", "buffalo", "buffaloes", "donkey", "donkeys", "camel", "camels", "animals", "cattle",
        "crops", "mule", "mules", "chickens", "hens", "horse", "horses", "oxen", "livestock", "dog", "dogs",
    ];

    /// <summary><see cref="Animals"/> as one hashed look-up: the rule now reads every witness sentence of no harm.</summary>
    private static readonly WordTable AnimalWords = new(Animals);

    /// <summary>True when <paramref name="word"/> names animals or the crops ("cows", "the goats").</summary>
    public static bool IsAnimal(ReadOnlySpan<char> word) => AnimalWords.Of(word) != 0;

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

    /// <summary>How many tokens before an animal its number may stand: "two of my cows", "Two of the three cows".</summary>
    private const int CountReach = 4;

    /// <summary>How sure the damage of counted animals' deaths is: every such sentence out of fold lay in a gold
    /// damage claim.</summary>
    public const float DamageConfidence = 0.98f;

    /// <summary>Takes KILLED from the sentences of <paramref name="assessments"/> (one per entry of
    /// <see cref="Document.Sentences"/>) that tell animals' or crops' deaths and no other, and gives PROPERTY_DAMAGE to
    /// a witness sentence of no harm that tells the deaths of animals it counts.</summary>
    public static void Apply(Document document, Span<SentenceAssessment> assessments)
    {
        SentenceHarmTaking.TakeWhere(document, assessments, HarmSet.Killed, HarmSet.None, aloneInRun: false, Tells);
        var sentences = document.Sentences;
        for (var s = 0; s < assessments.Length; s++)
        {
            if (assessments[s].Harms == HarmSet.None && ClaimClassifier.CanAssert(document.RoleOf(sentences[s]))
                && CountsAnimalsDead(document, sentences[s]))
            {
                assessments[s] = SentenceAssessment.GivenByRule(HarmSet.PropertyDamage, DamageConfidence);
            }
        }
    }

    /// <summary>Whether <paramref name="sentence"/> tells only animals' deaths (<see cref="Tells"/>) and its first
    /// dead animal has a number before it in the same clause.</summary>
    private static bool CountsAnimalsDead(Document document, Sentence sentence)
    {
        // The counted animal is looked for first: most sentences name none, and Tells walks them all.
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(document.Tokens);
        var text = document.Text;
        var end = WordSequence.End(document, sentence);
        for (var t = sentence.FirstToken; t < end; t++)
        {
            if (AnimalWords.Of(tokens[t].Span(text)) == 0 || AnimalDeathEnd(document.Tokens, text, t, end) == 0)
            {
                continue;
            }

            for (var b = t - 1; b >= sentence.FirstToken && b >= t - CountReach; b--)
            {
                if (tokens[b].Kind == TokenKind.Punctuation)
                {
                    break;
                }

                if (NumberReader.TryRead(text, tokens, b, out var number) && number.EndToken <= t && number.Min > 0)
                {
                    return Tells(document, sentence);
                }
            }

            return false;
        }

        return false;
    }

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
            var deathEnd = AnimalWords.Of(tokens[t].Span(text)) != 0 ? AnimalDeathEnd(tokens, text, t, end) : 0;
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
