using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// Gives PROPERTY_DAMAGE in place of INJURED to a sentence whose burn or cut is told of property and that names no one
/// and no part of the body: "the vans left by the school burned", "the shed of the cooperative burned, with its hay", "a
/// rocket hit the depot and burned some twenty trucks", "the building, cut in half". The injury model reads "burned" and
/// "cut" as a wound; over the train and dev transcripts no such sentence lies in a gold injury claim, and 120 of 126
/// lie in a gold damage claim (the rest are denials and questions, which the classifiers leave without a harm). The
/// mirror of <see cref="BurnedPeopleNotDamage"/>, whose list of damaged things it shares; run right after it. Matched on
/// the token spans: a hyphened word or a transcriber's bracketed note is one token, not read inside.
/// </summary>
internal static class BurnedPropertyNotInjury
{
    /// <summary>The burn or the cut told of the property.</summary>
    private static readonly string[] Ruin = ["burn", "burned", "burnt", "burning", "cut", "cuts"];

    /// <summary>Words after a cut that make it a ruin of the thing ("cut in half", "cut open").</summary>
    private static readonly string[] CutHow = ["in", "open"];

    /// <summary>Anyone, a part of the body or a word of a wound: any of them leaves the sentence to the injury ("the
    /// car burned with the driver", "the tent burned, and her hands").</summary>
    private static readonly string[] Someone =
    [
        "he", "she", "him", "her", "me", "us", "people", "person", "man", "men", "woman", "women", "boy", "boys", "girl",
        "girls", "child", "children", "baby", "son", "daughter", "soldiers", "driver", "others", "family", "inside",
        "arm", "arms", "back", "face", "leg", "legs", "hand", "hands", "skin", "body", "bodies", "feet", "foot", "head",
        "wounded", "injured", "hurt", "wound", "wounds", "burns",
    ];

    /// <summary>How many characters before the burn the property may stand, in the same clause ("the barn of the agro
    /// firm burned").</summary>
    private const int ThingReach = 40;

    /// <summary>How many tokens after the burn the property may stand ("burned maybe thirty cars").</summary>
    private const int ThingAfterReach = 3;

    /// <summary>Marks that end a clause.</summary>
    private static readonly char[] Breaks = ['.', ';', ':', '?', '!', ','];

    /// <summary>Moves INJURED to PROPERTY_DAMAGE in the sentences of <paramref name="assessments"/> (one per entry of
    /// <see cref="Document.Sentences"/>) whose burn or cut is told of property and that name no one.</summary>
    public static void Apply(Document document, Span<SentenceAssessment> assessments)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sentences = document.Sentences;
        for (var s = 0; s < assessments.Length; s++)
        {
            var harms = assessments[s].Harms;
            if ((harms & HarmSet.Injured) != HarmSet.None && (harms & HarmSet.Killed) == HarmSet.None
                && TellsPropertyRuined(document, sentences[s]))
            {
                assessments[s] = assessments[s] with { Harms = (harms & ~HarmSet.Injured) | HarmSet.PropertyDamage };
            }
        }
    }

    /// <summary>Whether <paramref name="sentence"/> names no one (<see cref="Someone"/>) and tells a burn or a cut with
    /// property in its clause before it or within <see cref="ThingAfterReach"/> tokens after it.</summary>
    internal static bool TellsPropertyRuined(Document document, Sentence sentence)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        var end = WordSequence.End(document, sentence);
        var ruined = false;
        for (var t = sentence.FirstToken; t < end; t++)
        {
            var word = tokens[t].Span(text);
            if (WordList.Contains(word, Someone))
            {
                return false;
            }

            ruined |= WordList.Contains(word, Ruin) && IsRuin(tokens, text, t, end) && ThingBeside(tokens, text, sentence.FirstToken, t, end);
        }

        return ruined;
    }

    /// <summary>Whether the word at <paramref name="at"/> is a burn, or a cut "in half" or "open".</summary>
    private static bool IsRuin(List<Token> tokens, string text, int at, int end)
    {
        var word = tokens[at].Span(text);
        if (!word.StartsWith("cut", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return at + 1 < end && WordList.Contains(tokens[at + 1].Span(text), CutHow)
            && (tokens[at + 1].Span(text).Equals("open", StringComparison.OrdinalIgnoreCase)
                || (at + 2 < end && tokens[at + 2].Span(text).Equals("half", StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>Whether property (<see cref="BurnedPeopleNotDamage.DamagedThing"/>) stands in the clause before the
    /// ruin at <paramref name="at"/>, within <see cref="ThingReach"/> characters, or within <see cref="ThingAfterReach"/>
    /// tokens after it.</summary>
    private static bool ThingBeside(List<Token> tokens, string text, int first, int at, int end)
    {
        for (var t = at - 1; t >= first && tokens[at].Start - tokens[t].End <= ThingReach; t--)
        {
            var word = tokens[t].Span(text);
            if (word.IndexOfAny(Breaks) >= 0)
            {
                break;
            }

            if (WordList.Contains(word, BurnedPeopleNotDamage.DamagedThing))
            {
                return true;
            }
        }

        for (var t = at + 1; t < end && t <= at + ThingAfterReach; t++)
        {
            if (WordList.Contains(tokens[t].Span(text), BurnedPeopleNotDamage.DamagedThing))
            {
                return true;
            }
        }

        return false;
    }
}
