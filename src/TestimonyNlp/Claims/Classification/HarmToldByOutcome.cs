using System.Collections.Frozen;
using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// Gives a harm to a witness sentence that tells it by what became of the thing or the person, without the words the
/// classifiers read for it: "Three buildings flat.", "The car was black metal after that.", "The bakery folded, like
/// paper." (PROPERTY_DAMAGE); "They kept him nine days.", "They held us in a shed.", "He spent forty days with them."
/// (DETAINED); "He lost the left foot.", "His back was all marks." (INJURED); "They left with what they wore.", "We
/// slept three weeks in the open." (DISPLACED); "My brother had a bullet in the head." (KILLED). Out of fold such
/// sentences were among the gold claims of every harm but the disappearances over which the classifiers fired on no
/// sentence (models/README.md, "Claim classifiers"). Only the phrases that lay on a gold claim of their harm nearly
/// every time out of fold are read, and only in sentences the classifiers gave no harm, except that a holding is added
/// to a sentence of another harm ("They drove us out and held us in a hall, four months.": a flight and a detention),
/// where a wreck, a wound or a death is not (there the wreck is a wound's or a death's setting, and a death added there
/// made one right claim and one false out of fold). Run after <see cref="CasualtyTally"/> and before <see
/// cref="NoHarmTold"/>, which still takes every harm from a researcher's note, and before the bases are shared, which
/// gives the sentence its basis. Matched on the token spans: a hyphened word or a transcriber's bracketed note is one
/// token, not read inside.
/// </summary>
internal static class HarmToldByOutcome
{
    /// <summary>A part of a building or a vehicle a strike takes away ("his house lost the roof").</summary>
    private static readonly string[] Parts = ["roof", "windows", "window", "wall", "walls"];

    /// <summary>Whose part was lost.</summary>
    private static readonly string[] Owners = ["its", "the", "his", "her", "their", "our", "my"];

    /// <summary>What a blast breaks ("broke the tank").</summary>
    private static readonly string[] Breakable = ["window", "windows", "glass", "tank", "pipe"];

    /// <summary>Property as it was found after the harm. Counted out of fold on the witness sentences the classifiers
    /// gave no harm, before the rule was written: 34 lay in a gold damage claim over which nothing was built, 3 in one
    /// already built, none in no gold claim or another harm's; in sentences the classifiers gave another harm, 1 in a
    /// gold damage claim and 7 in an injury's or a killing's ("the glass came in on me"). Run and taken back: "all
    /// flat" (a village told second-hand, which the linker joined to another testimony's bombing of the city, a false
    /// pair). Counted and left out: "in pieces" but after "was" (the
    /// dead: "some were in pieces", "we took them out in pieces"), "came down" (people and planes: 50 sentences in no
    /// gold claim against 2), "not there" (the witness away: 38 against 3), "on fire" and "was burning" (6 against
    /// 6), "folded" alone ("the clothes folded").</summary>
    private static readonly string[][][] Wrecked =
    [
        [["is", "was", "were", "are"], ["flat"]],
        [["houses", "buildings"], ["flat"]],
        [["folded"], ["down", "onto", "into", "in", "on", ","]],
        [["it"], ["folded"]],
        [["full"], ["of"], ["holes"]],
        [["holed"]],
        [["black"], ["metal"]],
        [["only"], ["black"]],
        [["melted"]],
        [["open"], ["like"], ["a"], ["mouth"]],
        [["was"], ["in"], ["pieces"]],
        [["only"], ["pieces"]],
        [["torn"], ["in"], ["two"]],
        [["torn"], ["open", "apart"]],
        [["lost"], Owners, Parts],
        [["lost"], ["all"], ["the", "its"], Parts],
        [["shot"], ["through", "up"]],
        [["broke"], ["the"], Breakable],
        [["the"], ["window", "windows", "glass"], ["came", "fell"], ["in"]],
        [["burnt", "burned"], ["out", "down"]],
    ];

    /// <summary>A part of the body a wound takes or marks.</summary>
    private static readonly string[] Limbs =
        ["foot", "feet", "leg", "legs", "arm", "arms", "hand", "hands", "eye", "eyes", "finger", "fingers"];

    /// <summary>A part of the body a bullet strikes or a bone that breaks.</summary>
    private static readonly string[] BodyParts =
    [
        "foot", "feet", "leg", "legs", "arm", "arms", "hand", "hands", "shoulder", "hip", "thigh", "knee", "knees",
        "back", "belly", "stomach", "chest", "neck", "head", "ribs",
    ];

    /// <summary>Whose part or how many of it ("lost the left foot", "lost three fingers").</summary>
    private static readonly string[] LostWhose = ["his", "her", "my", "the", "one", "two", "three", "both", "a", "an"];

    /// <summary>A person's.</summary>
    private static readonly string[] Whose = ["his", "her", "my", "their"];

    /// <summary>Where the beating's marks stay.</summary>
    private static readonly string[] Beaten = ["back", "feet", "legs", "body", "arms"];

    /// <summary>A person as the wound left them, told with no word of a wound. Counted out of fold on the witness
    /// sentences the classifiers gave no harm, before the rule was written: "lost the (left) foot / three fingers /
    /// his hearing", "shot (him) in the hip", "a bullet in his shoulder", "marks on his back", "was all marks", "was
    /// blind for ten days", "her arm was broken", "with his legs broken". Counted and left out: "lost the teeth" (a
    /// detainee's), "marks on his face" (1 in no gold claim), "broken ribs" and "came back with a broken hand" (a
    /// detainee back: 3 in a gold detention only), "walks with a stick" (5 in a gold injury against 8 in none: the
    /// old and the sick), "could not walk" (1 against 9), "burns" (2 against 11), "choking" (3 against 1, soldiers
    /// told of), "stitches" and "sewed" (2 against 4).</summary>
    private static readonly string[][][] Maimed =
    [
        [["lost"], LostWhose, Limbs],
        [["lost"], LostWhose, ["left", "right"], Limbs],
        [["lost"], Whose, ["hearing", "sight"]],
        [["shot", "hit"], ["in"], ["the"], BodyParts],
        [["shot", "hit"], ["him", "her", "me"], ["in"], ["the"], BodyParts],
        [["bullet"], ["in", "into"], Whose, BodyParts],
        [["marks"], ["on"], Whose, Beaten],
        [["all"], ["marks"]],
        [["was", "were"], ["blind"], ["for"]],
        [Whose, BodyParts, ["was", "were"], ["broken"]],
        [["with"], Whose, BodyParts, ["broken"]],
    ];

    /// <summary>A flight told by what the people took or where they slept, with no word of fleeing: "They left with
    /// what they wore", "went to Kharkiv with one bag". Counted out of fold as <see cref="Maimed"/>; "with nothing"
    /// left out (3 in no gold claim: "broke the fast with nothing", a release "with nothing"), and "crossed", "the
    /// camp", "in tents", "on the buses" (each far more often in no gold claim).</summary>
    private static readonly string[][][] Uprooted =
    [
        [["with"], ["what"], ["they", "we", "he", "she", "i"], ["wore", "had"]],
        [["with"], ["what"], ["they", "we", "he", "she", "i"], ["were", "was"], ["wearing"]],
        [["with"], ["one"], ["bag"]],
    ];

    /// <summary>Where people slept who had left their houses ("we slept three weeks in the open", "slept in the car
    /// two nights"), read after "slept" anywhere later in the sentence.</summary>
    private static readonly string[][][] SleptOut =
    [
        [["in"], ["the"], ["open", "car", "street"]],
        [["under"], ["the"], ["trees", "olive", "olives"]],
    ];

    /// <summary>A death told by the body or the burial, with no word of dying: "a bullet in the head", "burned
    /// inside his shelter", "Two more left us in the health centre", "We wrapped him in his cloth", "I closed their
    /// eyes", "the sniper took him in the neck". Counted out of fold as <see cref="Maimed"/>.
    /// Counted and left out: "washed them" (2 in a gold killing against 1 in none), "in the ground" (2 against 15),
    /// "the cemetery" (5 against 8), "already gone" (7 against 5), "buried him / them" (7 against 12), "the body"
    /// (4 against 12), "the funeral" (2 against 9), "his grave" (0 against 2), "were burned inside" with no place
    /// after it (1 in none).</summary>
    private static readonly string[][][] Dead =
    [
        [["bullet", "bullets", "shots", "shot"], ["in"], ["the", "his", "her"], ["head"]],
        [["burned", "burnt"], ["in", "inside"], ["his", "her", "their", "the"], ["house", "home", "shelter", "car",
            "room"]],
        [["left"], ["us"]],
        [["wrapped"], ["him", "her", "them"], ["in"]],
        [["closed"], ["the", "his", "her", "their"], ["eyes"]],
        [["took"], ["him", "her"], ["in"], ["the"], ["neck", "head", "chest", "heart"]],
    ];

    /// <summary>"brought him back ... in a blanket": read after "back" anywhere earlier in the sentence ("The men
    /// somebody took in a blanket", a wounded man carried, has none).</summary>
    private static readonly string[][][] InBlanket = [[["in"], ["a"], ["blanket"]]];

    /// <summary>A person held.</summary>
    private static readonly string[] Held = ["him", "her", "me", "us", "them"];

    /// <summary>A holding in a place: "they held him in a basement", "kept us at the post".</summary>
    private static readonly string[][][] HeldIn =
    [
        [["kept", "held"], Held, ["in", "at"], ["a", "the"]],
    ];

    /// <summary>The first words of every phrase above: a token that is none of them starts no phrase, so the phrase
    /// lists are not walked for it (most tokens of a sentence; the classifier stage's speed depends on it).</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Openers =
        new[] { Wrecked, Maimed, Uprooted, SleptOut, Dead, InBlanket, HeldIn }
            .SelectMany(phrases => phrases)
            .SelectMany(phrase => phrase[0])
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The words of a holding that a time of days or more tells as a detention ("They kept him twenty-three
    /// days", "was held at the screening point for eleven days"); a time in hours is a stop at a checkpoint, which gold
    /// does not claim.</summary>
    private static readonly string[] Keeping = ["kept", "held"];

    /// <summary>A time of days or more.</summary>
    private static readonly string[] Durations = ["days", "weeks", "months", "years"];

    /// <summary>The speaker keeping something ("we kept wet cloths near the door"), no holding.</summary>
    private static readonly string[] Speaker = ["i", "we"];

    /// <summary>"spent forty days with them": the time before "with them" may stand up to this many tokens after
    /// "spent" (a number of one, two or three tokens: "forty-one", "two years and").</summary>
    private const int SpentReach = 4;

    /// <summary>How sure the harm of a sentence of no harm is: out of fold, 64 of the 65 sentences of no harm the
    /// phrases read lay in a gold claim of the harm (the other lay in a gold injury: a holding told with the lashes
    /// after it). A sentence of another harm keeps its assessment (2 such holdings out of fold, both in a gold
    /// detention claim).</summary>
    public const float HarmConfidence = 0.98f;

    /// <summary>How sure the harm of a sentence of no harm is when <see cref="Maimed"/>, <see cref="Uprooted"/>,
    /// <see cref="SleptOut"/>, <see cref="Dead"/> or <see cref="InBlanket"/> tell it: out of fold, 42 of the 43
    /// sentences of no harm they read lay in a gold claim of the harm (16 of 17 injuries, 9 of 9 flights, 17 of 17
    /// deaths; the other lay in a gold killing: a man taken out alive with his legs broken, told among the
    /// dead).</summary>
    public const float PersonHarmConfidence = 0.98f;

    /// <summary>Gives, in <paramref name="assessments"/> (one per entry of <see cref="Document.Sentences"/>), the harms
    /// its phrases tell to each witness sentence the classifiers gave no harm, and DETAINED to one of another harm that
    /// tells a holding.</summary>
    public static void Apply(Document document, Span<SentenceAssessment> assessments)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sentences = document.Sentences;
        for (var s = 0; s < assessments.Length; s++)
        {
            var given = assessments[s].Harms;
            if ((given & HarmSet.Detained) != HarmSet.None || !ClaimClassifier.CanAssert(document.RoleOf(sentences[s])))
            {
                continue;
            }

            var harms = Tells(document, sentences[s]);
            if (given == HarmSet.None && harms != HarmSet.None)
            {
                var confidence = (harms & (HarmSet.Injured | HarmSet.Displaced | HarmSet.Killed)) != HarmSet.None
                    ? PersonHarmConfidence
                    : HarmConfidence;
                assessments[s] = SentenceAssessment.GivenByRule(harms, confidence);
            }
            else if (given != HarmSet.None && (harms & HarmSet.Detained) != HarmSet.None)
            {
                assessments[s] = assessments[s] with { Harms = given | HarmSet.Detained };
            }
        }
    }

    /// <summary>The harms the phrases of <paramref name="sentence"/> tell, in one pass over its tokens.</summary>
    private static HarmSet Tells(Document document, Sentence sentence)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        var end = WordSequence.End(document, sentence);
        var harms = HarmSet.None;
        var keeping = false;
        var slept = false;
        var back = false;
        for (var t = sentence.FirstToken; t < end; t++)
        {
            var word = tokens[t].Span(text);
            var opens = Openers.Contains(word);
            if (opens && WordSequence.MatchAt(tokens, text, t, end, Wrecked) > 0)
            {
                harms |= HarmSet.PropertyDamage;
            }

            if ((opens && WordSequence.MatchAt(tokens, text, t, end, HeldIn) > 0)
                || (keeping && WordList.Contains(word, Durations))
                || (word.Equals("spent", StringComparison.OrdinalIgnoreCase) && SpentWithThem(tokens, text, t, end)))
            {
                harms |= HarmSet.Detained;
            }

            if (opens && WordSequence.MatchAt(tokens, text, t, end, Maimed) > 0)
            {
                harms |= HarmSet.Injured;
            }

            if ((opens && WordSequence.MatchAt(tokens, text, t, end, Uprooted) > 0)
                || (opens && slept && WordSequence.MatchAt(tokens, text, t, end, SleptOut) > 0))
            {
                harms |= HarmSet.Displaced;
            }

            if ((opens && WordSequence.MatchAt(tokens, text, t, end, Dead) > 0)
                || (opens && back && WordSequence.MatchAt(tokens, text, t, end, InBlanket) > 0))
            {
                harms |= HarmSet.Killed;
            }

            slept |= word.Equals("slept", StringComparison.OrdinalIgnoreCase);
            back |= word.Equals("back", StringComparison.OrdinalIgnoreCase);
            keeping |= WordList.Contains(word, Keeping)
                && (t == sentence.FirstToken || !WordList.Contains(tokens[t - 1].Span(text), Speaker));
        }

        return harms;
    }

    /// <summary>Whether a time of days or more, then "with them", follows "spent" at <paramref name="spent"/>.</summary>
    private static bool SpentWithThem(List<Token> tokens, string text, int spent, int end)
    {
        for (var t = spent + 2; t <= spent + SpentReach && t + 2 < end; t++)
        {
            if (WordList.Contains(tokens[t].Span(text), Durations)
                && tokens[t + 1].Span(text).Equals("with", StringComparison.OrdinalIgnoreCase)
                && tokens[t + 2].Span(text).Equals("them", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
