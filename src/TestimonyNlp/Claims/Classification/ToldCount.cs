using TestimonyNlp.Ingest;
using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// Gives a harm to a witness sentence that passes on what someone said of it with a count: "My cousin says two people
/// were killed at the market.", "The nurse told us she counted thirty wounded.", "On the radio they said the police
/// arrested forty." The classifiers score such second-hand figures low (a word of saying pulls towards no harm,
/// since most sentences of saying assert none), yet the annotation guidelines claim them with the hearsay basis. The
/// verb of the harm must be in the sentence (killed, died; wounded, injured, hurt; disappeared; arrested, detained,
/// abducted, kidnapped; fled), with a count (digits that are no year, or a count word) and a word of saying, and no
/// negation, irrealis, question mark or "still" ("people say there are still two bodies under it"). Added to a sentence
/// of another harm too ("He told me a woman died, and four were hurt."). Run after <see cref="HarmToldByOutcome"/> and
/// before <see cref="NoHarmTold"/> and the rules that take deaths of fighters or animals away.
/// </summary>
internal static class ToldCount
{
    private const int Saying = 1, Count = 2, Unasserting = 4, KilledVerb = 8, InjuredVerb = 16, MissingVerb = 32, DetainedVerb = 64, DisplacedVerb = 128;
    private const int HarmVerbs = KilledVerb | InjuredVerb | MissingVerb | DetainedVerb | DisplacedVerb;

    /// <summary>Words that deny, doubt or put off what a sentence tells ("not", "would", "afraid", "still"), so that it
    /// passes on no harm.</summary>
    internal static readonly string[] UnassertingWords =
    [
        "no", "not", "never", "nobody", "none", "nothing", "nor", "neither", "without", "cannot", "would", "will", "if", "might",
        "could", "may", "afraid", "feared", "unless", "threatened", "warned", "going", "still",
    ];

    private static readonly WordTable Words = new(
        ["says", "said", "told", "say", "tell"],
        ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
         "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
         "hundred", "hundreds", "dozens"],
        UnassertingWords,
        ["killed", "died"],
        ["wounded", "injured", "hurt", "wounding"],
        ["disappeared"],
        ["arrested", "detained", "abducted", "kidnapped"],
        ["fled"]);

    /// <summary>How sure a told count's harm is.</summary>
    public const float HarmConfidence = 0.85f;

    /// <summary>Gives, in <paramref name="assessments"/> (one per entry of <see cref="Document.Sentences"/>), each
    /// witness sentence that passes on a count of a harm the harm its verb names.</summary>
    public static void Apply(Document document, Span<SentenceAssessment> assessments)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        for (var s = 0; s < assessments.Length; s++)
        {
            if (document.RoleOf(document.Sentences[s]) != SpeakerRole.Witness)
            {
                continue;
            }

            var found = 0;
            var afterArticle = false;
            foreach (var token in document.SentenceTokens(s))
            {
                var span = token.Span(text);
                var article = afterArticle;
                afterArticle = false;
                if (token.Kind == TokenKind.Number)
                {
                    found |= IsYear(span) ? 0 : Count;
                }
                else if (token.Kind == TokenKind.Punctuation)
                {
                    found |= IngestText.IsQuestionMark(span[0]) ? Unasserting : 0;
                }
                else if (token.Kind == TokenKind.Word)
                {
                    var hyphen = span.IndexOf('-');
                    var lists = Words.Of(hyphen > 0 ? span[..hyphen] : span);

                    // "the wounded", "the injured": the people, told of by another verb ("the injured died after").
                    found |= article ? lists & ~HarmVerbs : lists;
                    afterArticle = span.Equals("the", StringComparison.OrdinalIgnoreCase);
                    if (span.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || span.EndsWith("n\u2019t", StringComparison.OrdinalIgnoreCase))
                    {
                        found |= Unasserting;
                    }
                }
            }

            if ((found & (Saying | Count | Unasserting)) != (Saying | Count))
            {
                continue;
            }

            var told = ((found & KilledVerb) != 0 ? HarmSet.Killed : HarmSet.None)
                | ((found & InjuredVerb) != 0 ? HarmSet.Injured : HarmSet.None)
                | ((found & MissingVerb) != 0 ? HarmSet.Missing : HarmSet.None)
                | ((found & DetainedVerb) != 0 ? HarmSet.Detained : HarmSet.None)
                | ((found & DisplacedVerb) != 0 ? HarmSet.Displaced : HarmSet.None);
            var harms = assessments[s].Harms;
            if ((told & ~harms) == HarmSet.None)
            {
                continue;
            }

            assessments[s] = harms == HarmSet.None
                ? SentenceAssessment.GivenByRule(told, HarmConfidence)
                : assessments[s] with { Harms = harms | told };
        }
    }

    /// <summary>A four-digit number from 1900 to 2099: a year of the period, no count.</summary>
    internal static bool IsYear(ReadOnlySpan<char> number) =>
        number.Length == 4 && (number.StartsWith("19", StringComparison.Ordinal) || number.StartsWith("20", StringComparison.Ordinal));
}
