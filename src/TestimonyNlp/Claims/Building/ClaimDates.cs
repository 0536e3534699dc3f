using System.Buffers;
using TestimonyNlp.Claims.Dates;
using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Building;

/// <summary>
/// Which date a claim takes: the first resolved DATE mention of its evidence that says its year (unless it only says
/// again the year of the evidence's date told just before it, "A Sunday in March, 2021": <see cref="RestatesWider"/>),
/// else the first resolved one (passing over a part of a day when a day or month follows it there, and a time counted
/// on when a day of the calendar follows it: "Two weeks later, on the 6th of March"; of a flight, passing over a date
/// told of coming back: "and came back at the end of November"), either told more closely by the date
/// just after it ("In 2016, in the autumn": <see cref="Narrowed"/>), else the date of the event being
/// told (the last resolved mention before the evidence, not an aside's nor the day a date is remembered by, nor a wider
/// date saying the last one's year or season again: <see cref="RestatesWider"/>), else a
/// date given later in the same answer. A disappearance passes over dates counted on from the event ("two weeks
/// later", "after a month"): it is dated by the day the person was last seen, and what came after is the waiting; for
/// the same reason a disappearance told after a taking, dated later than it, takes the taking's date
/// (<see cref="FollowTakings"/>).
/// </summary>
internal static class ClaimDates
{
    /// <summary>Tuning constants, with where their values came from.</summary>
    public static class Defaults
    {
        /// <summary>The most characters between the end of a taking's evidence and the start of the disappearance
        /// told after it for the disappearance to take the taking's date. Out of fold (the fold models), of the
        /// disappearances dated later than the taking told just before them (not counted on), 11 within 300 characters
        /// take gold's date from the taking against 3 that had it, 15 against 6 within 600, 15 against 7 within 1,000;
        /// scored, 300 gained 8 claim dates and 600 gained 9 (models/README.md, "Claim dates").</summary>
        public const int TakingGap = 600;
    }

    /// <summary>Gives a disappearance dated after the taking told before it the taking's date: the last detention
    /// before it ends at most <see cref="Defaults.TakingGap"/> characters before it, is the claim just before it
    /// when the disappearance's evidence tells its own date, and is dated by a mention not counted on from an event
    /// ("They took him at the checkpoint in May. ... A man released in 2014 said he saw him."). The person was last
    /// seen when taken; a detention dated "two weeks later" is itself a waiting, and passes nothing on.</summary>
    /// <param name="drafts">The document's claims in text order (by their first evidence offset).</param>
    public static void FollowTakings(IReadOnlyList<ClaimDraft> drafts)
    {
        for (var i = 1; i < drafts.Count; i++)
        {
            var missing = drafts[i];
            if (missing.Harm != Harm.Missing || missing.Date is not { } later)
            {
                continue;
            }

            // A date told in the disappearance's evidence yields only to the claim just before it; a carried one to the
            // last taking, past claims told between ("they took him and beat his brother").
            var j = i - 1;
            while (j > 0 && drafts[j].Harm != Harm.Detained && !missing.DateInEvidence)
            {
                j--;
            }

            var taking = drafts[j];
            if (taking.Harm == Harm.Detained && taking.Date is { } day && !taking.DateCountedOn && later.From > day.To
                && missing.First - taking.Last <= Defaults.TakingGap)
            {
                missing.Date = day;
            }
        }
    }

    /// <summary>The date of the claim whose evidence runs from <paramref name="start"/> to <paramref name="end"/>, and
    /// whether the evidence itself gives it.</summary>
    /// <param name="layout">The document's layout, with its DATE mentions resolved in text order.</param>
    /// <param name="start">Start offset of the evidence.</param>
    /// <param name="end">End offset (exclusive) of the evidence.</param>
    /// <param name="harm">The claim's harm.</param>
    /// <returns>The date, whether the evidence gives it, and whether its mention counts on from an event ("two weeks
    /// later", <see cref="DateWords.MovesOn"/>).</returns>
    public static (DateRange? Date, bool InEvidence, bool CountedOn) Choose(DocumentLayout layout, int start, int end, Harm harm)
    {
        var (date, inEvidence, entity) = Choose(layout, layout.Dates, start, end, harm);
        return (date, inEvidence, entity is not null && DateWords.MovesOn(entity.Text));
    }

    /// <summary>The day or month, told without a year, that the claim whose evidence runs from
    /// <paramref name="start"/> to <paramref name="end"/> would take were its year known
    /// (<see cref="EntityMention.Yearless"/>, in <see cref="YearlessDates.Year"/>), or null: the mention
    /// <see cref="Choose(DocumentLayout, int, int, Harm)"/> would choose among the year-less ones as well as the resolved
    /// ones, when it is a year-less one. Only for a claim that has no date.</summary>
    public static DateRange? ChooseYearless(DocumentLayout layout, int start, int end, Harm harm)
    {
        if (!layout.HasYearless)
        {
            return null;
        }

        var dates = layout.Dates
            .Select(d => d.Entity.Yearless is { From: { } from, To: { } to } yearless && !d.Resolution.IsResolved
                ? (d.Entity, DateResolution.Resolved(yearless.Text, new DateSpan(from, to), DateResolver.Classify(new DateSpan(from, to)), DateAnchor.Text))
                : d)
            .ToList();
        var (date, _, entity) = Choose(layout, dates, start, end, harm);
        // A mention has a year-less range only when it was left unresolved, so the choice is a year-less one exactly when
        // its mention has one.
        return date is not null && entity?.Yearless is not null ? date : null;
    }

    // The dates are the layout's or the same mentions, at the same indices, with other resolutions: each mention's
    // words are asked of the layout by index (DocumentLayout.TraitsOfDate).
    private static (DateRange? Date, bool InEvidence, EntityMention? Entity) Choose(
        DocumentLayout layout, IReadOnlyList<(EntityMention Entity, DateResolution Resolution)> dates, int start, int end, Harm harm)
    {
        DateRange? current = null;
        EntityMention? currentEntity = null;
        DateRange? own = null;
        EntityMention? ownEntity = null;
        var ownPartOfDay = false;
        var ownCountedOn = false;
        var turn = layout.Turn(layout.SentenceOf(start));
        var ownIndex = -1;
        for (var index = 0; index < dates.Count; index++)
        {
            var (entity, resolution) = dates[index];
            if (harm == Harm.Missing && entity.Start < end && layout.TraitsOfDate(index).HasFlag(DateTraits.MovesOn))
            {
                // "They took him on the 3rd. ... Two weeks later we went to the base. Since then, nothing."
                continue;
            }

            if (own is not null && entity.Start >= end)
            {
                return Narrowed(layout.Document.Text, dates, ownIndex, end);
            }

            if (entity.Start >= end)
            {
                // Nothing told before: a date given later in the same answer ("... they died. It was in March 2017.")
                if (current is null && resolution.IsResolved && layout.Turn(layout.SentenceOf(entity.Start)) == turn)
                {
                    return (resolution.Range, false, entity);
                }

                if (current is not null || layout.Turn(layout.SentenceOf(entity.Start)) != turn)
                {
                    break;
                }

                continue;
            }

            if (entity.Start >= start && resolution.IsResolved)
            {
                if (layout.TraitsOfDate(index).HasFlag(DateTraits.TakenBack))
                {
                    // "On the 14th, no, wait, it was the 13th, the shell hit the school": the date told in its place
                    continue;
                }

                if (harm == Harm.Displaced && TellsReturn(layout.Document.Text, entity))
                {
                    // "They went to Baku for a month and came back at the end of November": the day the family came
                    // home, not the day it fled
                    continue;
                }

                if (harm == Harm.Killed && layout.TraitsOfDate(index).HasFlag(DateTraits.ToldAfter))
                {
                    // "We heard on the radio the next day that he had died": the day the death was learnt of, or the dead
                    // buried, not the day of the killing
                    continue;
                }

                // "In April ... it was June 2015 when the school was hit": a date that says its year is surer than one
                // placed from the context, which may be another event's.
                if (DateWords.HoldsYear(entity.Text))
                {
                    var narrowed = Narrowed(layout.Document.Text, dates, index, end);
                    if (narrowed.Entity == entity && ownIndex == index - 1
                        && RestatesWider(layout.Document.Text, ownEntity, own, entity, resolution.Range))
                    {
                        // "A Sunday in March, 2021", "November 2021" tagged as two mentions: the year says the year of
                        // the date just told again, and the closer date stays the event's ("March, 2021, on the 5th"
                        // still takes the 5th).
                        continue;
                    }

                    return narrowed;
                }

                if (own is null)
                {
                    own = resolution.Range;
                    ownEntity = entity;
                    ownIndex = index;
                    ownPartOfDay = DateWords.PartOfDayOnly(entity.Text);
                    ownCountedOn = DateWords.MovesOn(entity.Text);
                }
                else if ((ownPartOfDay && !DateWords.PartOfDayOnly(entity.Text) && !DateWords.MovesOn(entity.Text))
                         || (ownCountedOn && DateWords.NamesCalendarDay(entity.Text)))
                {
                    // "One night, at the end of June, the planes came": the part of a day leans on the date told before
                    // the evidence, which may be another event's; the date after it names the event's own. So does a day
                    // of the calendar after a time counted on ("Two weeks later, on the 6th of March, the planes came back"):
                    // the count is the witness's reckoning, the day the event's.
                    own = resolution.Range;
                    ownEntity = entity;
                    ownIndex = index;
                    ownPartOfDay = false;
                    ownCountedOn = false;
                }

                continue;
            }

            if (entity.End <= start && resolution.IsResolved && !layout.TraitsOfDate(index).HasFlag(DateTraits.Background)
                && !AnswersAskedOfEarlier(layout, entity.Start, start))
            {
                // Nor the day a date is remembered by ("I know because it was the day before the school trip"): it is
                // read from the day just told, a day off it; nor the day of what had been done before the event ("the
                // flour had come the day before"); nor the day the dead were heard of or buried ("we buried them the next
                // morning"), nor the day of a visit or a call after the event ("I went the next morning"), which would date
                // the claims after it a day or more late.
                if (!RestatesWider(layout.Document.Text, currentEntity, current, entity, resolution.Range))
                {
                    current = resolution.Range;
                    currentEntity = entity;
                }
            }
        }

        return own is not null ? Narrowed(layout.Document.Text, dates, ownIndex, end) : (current, false, currentEntity);
    }

    /// <summary>True when the DATE mention at <paramref name="dateStart"/> lies in another answer than the evidence
    /// starting at <paramref name="claimStart"/>, an answer to a question asking of an earlier time ("Was the market shelled
    /// before?" / "In March, yes, once."; <see cref="DateAsides.AsksOfEarlierTime"/>): that date is of an earlier
    /// event the witness was asked about, and the questions after it return to the story, so a claim two or more answers
    /// later does not carry it. The answer right after it is a follow-up on that event ("What happened there?") and
    /// still does (out of fold 3 claims to gold's date, none away; models/README.md, "Claim dates").</summary>
    private static bool AnswersAskedOfEarlier(DocumentLayout layout, int dateStart, int claimStart)
    {
        var sentence = layout.SentenceOf(dateStart);
        var answer = layout.Answer(sentence);
        var claimAnswer = layout.Answer(layout.SentenceOf(claimStart));
        if (answer < 0 || answer == claimAnswer || claimAnswer == NextAnswer(layout, sentence, answer))
        {
            return false;
        }

        var question = sentence - 1;
        while (question >= 0 && layout.Answer(question) == answer)
        {
            question--;
        }

        if (question < 0 || layout.IsSpeech(question))
        {
            return false;
        }

        var span = layout.Document.Sentences[question];
        return DateAsides.AsksOfEarlierTime(layout.Document.Text.AsSpan(span.Start, span.End - span.Start));
    }

    /// <summary>The witness's answer after <paramref name="answer"/>, which holds sentence <paramref name="sentence"/>;
    /// -1 for none.</summary>
    private static int NextAnswer(DocumentLayout layout, int sentence, int answer)
    {
        for (var next = sentence + 1; next < layout.Document.Sentences.Count; next++)
        {
            var nextAnswer = layout.Answer(next);
            if (nextAnswer >= 0 && nextAnswer != answer && layout.IsSpeech(next))
            {
                return nextAnswer;
            }
        }

        return -1;
    }

    // Words that may stand after the comma between a date and the narrower one that tells it more closely ("In 2016,
    // in the autumn", "October, maybe the 20th", "a Sunday in February, I think the 11th"). Not "before" or "after":
    // "last year, before Ramadan" tells another range. Out of fold the rule moves 49 claims to gold's date and 4 off it
    // (a weekday alone after a week, a day read from "the first month"; models/README.md, "Claim dates").
    private static readonly string[] NarrowingWords = ["in", "on", "at", "maybe", "perhaps", "probably", "i", "he", "she", "they", "we", "think", "thinks", "it", "was"];

    /// <summary>The evidence's date chosen at <paramref name="index"/>, or the narrower one told right after it in the
    /// evidence, joined by a comma and at most a hedge ("In 2016, in the autumn, they came"; "It was October, maybe the
    /// 20th"): the second tells the first more closely, and gold dates the event by it (models/README.md, "Claim
    /// dates"). Repeated down a chain ("2016, in October, the 20th"); not to a date counted on ("October, one week after
    /// Mawlid").</summary>
    private static (DateRange? Date, bool InEvidence, EntityMention? Entity) Narrowed(
        string text, IReadOnlyList<(EntityMention Entity, DateResolution Resolution)> dates, int index, int end)
    {
        var (entity, resolution) = dates[index];
        while (index + 1 < dates.Count)
        {
            var (next, nextResolution) = dates[index + 1];
            if (next.Start >= end || !nextResolution.IsResolved || !Holds(resolution.Range, nextResolution.Range)
                || DateWords.MovesOn(next.Text) || !JoinsNarrower(text, entity.End, next.Start))
            {
                break;
            }

            (entity, resolution) = (next, nextResolution);
            index++;
        }

        return (resolution.Range, true, entity);
    }

    // Words of coming home again after a flight.
    private static readonly string[] ReturnWords = ["came back", "come back", "comes back", "returned", "went back", "go back", "back home"];

    // Whether the clause of the DATE mention (between the commas, semicolons or sentence ends around it) tells a
    // return: "We came back only in April 2016", "In 2018 they went back up to Razeh".
    private static bool TellsReturn(string text, EntityMention date)
    {
        var from = text.AsSpan(0, date.Start).LastIndexOfAny(ClauseEnds) + 1;
        var after = text.AsSpan(date.End).IndexOfAny(ClauseEnds);
        var clause = text.AsSpan(from, (after < 0 ? text.Length : date.End + after) - from);
        foreach (var words in ReturnWords)
        {
            if (clause.Contains(words, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly SearchValues<char> ClauseEnds = SearchValues.Create(",;.?!\n");

    /// <summary>True when <paramref name="wide"/> holds all of <paramref name="narrow"/> and more.</summary>
    private static bool Holds(DateRange wide, DateRange narrow) =>
        wide.From is { } wideFrom && wide.To is { } wideTo && narrow.From is { } from && narrow.To is { } to
        && from >= wideFrom && to <= wideTo && (from != wideFrom || to != wideTo);

    // Words that may stand between a date and the wider one told right after it ("the 12th of August, 2022", "late
    // January of 2022", "the month of Saratan, in summer"). Out of fold the rule moves 14 carried dates to gold's and 1
    // off it (models/README.md, "Claim dates").
    private static readonly string[] WideningWords = ["in", "of", "the", "year"];

    /// <summary>True when <paramref name="wide"/>, told right after the date carried so far and joined to it by a comma,
    /// "in" or "of", holds it ("The 12th of August, 2022"; "the month of Saratan, in summer"): it says the year or
    /// season of that date again, and the closer date stays the event's. Not after a weekday alone or a part of a day
    /// ("A Tuesday, in March"), which are placed from the date before them.</summary>
    private static bool RestatesWider(string text, EntityMention? narrowEntity, DateRange? narrow, EntityMention wideEntity, DateRange wide) =>
        narrowEntity is not null && narrow is not null && Holds(wide, narrow) && narrowEntity.End <= wideEntity.Start
        && !DateWords.PartOfDayOnly(narrowEntity.Text) && !DateResolver.IsWeekdayAlone(narrowEntity.Text, out _)
        && Joins(text, narrowEntity.End, wideEntity.Start, WideningWords, commaFirst: false);

    /// <summary>True when the text from <paramref name="from"/> to <paramref name="to"/> is a comma followed by nothing
    /// but <see cref="NarrowingWords"/>, spaces and quotation marks.</summary>
    private static bool JoinsNarrower(string text, int from, int to) => Joins(text, from, to, NarrowingWords, commaFirst: true);

    /// <summary>True when the text from <paramref name="from"/> to <paramref name="to"/> holds nothing but
    /// <paramref name="words"/>, spaces, quotation marks and a comma (first, when <paramref name="commaFirst"/>).</summary>
    private static bool Joins(string text, int from, int to, string[] words, bool commaFirst)
    {
        var gap = text.AsSpan(from, to - from).TrimStart();
        if (gap.Length > 0 && gap[0] == ',')
        {
            gap = gap[1..];
        }
        else if (commaFirst)
        {
            return false;
        }

        while (!gap.IsEmpty)
        {
            if (char.IsWhiteSpace(gap[0]) || gap[0] is '"' or '\u201C' or '\u201D')
            {
                gap = gap[1..];
                continue;
            }

            var length = 0;
            while (length < gap.Length && char.IsLetter(gap[length]))
            {
                length++;
            }

            if (length == 0 || !WordList.Contains(gap[..length], words))
            {
                return false;
            }

            gap = gap[length..];
        }

        return true;
    }
}
