using TestimonyNlp.Claims.Building;
using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// Gives PROPERTY_DAMAGE to a witness sentence that tells a strike hitting or falling on property, with nothing said of
/// what it did: "A shell fell on the house of Karim.", "The drone hit a car on the road.", "One rocket fell on the
/// bakery, two men died." corpus/MARKUP.md ("Property damage from a strike") counts such a strike as damage, even with no
/// word of ruin and beside the deaths or wounds it caused, while the damage model scores it low, most of all beside a
/// death. The property must follow the strike verb, after at most a preposition and a few words, with no "near",
/// "beside", "in front of", "of" or "from" between them (a strike beside a building is no damage to it); an armed
/// side's own vehicle or position ("a car of the army", "a pickup of the fighters") is not property, nor a strike
/// denied, wished, feared or asked about (a doubt of the speaker's, "I do not know whose", is no denial). The strike
/// may also be told in the passive with the property its subject ("the clinic was hit", not "the people in the house
/// were hit"), or by a munition named arriving ("the second shell came through the shop"). Run after
/// <see cref="HarmToldByOutcome"/> and before <see cref="NoHarmTold"/>, which still takes every harm from a
/// researcher's note or a rumour denied; the sentence keeps any harm it had.
/// Matched on the token spans: a hyphened word ("pick-up") or a transcriber's bracketed note is one token.
/// </summary>
internal static class DamageToldByStrike
{
    /// <summary>Verbs of a strike reaching its target.</summary>
    private static readonly string[] StrikeVerbs = ["hit", "hits", "struck", "fell", "falls", "landed", "lands", "bombed", "shelled"];

    /// <summary>Verbs of a strike that take the target after a preposition only ("fell on the house"): after them the
    /// property must follow one of <see cref="Prepositions"/>.</summary>
    private static readonly string[] FallingVerbs = ["fell", "falls", "landed", "lands"];

    /// <summary>Prepositions between a strike verb and what it struck.</summary>
    private static readonly string[] Prepositions = ["on", "onto", "into", "in", "inside", "through", "upon"];

    /// <summary>Words that set the property beside the strike or make it only where something else is ("near the
    /// school", "the street of the bakery", "from the house").</summary>
    private static readonly string[] Beside = ["near", "beside", "next", "front", "behind", "by", "of", "from", "between", "around", "outside", "edge", "side", "towards", "toward", "close"];

    /// <summary>Subjects before a falling verb that are people, not munitions ("I fell in the house").</summary>
    private static readonly string[] PeopleSubjects = ["i", "he", "she", "we", "you", "they"];

    /// <summary>Words before "hit" or "struck" that make the one hit a person or the verb passive ("he was hit in the
    /// house").</summary>
    private static readonly string[] Passive = ["was", "were", "been", "got", "be", "is", "are"];

    /// <summary>Property a strike can hit: <see cref="RunCuts.PropertyNouns"/> and more vehicles and shelters.</summary>
    internal static readonly string[] Property =
    [
        .. RunCuts.PropertyNouns, "homes", "bus", "minibus", "vehicle", "motorcycle", "pick-up", "lorry", "tanker", "ambulance",
        "shelter", "shelters", "monastery", "madrasa", "shop", "souq", "hut", "huts",
    ];

    /// <summary>An armed side named after the property: its own vehicle or position, not a civilian's property.</summary>
    private static readonly string[] ArmedSides = ["army", "soldiers", "fighters", "military", "militia", "police", "checkpoint", "base"];

    /// <summary>Words of a strike denied, wished, feared or only possible.</summary>
    private static readonly string[] NotTold = ["not", "no", "never", "nothing", "would", "could", "might", "if", "will", "afraid", "didn't", "wasn't", "why", "sometimes"];

    /// <summary>What the speaker does not know or is not sure of after a word of <see cref="NotTold"/> ("I do not know
    /// whose", "I am not sure"): a doubt about the attacker or the hour, not a denial of the strike.</summary>
    private static readonly string[] Unknowing = ["know", "sure", "remember"];

    /// <summary>Verbs of a munition arriving ("the shell came through the roof of the shop"), read only with a weapon
    /// named right before them.</summary>
    private static readonly string[] ArrivingVerbs = ["came", "comes", "went", "crashed"];

    /// <summary>Participles of a strike told in the passive, with the property as its subject ("the clinic was hit").</summary>
    private static readonly string[] PassiveStrikes = ["hit", "struck", "bombed", "shelled", "targeted"];

    /// <summary>Words that may stand between the passive's "was" and its participle ("was also hit").</summary>
    private static readonly string[] PassiveAdverbs = ["also", "again", "too", "even", "directly"];

    /// <summary>The passive's "was" and "were".</summary>
    private static readonly string[] PassiveBe = ["was", "were"];

    /// <summary>Words before the property that make it only where the one struck was ("the people in the house were
    /// hit"), or someone else's setting.</summary>
    private static readonly string[] PlacedBefore = ["in", "inside", "at", "near", "by", "from", "behind", "beside", "into", "to", "of", "on"];

    /// <summary>Determiners and owners passed over before the property ("the", "our", "his").</summary>
    private static readonly string[] Determiners = ["the", "a", "an", "our", "my", "his", "her", "their", "your", "this", "that"];

    /// <summary>People who, between the property and the verb, are the ones hit ("the house of X, his son was hit").</summary>
    private static readonly string[] People = ["he", "she", "they", "we", "i", "people", "man", "men", "woman", "women", "child", "children", "boy", "girl", "son", "daughter", "who"];

    /// <summary>Fighters or their position named anywhere in the sentence: the strike is on an armed side ("hit a farm
    /// where the fighters had a position").</summary>
    private static readonly string[] FightersTold = ["fighters", "position", "positions"];

    /// <summary>Words shortly before a strike verb that make the strike a reference to one told elsewhere: a relative
    /// clause ("The barrel that fell on my sister's house, I think about it.") or a time given by it ("after they hit
    /// the school, we went out").</summary>
    private static readonly string[] ToldElsewhere = ["that", "which", "after", "since", "when"];

    /// <summary>How many tokens before a strike verb <see cref="ToldElsewhere"/> is looked for.</summary>
    private const int ElsewhereReach = 3;

    /// <summary>Rooms where the people struck were ("a shell fell on the kitchen when he was making tea"): the setting
    /// of a death or a wound, which gold leaves to the people's claim.</summary>
    private static readonly string[] Rooms = ["kitchen"];

    /// <summary>Ground inside walls ("a shell fell in the compound of our neighbours"): after "in" it is where the strike
    /// fell, not what it damaged.</summary>
    private static readonly string[] Grounds = ["compound", "compounds"];

    /// <summary>Most words between the preposition (or the verb) and the property ("the old house", "a white car").</summary>
    private const int Reach = 3;

    /// <summary>Most words after the property in which an armed side named makes it theirs ("a car of the army").</summary>
    private const int SideReach = 4;

    /// <summary>How sure the damage of a strike on property is.</summary>
    public const float DamageConfidence = 0.9f;

    /// <summary>Gives PROPERTY_DAMAGE, in <paramref name="assessments"/> (one per entry of <see cref="Document.Sentences"/>),
    /// to each witness sentence without it that tells a strike on property.</summary>
    public static void Apply(Document document, Span<SentenceAssessment> assessments)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sentences = document.Sentences;
        for (var s = 0; s < assessments.Length; s++)
        {
            var given = assessments[s].Harms;
            if ((given & HarmSet.PropertyDamage) != HarmSet.None || !ClaimClassifier.CanAssert(document.RoleOf(sentences[s]))
                || !Tells(document, sentences[s]))
            {
                continue;
            }

            assessments[s] = given == HarmSet.None
                ? SentenceAssessment.GivenByRule(HarmSet.PropertyDamage, DamageConfidence)
                : assessments[s] with { Harms = given | HarmSet.PropertyDamage };
        }
    }

    /// <summary>Whether <paramref name="sentence"/> tells a strike on property, and no denial, wish or fear.</summary>
    internal static bool Tells(Document document, Sentence sentence)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        var end = WordSequence.End(document, sentence);
        var struck = false;
        for (var t = sentence.FirstToken; t < end; t++)
        {
            var word = tokens[t].Span(text);
            if ((WordList.Contains(word, NotTold) && !(t + 1 < end && WordList.Contains(tokens[t + 1].Span(text), Unknowing)))
                || WordList.Contains(word, FightersTold) || word.Equals("?", StringComparison.Ordinal))
            {
                return false;
            }

            // "Hit" with a capital inside a sentence is the town of that name
            struck |= WordList.Contains(word, StrikeVerbs) && (t == sentence.FirstToken || char.IsLower(word[0])) && StrikesProperty(document, sentence, t, end);
            struck |= WordList.Contains(word, PassiveStrikes) && PropertyStruck(document, sentence, t);
            struck |= WordList.Contains(word, ArrivingVerbs) && WeaponJustBefore(document, sentence, t) && StrikesProperty(document, sentence, t, end);
        }

        return struck;
    }

    /// <summary>Whether the strike verb at <paramref name="verb"/> has property as what it struck.</summary>
    private static bool StrikesProperty(Document document, Sentence sentence, int verb, int end)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        var falling = WordList.Contains(tokens[verb].Span(text), FallingVerbs) || WordList.Contains(tokens[verb].Span(text), ArrivingVerbs);
        if (verb > sentence.FirstToken)
        {
            var before = tokens[verb - 1].Span(text);
            if (falling ? WordList.Contains(before, PeopleSubjects) : WordList.Contains(before, Passive))
            {
                return false;
            }
        }

        for (var b = verb - 1; b >= sentence.FirstToken && b >= verb - ElsewhereReach; b--)
        {
            if (tokens[b].Kind == TokenKind.Punctuation)
            {
                break;
            }

            if (WordList.Contains(tokens[b].Span(text), ToldElsewhere))
            {
                return false;
            }
        }

        var t = verb + 1;
        var inside = false;
        if (t < end && WordList.Contains(tokens[t].Span(text), Prepositions))
        {
            inside = tokens[t].Span(text).Equals("in", StringComparison.OrdinalIgnoreCase);
            t++;
        }
        else if (falling)
        {
            return false;
        }

        for (var n = t; n < end && n <= t + Reach; n++)
        {
            var word = tokens[n].Span(text);
            if (tokens[n].Kind == TokenKind.Punctuation || WordList.Contains(word, Beside))
            {
                return false;
            }

            // A property noun with a capital names a place ("fell in Souq Sitta"), where the strike fell
            if (WordList.Contains(word, Property) && char.IsLower(word[0]) && !WordList.Contains(word, Rooms))
            {
                return !(inside && WordList.Contains(word, Grounds)) && !OwnedByArmedSide(document, n, end);
            }
        }

        return false;
    }

    /// <summary>Whether a WEAPON mention ends within two words before the verb at <paramref name="verb"/>.</summary>
    private static bool WeaponJustBefore(Document document, Sentence sentence, int verb)
    {
        for (var b = verb - 1; b >= sentence.FirstToken && b >= verb - 2; b--)
        {
            if (document.EntityAt(document.Tokens[b].Start) is { Type: EntityType.Weapon })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the passive participle at <paramref name="verb"/> ("was hit", "were also struck") has property
    /// as its subject: property within <see cref="Reach"/> words before "was", no person between, and nothing before
    /// it that makes it only where the one hit was.</summary>
    private static bool PropertyStruck(Document document, Sentence sentence, int verb)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        var be = verb - 1;
        if (be >= sentence.FirstToken && WordList.Contains(tokens[be].Span(text), PassiveAdverbs))
        {
            be--;
        }

        if (be <= sentence.FirstToken || !WordList.Contains(tokens[be].Span(text), PassiveBe))
        {
            return false;
        }

        for (var n = be - 1; n >= sentence.FirstToken && n >= be - 1 - Reach; n--)
        {
            var word = tokens[n].Span(text);
            if (tokens[n].Kind == TokenKind.Punctuation || WordList.Contains(word, People) || IsPerson(document, tokens[n].Start))
            {
                return false;
            }

            if (WordList.Contains(word, Property) && char.IsLower(word[0]) && !WordList.Contains(word, Rooms))
            {
                var before = n - 1;
                while (before >= sentence.FirstToken && WordList.Contains(tokens[before].Span(text), Determiners))
                {
                    before--;
                }

                return !(before >= sentence.FirstToken && WordList.Contains(tokens[before].Span(text), PlacedBefore))
                    && !OwnedByArmedSide(document, n, be);
            }
        }

        return false;
    }

    private static bool IsPerson(Document document, int offset) => document.EntityAt(offset) is { Type: EntityType.Person };

    /// <summary>Whether an armed side is named within a few words after the property at <paramref name="noun"/>.</summary>
    private static bool OwnedByArmedSide(Document document, int noun, int end)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        for (var n = noun + 1; n < end && n <= noun + SideReach; n++)
        {
            if (tokens[n].Kind == TokenKind.Punctuation)
            {
                return false;
            }

            if (WordList.Contains(tokens[n].Span(text), ArmedSides) || IsActor(document, tokens[n].Start))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsActor(Document document, int offset) => document.EntityAt(offset) is { Type: EntityType.Actor };
}
