using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// Gives KILLED or INJURED to a witness sentence that tallies the dead or the wounded with a count right before the
/// noun: "We counted thirty-two bodies when we came back.", "We received twenty-six wounded from Wukro." The
/// classifiers score such tallies low when they carry no verb of the harm (a medic's or a gravedigger's count), and out
/// of fold they were the most regular shape among the gold claims that name a word of the harm and over which nothing
/// was built (models/README.md, "Claim classifiers"). A sentence the classifiers gave the other harm keeps it and takes
/// the tallied one too ("The radio said four were killed and seventeen injured."). Run after
/// <see cref="HarmToldByNegation"/> and before <see cref="NoHarmTold"/>, which still takes every harm from a
/// researcher's note. Matched on the token spans: a hyphened word is one token, read only as a count ("twenty-six"),
/// so a denial or a noun inside one ("no-one", "dead-end") is not read, nor anything in a transcriber's bracketed
/// note; a numeric date or a clock time is no count.
/// </summary>
internal static class CasualtyTally
{
    /// <summary>A count in words, alone or before a hyphen ("twenty-six", "sixty-something"); digits count too. Not
    /// <see cref="Counts.NumberReader"/>: it reads "one", "a dozen" and "thousands" as well, which the rule was not
    /// counted with.</summary>
    private static readonly string[] CountWords =
    [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
        "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
        "hundred", "hundreds", "dozens",
    ];

    /// <summary>The dead tallied ("nine dead", "seventeen bodies", "fourteen martyrs").</summary>
    private static readonly string[] Dead = ["dead", "bodies", "martyrs", "corpses"];

    /// <summary>The wounded tallied ("twenty-six wounded", "seventeen injured").</summary>
    private static readonly string[] Wounded = ["wounded", "injured"];

    /// <summary>Words that make a tally a denial or a guess ("not two dead", "fifty dead, not four", "still two bodies
    /// under it"): out of fold the sentences with them were on no gold claim of the harm as often as on one.</summary>
    private static readonly string[] Denial = ["not", "no", "nobody", "never", "still"];

    /// <summary>How sure a tally's harm is, in a sentence the classifiers gave no harm: out of fold, counted before the
    /// rule was written, 13 of the 15 such sentences with a tally lay in a gold claim of the harm tallied.</summary>
    public const float HarmConfidence = 0.87f;

    /// <summary>Gives, in <paramref name="assessments"/> (one per entry of <see cref="Document.Sentences"/>), KILLED
    /// or INJURED to each witness sentence that tallies the dead or the wounded and was not given that harm; a sentence
    /// the classifiers gave no harm takes the tally's basis from its own basis probabilities later.</summary>
    public static void Apply(Document document, Span<SentenceAssessment> assessments)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sentences = document.Sentences;
        for (var s = 0; s < assessments.Length; s++)
        {
            var harms = assessments[s].Harms;
            if ((harms & HarmSet.Killed) != HarmSet.None && (harms & HarmSet.Injured) != HarmSet.None
                || !ClaimClassifier.CanAssert(document.RoleOf(sentences[s])))
            {
                continue;
            }

            var tallied = Tallied(document, sentences[s]);
            if ((tallied & ~harms) == HarmSet.None)
            {
                continue;
            }

            assessments[s] = harms == HarmSet.None
                ? SentenceAssessment.GivenByRule(tallied, HarmConfidence)
                : assessments[s] with { Harms = harms | tallied };
        }
    }

    /// <summary>KILLED and INJURED as <paramref name="sentence"/> tallies the dead and the wounded: a count, then the
    /// noun right after it or after one more word ("twenty-two bodies", "eleven dead", "twelve more wounded"), each
    /// after a space; nothing when a word of <see cref="Denial"/> stands anywhere in it.</summary>
    private static HarmSet Tallied(Document document, Sentence sentence)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        var end = WordSequence.End(document, sentence);
        var tallied = HarmSet.None;
        for (var t = sentence.FirstToken; t < end; t++)
        {
            if (WordList.Contains(tokens[t].Span(text), Denial))
            {
                return HarmSet.None;
            }

            if (!IsCount(tokens[t], text))
            {
                continue;
            }

            tallied |= NounTallied(tokens, text, t + 1, end) | WoundedBefore(tokens, text, sentence.FirstToken, t);
            if (t + 1 < end && AfterSpace(tokens, t + 1) && IsPlainWord(tokens[t + 1].Span(text)))
            {
                tallied |= NounTallied(tokens, text, t + 2, end);
            }
        }

        return tallied;
    }

    /// <summary>Words that may stand between the wounded and their count told after them: a hedge or the teller
    /// ("And wounded, maybe thirty", "the injured, twenty-something", "wounded, she thinks six or seven").</summary>
    private static readonly string[] CountHedges = ["maybe", "about", "around", "perhaps", "i", "she", "he", "think", "thinks"];

    /// <summary>INJURED when the wounded are named just before the count at <paramref name="count"/>, set off by a
    /// comma, with at most two words of <see cref="CountHedges"/> between ("And wounded, maybe thirty, maybe
    /// thirty-five, we took them to the hospital"): out of fold, counted before the rule was written, 3 witness
    /// sentences that the classifiers gave no harm, each in a gold injury claim, and none elsewhere. The dead so
    /// told were all claimed already.</summary>
    private static HarmSet WoundedBefore(List<Token> tokens, string text, int first, int count)
    {
        var t = count - 1;
        while (t > first && count - 1 - t < 2 && WordList.Contains(tokens[t].Span(text), CountHedges))
        {
            t--;
        }

        return t - 1 >= first && tokens[t].Span(text).SequenceEqual(",") && WordList.Contains(tokens[t - 1].Span(text), Wounded)
            ? HarmSet.Injured
            : HarmSet.None;
    }

    /// <summary>The harm of the noun at <paramref name="at"/>, when it stands there after a space.</summary>
    private static HarmSet NounTallied(List<Token> tokens, string text, int at, int end)
    {
        if (at >= end || !AfterSpace(tokens, at))
        {
            return HarmSet.None;
        }

        var word = tokens[at].Span(text);
        return WordList.Contains(word, Dead) ? HarmSet.Killed : WordList.Contains(word, Wounded) ? HarmSet.Injured : HarmSet.None;
    }

    /// <summary>Whether <paramref name="token"/> is a number in digits or a word of <see cref="CountWords"/>, alone or
    /// before a hyphen and one more word.</summary>
    private static bool IsCount(Token token, string text)
    {
        if (token.Kind == TokenKind.Number)
        {
            return true;
        }

        if (token.Kind != TokenKind.Word)
        {
            return false;
        }

        var word = token.Span(text);
        var hyphen = word.IndexOf('-');
        return hyphen < 0
            ? WordList.Contains(word, CountWords)
            : WordList.Contains(word[..hyphen], CountWords) && IsPlainWord(word[(hyphen + 1)..]);
    }

    /// <summary>Whether <paramref name="word"/> is letters, digits and underscores only: no hyphen or apostrophe.</summary>
    private static bool IsPlainWord(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether whitespace stands between token <paramref name="at"/> and the one before it.</summary>
    private static bool AfterSpace(List<Token> tokens, int at) => tokens[at].Start > tokens[at - 1].End;
}
