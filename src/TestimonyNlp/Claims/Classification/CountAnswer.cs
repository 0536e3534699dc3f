using TestimonyNlp.Claims.Building;
using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// Gives the harm of an interviewer's question to the witness's answer that opens with a count: "Was anyone killed?"
/// "Three." / "Were other men taken that day?" "Seven, eight men." The classifiers read the answer's own words and
/// find no harm in a bare count; out of fold, such answers were the most frequent shape among the gold claims over
/// which nothing was built (models/README.md, "Claim classifiers"). Only the first sentence of the answer is read,
/// and it takes the harm only when the classifiers gave it none. Run before <see cref="NoHarmTold"/>, which still
/// takes away a death not of the war, and before the bases are shared, which gives the answer its basis.
/// </summary>
internal static class CountAnswer
{
    /// <summary>Word starts that name each harm in a question (in <see cref="Harm"/> order): those of
    /// <see cref="HarmWords"/> less the ones a question uses for other things ("took", "left", "shot", "lost").</summary>
    private static readonly string[][] QuestionStems =
    [
        ["kill", "die", "dead", "death", "bodies", "body"],
        ["injur", "wound", "hurt"],
        ["missing", "disappear"],
        ["detain", "arrest", "abduct", "kidnap", "taken", "prison", "jail"],
        ["fled", "flee", "displac"],
        ["destroy", "damag", "burn", "hit"],
    ];

    /// <summary>Number words that count victims; "one" is left out (in the error analysis it counted shells and hours,
    /// not people).</summary>
    private static readonly string[] CountWords =
    [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
        "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety", "hundred", "hundreds", "thousand", "thousands", "dozen", "dozens",
    ];

    /// <summary>Words just before a number that make it an age or a year, not a count ("he is seventeen", "since 2015").</summary>
    private static readonly string[] NotCountBefore = ["is", "was", "age", "aged", "since"];

    /// <summary>Words just after a number that make it an age ("sixty-eight years").</summary>
    private static readonly string[] NotCountAfter = ["year", "years"];

    /// <summary>Units of time that, with a number and a word of <see cref="TimeAfter"/>, place the event and count no one.</summary>
    private static readonly string[] TimeUnits = ["hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "winter", "winters"];

    /// <summary>Words after a number of <see cref="TimeUnits"/> that make it a time ("two weeks after", "two days later").</summary>
    private static readonly string[] TimeAfter = ["after", "later", "ago", "before"];

    /// <summary>Words that deny the harm ("nobody", "none").</summary>
    private static readonly string[] Denials = ["no", "nobody", "none", "noone"];

    /// <summary>Question openings that ask how, when, where, why or which, not whether or how many.</summary>
    private static readonly string[] OtherQuestions = ["how", "when", "where", "why", "which"];

    /// <summary>How sure a count answer's harm is: out of fold, 35 of the 39 built claims the rule made or changed lay
    /// on a gold claim of the harm.</summary>
    public const float HarmConfidence = 0.9f;

    /// <summary>
    /// Gives, in <paramref name="assessments"/> (one per entry of <see cref="Document.Sentences"/>), the harms a
    /// question names to the first sentence of the witness's answer when it gives a count and the classifiers gave it
    /// no harm.
    /// </summary>
    public static void Apply(Document document, Span<SentenceAssessment> assessments)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sentences = document.Sentences;
        for (var s = 1; s < assessments.Length; s++)
        {
            if (assessments[s].Harms != HarmSet.None
                || !ClaimClassifier.CanAssert(document.RoleOf(sentences[s]))
                || document.RoleOf(sentences[s - 1]) != SpeakerRole.Interviewer
                || document.TurnOf(sentences[s - 1]) == document.TurnOf(sentences[s]))
            {
                continue;
            }

            var harms = AskedHarms(document, sentences[s - 1]);
            if (harms != HarmSet.None && GivesCount(document, sentences[s], harms))
            {
                assessments[s] = SentenceAssessment.GivenByRule(harms, HarmConfidence);
            }
        }
    }

    /// <summary>The harms <paramref name="question"/> asks whether or how many of: none when it is no question, asks
    /// how, when, where or why, or only says back what was told ("So five people died?").</summary>
    private static HarmSet AskedHarms(Document document, Sentence question)
    {
        var text = document.Text.AsSpan(question.Start, question.End - question.Start).TrimEnd();
        if (!text.EndsWith("?"))
        {
            return HarmSet.None;
        }

        var tokens = document.Tokens;
        var first = FirstWord(document, question);
        if (first < 0)
        {
            return HarmSet.None;
        }

        var opening = tokens[first].Span(document.Text);
        if (opening.Equals("so", StringComparison.OrdinalIgnoreCase)
            || (WordList.Contains(opening, OtherQuestions) && !NextWordIs(document, question, first, "many")))
        {
            return HarmSet.None;
        }

        var harms = HarmSet.None;
        var last = Math.Min(question.FirstToken + question.TokenCount, tokens.Count);
        for (var t = first; t < last; t++)
        {
            var word = tokens[t].Span(document.Text);
            if (word.Equals("taken", StringComparison.OrdinalIgnoreCase) && NextWordIs(document, question, t, "back"))
            {
                // "When the town was taken back" asks about the town.
                return HarmSet.None;
            }

            for (var h = 0; h < QuestionStems.Length; h++)
            {
                if (WordList.StartsWithAny(word, QuestionStems[h]))
                {
                    harms |= HarmSets.Of((Harm)h);
                }
            }
        }

        return harms;
    }

    /// <summary>Whether <paramref name="answer"/> gives a count (a number not an age or a year), denies nothing and
    /// names no rival of the harms asked ("I heard one policeman was wounded" after "Was anyone killed?").</summary>
    private static bool GivesCount(Document document, Sentence answer, HarmSet harms)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        var last = Math.Min(answer.FirstToken + answer.TokenCount, tokens.Count);
        var count = false;
        for (var t = answer.FirstToken; t < last; t++)
        {
            if (tokens[t].Kind != TokenKind.Word && tokens[t].Kind != TokenKind.Number)
            {
                continue;
            }

            var word = tokens[t].Span(text);
            if (WordList.Contains(word, Denials) || NamesRival(word, harms))
            {
                return false;
            }

            count |= IsCount(word) && !NotCount(document, answer, t);
        }

        return count;
    }

    /// <summary>Whether <paramref name="word"/> is a number word ("seven", "twenty-three", not "sixty-something") or
    /// digits that are not a year of the period.</summary>
    private static bool IsCount(ReadOnlySpan<char> word)
    {
        var hyphen = word.IndexOf('-');
        if (hyphen > 0)
        {
            var units = word[(hyphen + 1)..];
            return WordList.Contains(word[..hyphen], CountWords)
                && (units.Equals("one", StringComparison.OrdinalIgnoreCase) || WordList.Contains(units, CountWords));
        }

        if (WordList.Contains(word, CountWords))
        {
            return true;
        }

        var digits = 0;
        foreach (var c in word)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c != ',')
            {
                return false;
            }
        }

        // A year of the period is no count ("in 2006").
        return digits > 0 && !(digits == 4 && (word.StartsWith("19") || word.StartsWith("20")));
    }

    /// <summary>Whether the number at <paramref name="at"/> is an age ("he is seventeen", "sixty-eight years"), a year
    /// ("since 2015") or a time ("two weeks after").</summary>
    private static bool NotCount(Document document, Sentence answer, int at)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        var before = PreviousWord(document, answer, at);
        if (before >= 0 && WordList.Contains(tokens[before].Span(text), NotCountBefore))
        {
            return true;
        }

        var after = NextWord(document, answer, at);
        if (after < 0)
        {
            return false;
        }

        if (WordList.Contains(tokens[after].Span(text), NotCountAfter))
        {
            return true;
        }

        var then = NextWord(document, answer, after);
        return WordList.Contains(tokens[after].Span(text), TimeUnits) && then >= 0 && WordList.Contains(tokens[then].Span(text), TimeAfter);
    }

    private static bool NamesRival(ReadOnlySpan<char> word, HarmSet harms)
    {
        foreach (var harm in (ReadOnlySpan<Harm>)[Harm.Killed, Harm.Injured])
        {
            if (harms.Contains(harm) && HarmWords.Rival(harm) is { } rival && !harms.Contains(rival)
                && HarmWords.Names(rival, word) && !HarmWords.Names(harm, word))
            {
                return true;
            }
        }

        return false;
    }

    private static int FirstWord(Document document, Sentence sentence)
    {
        var last = Math.Min(sentence.FirstToken + sentence.TokenCount, document.Tokens.Count);
        for (var t = sentence.FirstToken; t < last; t++)
        {
            if (document.Tokens[t].Kind == TokenKind.Word)
            {
                return t;
            }
        }

        return -1;
    }

    private static int NextWord(Document document, Sentence sentence, int at)
    {
        var last = Math.Min(sentence.FirstToken + sentence.TokenCount, document.Tokens.Count);
        for (var t = at + 1; t < last; t++)
        {
            if (document.Tokens[t].Kind is TokenKind.Word or TokenKind.Number)
            {
                return t;
            }
        }

        return -1;
    }

    private static int PreviousWord(Document document, Sentence sentence, int at)
    {
        for (var t = at - 1; t >= sentence.FirstToken; t--)
        {
            if (document.Tokens[t].Kind is TokenKind.Word or TokenKind.Number)
            {
                return t;
            }
        }

        return -1;
    }

    private static bool NextWordIs(Document document, Sentence sentence, int at, string word)
    {
        var next = NextWord(document, sentence, at);
        return next >= 0 && document.Tokens[next].Span(document.Text).Equals(word, StringComparison.OrdinalIgnoreCase);
    }
}
