using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// Takes DETAINED from a sentence whose every taking takes a thing, not a person: "they took my phone and the money",
/// "took the shops, the hotels", "the cars they took from the soldiers", "they took the checkpoints around", or whose
/// taker is the speaker ("I took the boy from his hands"), or that takes people to care or shelter ("They took them to
/// the emergency room", "They took us by bus to the shelter at Dweir"), or that takes out the dead ("They took him out
/// dead at dawn", "the rescuers took out nine bodies"), when no word of a holding (arrest, prison,
/// kept, tied, released ...) is in it. The DETAINED model fires on "took"; out of fold such sentences lay in no gold
/// detention (models/README.md, "Claim classifiers", detentions and disappearances, the early blocks). Run after
/// <see cref="KilledNotDetained"/>. Matched on the token spans.
/// </summary>
internal static class ThingsTakenNotDetained
{
    /// <summary>The forms of "take" a taking is told with.</summary>
    private static readonly string[] Taking = ["took", "taken", "take", "takes", "taking"];

    /// <summary>Belongings and places taken: what follows a taking of things, passed over the determiners and a
    /// possessor.</summary>
    private static readonly string[] Things =
    [
        "phone", "phones", "mobile", "money", "cash", "savings", "card", "cards", "id", "papers", "documents", "passport", "passports",
        "car", "cars", "truck", "trucks", "motorbike", "motorbikes", "motorcycle", "motorcycles", "bajaj", "bicycle", "keys", "food",
        "flour", "rice", "fuel", "petrol", "shop", "shops", "hotels", "cattle", "cows", "goats", "sheep", "camels", "animals", "livestock",
        "gold", "jewellery", "jewelry", "laptop", "television", "tv", "furniture", "desks", "doors", "wires", "generator", "everything",
        "nothing", "it", "checkpoint", "checkpoints", "bag", "bags", "wallet", "clothes", "blankets", "mattresses", "medicine", "medicines",
        "harvest", "grain", "solar", "panels", "pump", "pumps", "batteries", "zakat", "tax", "bodies", "body", "dead",
    ];

    /// <summary>Words passed over between the taking and what it takes ("took my husband's car", "took all the
    /// money", "took two cars").</summary>
    private static readonly string[] Determiners =
    [
        "the", "a", "an", "my", "our", "his", "her", "their", "your", "its", "all", "some", "every", "two", "three", "four", "five",
        "also", "even",
    ];

    /// <summary>The speaker as the taker.</summary>
    private static readonly string[] Speaker = ["i", "we"];

    /// <summary>Who takes a thing named before them ("the cars they took").</summary>
    private static readonly string[] Takers = ["they", "he", "she"];

    /// <summary>What may follow a taking whose thing came before it.</summary>
    private static readonly string[] AfterThingTaken = ["from", "away", ",", ".", "and"];

    /// <summary>The person taken out before "out" ("took him out dead").</summary>
    private static readonly string[] ObjectPronouns = ["him", "her", "them"];

    /// <summary>The dead taken out of the rubble ("took out the bodies", "took him out dead").</summary>
    private static readonly string[] DeadNouns = ["dead", "bodies", "body", "corpses", "corpse"];

    /// <summary>Figures in words before the dead taken out ("took out seventeen bodies"); figures in digits are read as
    /// such.</summary>
    private static readonly string[] FigureWords =
    [
        "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "many", "more", "other",
    ];

    /// <summary>Places of care and shelter a taking brings people to: a rescue or an evacuation, not a detention.</summary>
    private static readonly string[] CarePlaces =
        ["hospital", "clinic", "emergency", "shelter", "ambulance", "doctor", "doctors", "health", "medical", "infirmary"];

    /// <summary>The most tokens from a taking to the "to" of its destination ("took them in the car of my uncle to
    /// the hospital").</summary>
    private const int CareReach = 8;

    /// <summary>The most capitalised words of a place's name before its word of care.</summary>
    private const int CareNameWords = 3;

    /// <summary>Words of a holding: with one of them the sentence may tell a person held beside the things.</summary>
    private static readonly string[] HoldingParts =
    [
        "arrest", "prison", "jail", "detain", "detention", "custody", "kept", "keep", "held", "hold", "tied", "release", "blindfold",
        "handcuff", "hostage", "kidnap", "abduct",
    ];

    /// <summary>Takes DETAINED from the sentences of <paramref name="assessments"/> (one per entry of
    /// <see cref="Document.Sentences"/>) whose every taking takes a thing or is the speaker's.</summary>
    public static void Apply(Document document, Span<SentenceAssessment> assessments) =>
        SentenceHarmTaking.TakeWhere(document, assessments, HarmSet.Detained, HarmSet.None, aloneInRun: false, TellsThingsTaken);

    private static bool TellsThingsTaken(Document document, Sentence sentence)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        var end = WordSequence.End(document, sentence);
        var takings = 0;
        for (var t = sentence.FirstToken; t < end; t++)
        {
            var word = tokens[t].Span(text);
            if (WordList.HasAnyPart(word, HoldingParts))
            {
                return false;
            }

            if (!WordList.Contains(word, Taking))
            {
                continue;
            }

            takings++;
            if (!TakesThing(tokens, text, sentence.FirstToken, t, end) && !TakesToCare(tokens, text, t, end))
            {
                return false;
            }
        }

        return takings > 0;
    }

    private static bool TakesThing(List<Token> tokens, string text, int first, int taking, int end)
    {
        if (taking > first && WordList.Contains(tokens[taking - 1].Span(text), Speaker))
        {
            return true;
        }

        // "the cars they took from the soldiers": the thing comes first and nothing is taken after the verb, which
        // keeps out "at the checkpoint they took him".
        if (taking > first + 1
            && WordList.Contains(tokens[taking - 1].Span(text), Takers)
            && WordList.Contains(tokens[taking - 2].Span(text), Things)
            && (taking + 1 >= end || WordList.Contains(tokens[taking + 1].Span(text), AfterThingTaken)))
        {
            return true;
        }

        var at = taking + 1;
        if (TakesOutDead(tokens, text, at, end))
        {
            return true;
        }

        while (at < end)
        {
            var word = tokens[at].Span(text);
            if (WordList.Contains(word, Determiners) || IsDigits(word))
            {
                at++;
            }
            else if (at + 1 < end && IsPossessive(tokens[at + 1].Span(text)))
            {
                at += 2;
            }
            else
            {
                break;
            }
        }

        return at < end && WordList.Contains(tokens[at].Span(text), Things);
    }

    // "took him out dead", "took out nine bodies": the dead carried out of the rubble, never a detention in the train and
    // dev gold (11 such sentences, all in a gold killing). "Out" next or after one object pronoun, then the dead past the
    // determiners and a figure; "took him out of the house" takes no one dead.
    private static bool TakesOutDead(List<Token> tokens, string text, int at, int end)
    {
        if (at < end && WordList.Contains(tokens[at].Span(text), ObjectPronouns))
        {
            at++;
        }

        if (at >= end || !tokens[at].Span(text).Equals("out", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        at++;
        while (at < end && (WordList.Contains(tokens[at].Span(text), Determiners) || IsDigits(tokens[at].Span(text))
            || WordList.Contains(tokens[at].Span(text), FigureWords)))
        {
            at++;
        }

        return at < end && WordList.Contains(tokens[at].Span(text), DeadNouns);
    }

    // "took them to the emergency room", "took us in buses to the shelter": a "to" within reach of the taking, then a
    // place of care or shelter past the determiners.
    private static bool TakesToCare(List<Token> tokens, string text, int taking, int end)
    {
        for (var to = taking + 1; to < end && to <= taking + CareReach; to++)
        {
            if (!tokens[to].Span(text).Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var at = to + 1;
            while (at < end && WordList.Contains(tokens[at].Span(text), Determiners))
            {
                at++;
            }

            // the place's own name before the word of care: "to Hamdaniya hospital", "to the Jabal Amel hospital"
            for (var named = 0; named < CareNameWords && at < end && IsNameWord(tokens[at].Span(text)); named++)
            {
                at++;
            }

            return at < end && WordList.Contains(tokens[at].Span(text), CarePlaces);
        }

        return false;
    }

    // A capitalised word of a place's name, not itself the word of care ("Hospital" of "Jowhar Hospital").
    private static bool IsNameWord(ReadOnlySpan<char> word) =>
        word.Length > 0 && char.IsUpper(word[0]) && !WordList.Contains(word, CarePlaces);

    private static bool IsPossessive(ReadOnlySpan<char> word) =>
        word.Equals("'s", StringComparison.OrdinalIgnoreCase) || word.Equals("’s", StringComparison.OrdinalIgnoreCase);

    private static bool IsDigits(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return !word.IsEmpty;
    }
}
