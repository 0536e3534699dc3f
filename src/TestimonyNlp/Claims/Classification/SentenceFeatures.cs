using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// The hand-made features of a sentence: entity counts from the pipeline, the speaker role, and cue words for the
/// speaker's person, hearsay, reports, negation and irrealis. Cue words are compared on the token spans, without
/// copying them.
/// </summary>
public static class SentenceFeatures
{
    /// <summary>Number of features.</summary>
    public const int Count = 16;

    /// <summary>The first features are entity counts, one per entity type group (weapons, actors, places, persons, dates).</summary>
    public const int EntityCounts = 5;

    private const int Weapons = 0, Actors = 1, Places = 2, Persons = 3, Dates = 4;
    private const int RoleWitness = 5, RoleOther = 6, FirstPerson = 7, Hearsay = 8, Report = 9;
    private const int Negation = 10, Irrealis = 11, Numbers = 12, Sight = 13, Question = 14, Tokens = 15;

    private static readonly string[] FirstPersonWords = ["i", "me", "my", "we", "us", "our", "myself", "mine"];
    private static readonly string[] HearsayWords = ["told", "tell", "said", "say", "says", "heard", "hear", "apparently", "rumour", "rumours", "rumor", "according"];
    private static readonly string[] ReportWords = ["report", "reports", "reported", "news", "television", "tv", "facebook", "whatsapp", "telegram", "list", "records", "registered", "radio", "statement", "channel", "media"];
    private static readonly string[] NegationWords = ["no", "not", "never", "nobody", "none", "nothing", "n't", "didn't", "wasn't", "weren't", "don't", "nor", "neither", "without"];
    private static readonly string[] IrrealisWords = ["would", "will", "if", "threatened", "threaten", "might", "could", "may", "going", "afraid", "feared", "unless", "warned"];
    private static readonly string[] SightWords = ["saw", "see", "seen", "watched", "looked", "witnessed", "carried", "pulled", "buried"];

    // The cue lists in the order of their slots, FirstPerson to Sight, looked up at once for a word of ASCII letters.
    private static readonly string[][] CueLists = [FirstPersonWords, HearsayWords, ReportWords, NegationWords, IrrealisWords, SightWords];
    private static readonly WordTable CueWords = new(CueLists);
    private static readonly int[] CueSlots = [FirstPerson, Hearsay, Report, Negation, Irrealis, Sight];

    /// <summary>
    /// Writes the features of <paramref name="sentence"/> in <paramref name="document"/> into
    /// <paramref name="into"/> (at least <see cref="Count"/> long). <paramref name="entityCursor"/> is the index of the
    /// first entity that may overlap the sentence; it advances, so that one pass over the sentences in order visits
    /// each entity about once.
    /// </summary>
    public static void Compute(Document document, in Sentence sentence, SpeakerRole role, ref int entityCursor, Span<float> into)
    {
        ArgumentNullException.ThrowIfNull(document);
        into = into[..Count];
        into.Clear();
        var entities = document.Entities;
        while (entityCursor < entities.Count && entities[entityCursor].End <= sentence.Start)
        {
            entityCursor++;
        }

        for (var e = entityCursor; e < entities.Count && entities[e].Start < sentence.End; e++)
        {
            var slot = entities[e].Type switch
            {
                EntityType.Weapon => Weapons,
                EntityType.Actor => Actors,
                EntityType.Place => Places,
                EntityType.Person => Persons,
                _ => Dates,
            };
            into[slot]++;
        }

        into[role == SpeakerRole.Witness ? RoleWitness : RoleOther] = 1f;
        var text = document.Text;
        var tokens = document.Tokens;
        var last = Math.Min(sentence.FirstToken + sentence.TokenCount, tokens.Count);
        for (var t = sentence.FirstToken; t < last; t++)
        {
            var token = tokens[t];
            if (token.Kind == TokenKind.Number)
            {
                into[Numbers]++;
                continue;
            }

            var span = token.Span(text);
            if (token.Kind == TokenKind.Punctuation)
            {
                if (span[0] == '?')
                {
                    into[Question] = 1f;
                }

                continue;
            }

            into[Tokens]++;
            if (!System.Text.Ascii.IsValid(span))
            {
                // A curly apostrophe (U+2019) or a letter outside ASCII: compared cue by cue, as the table cannot.
                for (var k = 0; k < CueLists.Length; k++)
                {
                    Tally(span, CueLists[k], into, CueSlots[k]);
                }

                continue;
            }

            var lists = CueWords.Of(span);
            for (var k = 0; lists != 0; k++, lists >>= 1)
            {
                if ((lists & 1) != 0)
                {
                    into[CueSlots[k]]++;
                }
            }
        }

        // Counts are squashed so that a long sentence does not dominate the n-gram features.
        for (var i = 0; i < Count; i++)
        {
            into[i] = into[i] / (into[i] + 1f);
        }
    }

    private static void Tally(ReadOnlySpan<char> word, string[] cues, Span<float> into, int slot)
    {
        foreach (var cue in cues)
        {
            if (word.Equals(cue, StringComparison.OrdinalIgnoreCase)
                || (cue.Length > 3 && word.Length == cue.Length && EqualsWithStraightApostrophe(word, cue)))
            {
                into[slot]++;
                return;
            }
        }
    }

    private static bool EqualsWithStraightApostrophe(ReadOnlySpan<char> word, string cue)
    {
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i] == '\u2019' ? '\'' : word[i];
            if (char.ToLowerInvariant(c) != cue[i])
            {
                return false;
            }
        }

        return true;
    }
}
