using System.Globalization;
using TestimonyNlp.Claims.Dates;
using TestimonyNlp.Model;
using TestimonyNlp.Pipeline;
using TestimonyNlp.Text;

namespace TestimonyNlp.Entities;

/// <summary>
/// Mends the DATE mentions of calendar dates that the tagger cut short or missed, so that the
/// <see cref="DateNormaliser"/> reads the whole date: a mention is widened back over the day or the part of the month
/// before its month ("the fourth of" before "September", "the start of" before "July", "the beginning of" before
/// "2014"); a month, a season or a day of a month is joined to the year told right after it ("summer" and "2015", "the
/// 18th of March" and "2014" with a space between, as the corpus marks them; a year set off by a comma stays a mention
/// of its own), which alone would place the month in the interview's year; and a date written out that no mention
/// covers becomes one: a day and a month ("11 October", "October 11", "the 9th of May", "Nehase 1"), a numeric date
/// with its year ("20/10/2022"), or a year after a word that places it ("since 1998", "born 1971", "the 2017 attack").
/// Only words in one sentence that no other mention holds are taken. Runs after the tagger and
/// <see cref="NumericDateSpotter"/>, before <see cref="EntityMerger"/>. Stateless and thread-safe.
/// </summary>
public sealed class CalendarDateSpans : IPipelineStage
{
    // Words for a stretch of a month told before it with "of": "the second half of June", "the last days of December".
    private static readonly string[] Stretches = ["half", "days", "week", "weeks", "part"];

    // Words that place a year told alone: "since 1998", "born 1971", "in 2019", "the 2017 attack".
    private static readonly string[] YearPlacers = ["since", "in", "born", "the", "from", "until", "till", "of", "after", "before"];

    // Words that say which stretch: "the first week of", "the last days of".
    private static readonly string[] StretchOrders = ["first", "second", "last", "early", "final"];

    /// <inheritdoc />
    public string Name => "calendar-dates";

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var entities = document.Entities;
        for (var i = 0; i < entities.Count; i++)
        {
            var mention = entities[i];
            if (mention.Type != EntityType.Date)
            {
                continue;
            }

            var start = WidenedStart(document, mention);
            var end = JoinedYearEnd(document, mention, out var joined);
            if (start == mention.Start && end == mention.End)
            {
                continue;
            }

            entities[i] = mention with { Start = start, End = end, Text = document.Text[start..end] };
            if (joined is not null)
            {
                var at = entities.IndexOf(joined);
                entities.RemoveAt(at);
                if (at < i)
                {
                    i--;
                }
            }
        }

        AddWrittenDates(document);
    }

    /// <summary>The start of <paramref name="mention"/> widened back over the day before its month ("11" before
    /// "October", "the fourth of" before "September"), over "(the) start of", "(the) second half of" before a month and
    /// "(the) beginning of" before a month, season or year, and over "the" before a mention that opens on a day or a
    /// part of a month ("18th of March", "last days of December"); the mention's own start when nothing of the kind
    /// comes before it.</summary>
    internal static int WidenedStart(Document document, EntityMention mention)
    {
        var tokens = document.Tokens;
        var first = document.FirstTokenFrom(mention.Start);
        var sentence = document.SentenceAt(mention.Start);
        if (first >= tokens.Count || tokens[first].Start != mention.Start || sentence < 0)
        {
            return mention.Start;
        }

        var text = document.Text;
        var sentenceFirst = document.Sentences[sentence].FirstToken;
        var head = DateWords.Find(tokens[first].Span(text)).Kind;
        int from;
        if (head is DateWord.Early or DateWord.Mid or DateWord.Late || IsDay(text, tokens[first])
            || (first + 2 < tokens.Count && WordList.Contains(tokens[first].Span(text), StretchOrders)
                && WordList.Contains(tokens[first + 1].Span(text), Stretches) && Is(text, tokens[first + 2], "of")))
        {
            // "18th of March", "last days of December" tagged without their article
            from = first;
        }
        else if (head is not (DateWord.Month or DateWord.Season) && DateWords.YearAlone(tokens[first].Span(text)) is null)
        {
            return mention.Start;
        }
        else if (head is DateWord.Month && first - 1 >= sentenceFirst && tokens[first - 1].Kind != TokenKind.Word && IsDay(text, tokens[first - 1]))
        {
            // "11 October"
            from = first - 1;
        }
        else if (first - 2 >= sentenceFirst && Is(text, tokens[first - 1], "of"))
        {
            var before = tokens[first - 2];
            if (DateWords.Find(before.Span(text)).Kind is DateWord.Early or DateWord.Mid or DateWord.Late)
            {
                // "the beginning of March", "the end of 2014"
                from = first - 2;
            }
            else if (head is DateWord.Month && IsDay(text, before))
            {
                // "the fourth of September"
                from = first - 2;
            }
            else if (head is DateWord.Month && WordList.Contains(before.Span(text), Stretches) && first - 3 >= sentenceFirst
                     && WordList.Contains(tokens[first - 3].Span(text), StretchOrders))
            {
                // "the second half of June"
                from = first - 3;
            }
            else
            {
                return mention.Start;
            }
        }
        else
        {
            return mention.Start;
        }

        if (from - 1 >= sentenceFirst && Is(text, tokens[from - 1], "the"))
        {
            from--;
        }

        var start = tokens[from].Start;
        return start < mention.Start && OnlyWordsBetween(text, start, mention.Start) && Free(document, start, mention.Start) ? start : mention.Start;
    }

    /// <summary>The end of <paramref name="mention"/> carried on over a year told right after its month, season or
    /// day of a month with one space between ("summer 2015", "the 18th of March 2014"), with the year's own mention in
    /// <paramref name="joined"/> when it had one; the mention's own end when no year follows or the mention holds one.</summary>
    internal static int JoinedYearEnd(Document document, EntityMention mention, out EntityMention? joined)
    {
        joined = null;
        var text = document.Text;
        if (DateWords.HoldsYear(mention.Text))
        {
            return mention.End;
        }

        var tokens = document.Tokens;
        var next = document.FirstTokenFrom(mention.End);
        if (next == 0 || next >= tokens.Count)
        {
            return mention.End;
        }

        var last = DateWords.Find(tokens[next - 1].Span(text)).Kind;
        if (last is not (DateWord.Month or DateWord.Season) && !(IsDay(text, tokens[next - 1]) && MonthBefore(document, mention, next - 1)))
        {
            return mention.End;
        }

        // "summer 2015" is one date; "the 4th of September, 2016" is two mentions, the year set off after the day.
        var year = next;
        if (DateWords.YearAlone(tokens[year].Span(text)) is null
            || tokens[year].Start != mention.End + 1 || text[mention.End] != ' '
            || document.SentenceAt(tokens[year].Start) != document.SentenceAt(mention.Start)
            || (year + 1 < tokens.Count && tokens[year + 1].Start == tokens[year].End && tokens[year + 1].Kind != TokenKind.Punctuation))
        {
            return mention.End;
        }

        foreach (var other in document.Entities)
        {
            if (other.Start < tokens[year].End && other.End > mention.End)
            {
                if (other.Type != EntityType.Date || other.Start != tokens[year].Start || other.End != tokens[year].End)
                {
                    return mention.End;
                }

                joined = other;
            }
        }

        return tokens[year].End;
    }

    // Adds a DATE mention for a written date that no mention covers (WrittenDate), never on a header line.
    private static void AddWrittenDates(Document document)
    {
        var text = document.Text;
        var tokens = document.Tokens;
        var segments = document.Testimony.Segments;
        var bodyStart = segments.IsDefaultOrEmpty ? 0 : segments[0].Start;
        foreach (var sentence in document.Sentences)
        {
            if (sentence.Start < bodyStart)
            {
                // A header line ("Date: 11 October 2013") dates the interview, not an event.
                continue;
            }

            var stop = sentence.FirstToken + sentence.TokenCount;
            for (var t = sentence.FirstToken; t < stop; t++)
            {
                if (!WrittenDate(text, tokens, sentence.FirstToken, stop, t, out var from, out var to))
                {
                    continue;
                }

                var start = tokens[from].Start;
                var end = tokens[to].End;
                if (!WithinOneClause(text, start, end) || !Free(document, start, end))
                {
                    t = to;
                    continue;
                }

                document.Entities.Add(new EntityMention(string.Empty, EntityType.Date, start, end, text[start..end], null, Defaults.Confidence));
                t = to;
            }
        }
    }

    // The tokens of a written date that starts or ends at token t: "11 October", "the 9th of May", "October 11" (with
    // a year one space after it), "Nehase 1" (a day of an Ethiopian month), "20/10/2022", and a year after a word that
    // places it ("since 1998", "born 1971", "the 2017 attack").
    private static bool WrittenDate(string text, List<Token> tokens, int first, int stop, int t, out int from, out int to)
    {
        (from, to) = (t, t);
        var token = tokens[t];
        if (token.Kind == TokenKind.Date)
        {
            return DateWords.HoldsYear(token.Span(text));
        }

        if (DateWords.YearAlone(token.Span(text)) is not null)
        {
            return t - 1 >= first && WordList.Contains(tokens[t - 1].Span(text), YearPlacers);
        }

        if (token.Kind != TokenKind.Word || !char.IsUpper(text[token.Start]))
        {
            return false;
        }

        var month = DateWords.Find(token.Span(text)).Kind;
        if (month == DateWord.EthiopianMonth)
        {
            // "Nehase 1, in our calendar"
            to = t + 1;
            return to < stop && tokens[to].Kind == TokenKind.Number && IsDay(text, tokens[to]);
        }

        if (month != DateWord.Month)
        {
            return false;
        }

        if (t - 1 >= first && IsDay(text, tokens[t - 1]) && tokens[t - 1].Kind != TokenKind.Word)
        {
            // "11 October"
            from = t - 1;
        }
        else if (t - 2 >= first && Is(text, tokens[t - 1], "of") && IsDay(text, tokens[t - 2]) && tokens[t - 2].Kind != TokenKind.Word)
        {
            // "the 9th of May"
            from = t - 3 >= first && Is(text, tokens[t - 3], "the") ? t - 3 : t - 2;
        }
        else if (t + 1 < stop && IsDay(text, tokens[t + 1]) && tokens[t + 1].Kind != TokenKind.Word
                 && (t + 2 >= stop || tokens[t + 2].Kind == TokenKind.Punctuation))
        {
            // "October 11", not "May 5 people"
            to = t + 1;
        }
        else
        {
            return false;
        }

        if (to + 1 < stop && DateWords.YearAlone(tokens[to + 1].Span(text)) is not null && tokens[to + 1].Start == tokens[to].End + 1)
        {
            // "11 October 2020"; a year set off by a comma is a mention of its own
            to++;
        }

        return true;
    }

    // Whether the mention holds a month before the token at day ("March, the 18th"): a day alone is joined to a year
    // only when its month is told with it.
    private static bool MonthBefore(Document document, EntityMention mention, int day)
    {
        var tokens = document.Tokens;
        for (var t = document.FirstTokenFrom(mention.Start); t < day; t++)
        {
            if (DateWords.Find(tokens[t].Span(document.Text)).Kind == DateWord.Month)
            {
                return true;
            }
        }

        return false;
    }

    // A day of a month: "11", "11th", "eleventh", "twenty-first".
    private static bool IsDay(string text, Token token)
    {
        var word = token.Span(text);
        switch (token.Kind)
        {
            case TokenKind.Number:
                return word.Length <= 2 && int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day is >= 1 and <= 31;
            case TokenKind.Alphanumeric:
                return word.Length is 3 or 4 && (word.EndsWith("st", StringComparison.OrdinalIgnoreCase) || word.EndsWith("nd", StringComparison.OrdinalIgnoreCase)
                        || word.EndsWith("rd", StringComparison.OrdinalIgnoreCase) || word.EndsWith("th", StringComparison.OrdinalIgnoreCase))
                    && int.TryParse(word[..^2], NumberStyles.None, CultureInfo.InvariantCulture, out var ordinal) && ordinal is >= 1 and <= 31;
            case TokenKind.Word:
                var dash = word.LastIndexOf('-');
                var kind = DateWords.Find(dash < 0 ? word : word[(dash + 1)..]).Kind;
                return kind is DateWord.Ordinal or DateWord.TensOrdinal
                    && (dash < 0 || DateWords.Find(word[..dash]).Kind == DateWord.Tens);
            default:
                return false;
        }
    }

    private static bool Is(string text, Token token, string word) => token.Span(text).Equals(word, StringComparison.OrdinalIgnoreCase);

    // Whether no mention of any kind holds a character from start to end.
    private static bool Free(Document document, int start, int end)
    {
        foreach (var entity in document.Entities)
        {
            if (entity.Start < end && entity.End > start)
            {
                return false;
            }
        }

        return true;
    }

    // Whether only letters, digits, spaces and hyphens lie from start to end: words of one phrase.
    private static bool OnlyWordsBetween(string text, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (!char.IsLetterOrDigit(text[k]) && text[k] != ' ' && text[k] != '-')
            {
                return false;
            }
        }

        return true;
    }

    // Whether no line break and no mark that ends a sentence or a clause lies from start to end.
    private static bool WithinOneClause(string text, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (text[k] is '\n' or '\r' or '.' or '?' or '!' or ';' or ':')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Settings of the stage.</summary>
    public static class Defaults
    {
        /// <summary>The confidence of a mention the stage adds: that of <see cref="NumericDateSpotter"/>'s.</summary>
        public const double Confidence = NumericDateSpotter.Defaults.Confidence;
    }
}
