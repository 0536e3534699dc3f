using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// Moves a sentence's KILLED to INJURED when the sentence names a wound and no death: "he lost two fingers", "they
/// shot her in the leg", "nine wounded". The KILLED model reads "lost", "shot" and the weapon and fires on such
/// sentences; out of fold, of the built KILLED claims whose evidence names a wound and no word of death, 15 lay on a
/// gold INJURED claim and 1 on a gold KILLED one. The rule took 16 false KILLED claims away, lost no right one and
/// gained 3 right INJURED claims (models/README.md, "Claim classifiers"). Matched on the token spans, without copying
/// them.
/// </summary>
internal static class InjuryNotDeath
{
    /// <summary>Word starts that name a death, a burial ("washed", "coffin") or that the victim lived ("survived",
    /// "alive"), any of which keeps KILLED.</summary>
    private static readonly string[] DeathStems =
        ["kill", "die", "died", "dead", "death", "martyr", "body", "bodies", "corpse", "murder", "execut", "buri", "bury", "funeral", "grave", "surviv", "alive", "life", "lives", "passed", "drown", "cemeter", "coffin", "shroud", "washed"];

    /// <summary>Word starts that name a wound, or the harm of gas to the living ("coughing", "vomited", "choking").</summary>
    private static readonly string[] WoundStems = ["injur", "wound", "hurt", "cough", "vomit", "chok", "suffocat"];

    /// <summary>Parts of the body a wound to which is seldom told as a death (the head, neck and chest are left out).</summary>
    private static readonly string[] Limbs =
        ["finger", "fingers", "leg", "legs", "foot", "feet", "hand", "hands", "arm", "arms", "eye", "eyes", "toe", "toes", "thigh", "shoulder", "knee", "knees", "ankle", "hip", "elbow", "wrist"];

    /// <summary>Words that tell a limb struck when at most two words before the "in" before it: "shot him in the thigh",
    /// "hit in the legs", "a bullet in the shoulder", "the bullet came in his hip", "it exploded in his hand".</summary>
    private static readonly string[] LimbStrikes = ["shot", "hit", "bullet", "exploded"];

    /// <summary>How far before a limb "lost" may stand: "lost the right foot" (the widest wording of the error analysis).</summary>
    private const int LostReach = 3;

    /// <summary>
    /// Drops KILLED from a sentence of both harms told beside a wound (<see cref="DropKilledBesideWound"/>), then
    /// moves KILLED to INJURED in every sentence of <paramref name="assessments"/> (one per entry of
    /// <see cref="Document.Sentences"/>) that names a wound and no death, then in the KILLED sentences next to a moved
    /// one, in the same turn, that name no death either: the setting of the wound ("Last week a drone hit the bus.
    /// The driver lost two fingers.") fires KILLED from the same words and would otherwise stay a KILLED claim.
    /// </summary>
    public static void Apply(Document document, Span<SentenceAssessment> assessments)
    {
        ArgumentNullException.ThrowIfNull(document);
        DropKilledBesideWound(document, assessments);
        var sentences = document.Sentences;
        for (var s = 0; s < assessments.Length; s++)
        {
            if (!assessments[s].Harms.Contains(Harm.Killed) || !NamesWoundNotDeath(document, sentences[s]))
            {
                continue;
            }

            Move(ref assessments[s]);
            for (var before = s - 1; before >= 0 && MovesWith(document, assessments[before], sentences[before], sentences[s]); before--)
            {
                Move(ref assessments[before]);
            }

            for (var after = s + 1; after < assessments.Length && MovesWith(document, assessments[after], sentences[after], sentences[s]); after++)
            {
                Move(ref assessments[after]);
                s = after;
            }
        }
    }

    /// <summary>
    /// Drops KILLED from each sentence of <paramref name="assessments"/> that the classifiers gave both KILLED and
    /// INJURED, that names no death, and whose next or previous sentence in the same turn names a wound and no death:
    /// the setting of a wound told on in the next sentence ("Karim picked up a small ball by the well and it went off. He
    /// lost two fingers."), or what the witness saw of it after ("He was hit in the thigh. I saw him fall."). Out of fold
    /// it took three false killings over gold injuries and no right one (models/README.md, "Claim classifiers").
    /// </summary>
    private static void DropKilledBesideWound(Document document, Span<SentenceAssessment> assessments)
    {
        var sentences = document.Sentences;
        for (var s = 0; s < assessments.Length; s++)
        {
            if (assessments[s].Harms.Contains(Harm.Killed) && assessments[s].Harms.Contains(Harm.Injured)
                && !NamesDeath(document, sentences[s])
                && (WoundInTurn(document, s, s + 1) || WoundInTurn(document, s, s - 1)))
            {
                Move(ref assessments[s]);
            }
        }
    }

    /// <summary>Whether sentence <paramref name="other"/> exists, is of the turn of sentence <paramref name="s"/> and
    /// names a wound and no death.</summary>
    private static bool WoundInTurn(Document document, int s, int other) =>
        other >= 0 && other < document.Sentences.Count
        && document.TurnOf(document.Sentences[other]) == document.TurnOf(document.Sentences[s])
        && NamesWoundNotDeath(document, document.Sentences[other]);

    /// <summary>Whether <paramref name="sentence"/> names a wound (a wound word, or a limb lost or shot) and no death.</summary>
    public static bool NamesWoundNotDeath(Document document, Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = document.Tokens;
        var text = document.Text;
        var last = Math.Min(sentence.FirstToken + sentence.TokenCount, tokens.Count);
        var wound = false;
        for (var t = sentence.FirstToken; t < last; t++)
        {
            var word = tokens[t].Span(text);
            if (WordList.StartsWithAny(word, DeathStems))
            {
                return false;
            }

            wound |= (WordList.StartsWithAny(word, WoundStems) && !OfThe(tokens, text, sentence.FirstToken, t))
                || (WordList.Contains(word, Limbs) && AfterLimbVerb(tokens, text, sentence.FirstToken, t));
        }

        return wound;
    }

    /// <summary>Whether the KILLED sentence <paramref name="neighbour"/> is told with the wound in <paramref name="moved"/>: same turn, no death named.</summary>
    private static bool MovesWith(Document document, SentenceAssessment assessment, Sentence neighbour, Sentence moved) =>
        assessment.Harms.Contains(Harm.Killed)
        && document.TurnOf(neighbour) == document.TurnOf(moved)
        && !NamesDeath(document, neighbour);

    private static bool NamesDeath(Document document, Sentence sentence)
    {
        var tokens = document.Tokens;
        var last = Math.Min(sentence.FirstToken + sentence.TokenCount, tokens.Count);
        for (var t = sentence.FirstToken; t < last; t++)
        {
            if (WordList.StartsWithAny(tokens[t].Span(document.Text), DeathStems))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the word at <paramref name="at"/> follows "of the": "two of the wounded" are most often told as
    /// some of the wounded who died.</summary>
    private static bool OfThe(List<Token> tokens, string text, int first, int at) =>
        at - 2 >= first
        && tokens[at - 2].Span(text).Equals("of", StringComparison.OrdinalIgnoreCase)
        && tokens[at - 1].Span(text).Equals("the", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the limb at <paramref name="limb"/> follows "lost" within <see cref="LostReach"/> words ("lost the
    /// right foot") or a word of <see cref="LimbStrikes"/> and "in", with "in" at most two words before it ("shot him
    /// in the thigh", "a bullet in his hip").
    /// </summary>
    private static bool AfterLimbVerb(List<Token> tokens, string text, int first, int limb)
    {
        for (var t = limb - 1; t >= Math.Max(first, limb - LostReach); t--)
        {
            if (tokens[t].Span(text).Equals("lost", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        for (var t = limb - 1; t >= Math.Max(first, limb - 2); t--)
        {
            if (!tokens[t].Span(text).Equals("in", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            for (var v = t - 1; v >= Math.Max(first, t - 2); v--)
            {
                if (WordList.Contains(tokens[v].Span(text), LimbStrikes))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static void Move(ref SentenceAssessment assessment) =>
        assessment = assessment with { Harms = (assessment.Harms & ~HarmSet.Killed) | HarmSet.Injured };
}
