using System.Globalization;
using System.Runtime.InteropServices;
using TestimonyNlp.Claims.Dates;
using TestimonyNlp.Entities.Lexicons;
using TestimonyNlp.Ingest;
using TestimonyNlp.Model;
using TestimonyNlp.Pipeline;
using TestimonyNlp.Text;

namespace TestimonyNlp.Entities;

/// <summary>
/// Gives each DATE mention in the testimony's sentences its resolved range as <see cref="EntityMention.Normalized"/>
/// (<c>2016-09-09</c>, <c>2016-09-01..2016-09-30</c>; null when unresolved): the mentions are resolved in text order
/// with <see cref="DateResolver"/>, each against the interview date and the event told before it
/// (<see cref="DateContext"/>). A weekday alone takes the day the next mention names when it follows within a few
/// characters and falls on that weekday ("Friday, I think the 12th of April"), the day being read as one that falls on
/// that weekday ("a Friday. The 17th"); a day placed from the interview date whose words tell no year, with a weekday
/// told just after it that it does not fall on ("the 5th of January ... a Tuesday"), moves to the nearest year before
/// the interview where it falls on that weekday, and so does a day of the month placed from the event told before, with
/// a weekday told just before it that is more than one day off ("a Friday, the 10th") or one told just after it that it
/// does not fall on ("the 6th of March, a Tuesday I think", "9 September, the Friday before the Eid"); a day or month
/// told with a whole year counted back after a comma ("the 14th of March, last year"; "November, the year before",
/// counted from the event told before), or with a year the tagger took as a mention of its own after a comma, "in",
/// "of" or "in the year" ("The 14th of January, in 2015"; with or without an interview date), is in that year, which
/// moves no context; a year told after "since" begins a
/// period and moves no context, so later days and months are not placed in it. This is the one resolution of the
/// testimony's dates; the claim builder reads it back from the mentions. Mentions outside the sentences (header
/// lines) are resolved against the interview date alone and move no context. When the header gives no interview date,
/// the one the opening lines state is used (<c>NoteDates</c>: a date line under a title, "Recorded on ...", a
/// recording month), and a mention on that line is left null. An aside's date ("my uncle died in 2012, but that is
/// another story") moves no context either, nor a distance a date is remembered by ("I am sure because my son had his
/// exam the day after"), nor a date the witness takes back ("the 14th, no, wait, it was the 13th"); a year told with a
/// life event ("my husband died in 2019") does not name the year of the months told after it, which are the
/// interview's. A year names the year of a month or day told within 200 characters after it, and a year the
/// interviewer names ("Tell me about 2015.") that of every month or day told in the answer to it, however long; after
/// an interviewer's question about "this war" ("Can we come to this war?") the dates are placed from the interview
/// date again, not from an earlier war told before. A month, season or feast without a year in a sentence that opens on
/// "before this" or "before" a name ("Before this, in February", "Before Orión there was Mariscal, in May") is the one
/// before the event told last (<see cref="DateContext.ToldBefore"/>).
/// An Eid the mention leaves unnamed is the one the words just after it name ("a week after the Eid, the big Eid":
/// Eid al-Adha); a feast or the fast tagged without the "before" or "after" just ahead of it ("last year, before
/// Ramadan" tagged as "Ramadan") is read with that word, as the days before or after it, unless a distance stands before
/// the word ("some weeks before Ramadan"); and Easter left unnamed ("the day before Easter") in a testimony about a country whose churches keep
/// the Orthodox Easter (Ukraine, Ethiopia) is that Easter. "That day" asked about after a day counted on from the
/// event ("The next day we buried him. / Were there fighters in the market that day?") is the event's day, the one the
/// count began at. In a testimony with no interview date at all, a mention
/// left unresolved whose words tell a day or month without a year keeps it as <see cref="EntityMention.Yearless"/>
/// (<see cref="YearlessDates"/>), for the claim builder and incident linking. Runs after <see cref="EntityMerger"/>,
/// before the claim stage. Thread-safe.
/// </summary>
public sealed class DateNormaliser : IPipelineStage
{
    private readonly ConflictEpisodes _episodes;

    /// <summary>Creates the stage with no episode table: a testimony with no interview date keeps its year-less
    /// dates unresolved.</summary>
    public DateNormaliser()
        : this(ConflictEpisodes.Empty)
    {
    }

    /// <summary>Creates the stage with the episodes that date a testimony giving neither an interview date nor a
    /// year: its dates are placed from the last day of the episode whose towns it names most, and a day or month that
    /// would fall in a year before the episode began is the one after the episode's end.</summary>
    public DateNormaliser(ConflictEpisodes episodes)
    {
        ArgumentNullException.ThrowIfNull(episodes);
        _episodes = episodes;
    }

    /// <inheritdoc />
    public string Name => "date-normaliser";

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var entities = document.Entities;
        var interview = document.Testimony.Metadata.InterviewDate;
        var opening = NoteDates.InOpening(document.Text, out var openingStart, out var openingEnd);
        ConflictEpisode? datingEpisode = null;
        ConflictEpisode? earlyEpisode = null;
        var earlyEnd = -1;
        if (interview is not null && (opening != interview || !InBody(document.Testimony, openingStart)))
        {
            // The date is the header's or the record's, not one the body's opening lines state.
            openingStart = openingEnd = 0;
        }

        if (interview is null)
        {
            // A header the parser did not read ("PHONE CALL NOTES" over "Ref:" and "Date:"), or a date stated in the
            // first words ("We are recording, 12 March 2023"), still dates the interview. The readers report it as
            // the interview date too, so it usually arrives here as the metadata's.
            interview = opening;

            // "Recorded in Saada city, October 2018": the end of that month stands for the day, which is near enough
            // for "last year" or "in March"; a day counted back from it ("three days ago") may be off by the month.
            if (interview is null && NoteDates.RecordedMonth(document.Text) is { } month)
            {
                interview = month.AddMonths(1).AddDays(-1);
            }

            // "The 16th of March" told by a witness of the siege of Mariupol, who names no year and was recorded on no
            // known day, is March 2022: the episode ended before the interview, and its last day is as near as the
            // table comes to it. A testimony that tells a year places the dates from that year on by it instead.
            if (interview is null && _episodes.EpisodeOf(entities) is { } episode)
            {
                earlyEnd = FirstYearTold(document, entities);
                if (earlyEnd < 0)
                {
                    interview = episode.Last;
                    datingEpisode = episode;
                }
                else
                {
                    earlyEpisode = episode;
                }
            }
        }

        var resolved = ResolveAll(document, interview, openingStart, openingEnd, datingEpisode);
        if (earlyEpisode is not null)
        {
            // "On the 2nd of March the theatre was hit ... In 2014 we had left Donetsk": the year told later is of
            // another time, and the event told before any year is still the episode's. Only the mentions before the
            // first year told are placed from the episode; the others follow the years told, as before.
            var dated = ResolveAll(document, earlyEpisode.Last, openingStart, openingEnd, earlyEpisode);
            for (var i = 0; i < earlyEnd; i++)
            {
                if (resolved[i] is not { IsResolved: true } && dated[i] is { IsResolved: true } placed)
                {
                    resolved[i] = placed;
                }
            }
        }

        // The episode's days for the claims whose words give no date: in a testimony it dates, or in one recorded after
        // the episode began ("the Wednesday" of a Tula Toli witness interviewed in November 2017 is of the clearance
        // operations, whose days the claim then holds, named as the episode).
        var dating = datingEpisode ?? earlyEpisode
            ?? (interview is { } recorded && _episodes.EpisodeOf(entities) is { } named && named.First <= recorded ? named : null);
        document.EpisodeDates = dating is null ? null : new DateRange(EpisodeText(dating), dating.First, dating.Last);
        var yearless = interview is null ? Yearless(document, openingStart, openingEnd, resolved) : null;
        for (var i = 0; i < entities.Count; i++)
        {
            if (resolved[i] is { } resolution)
            {
                entities[i] = entities[i] with { Normalized = Iso(resolution), Yearless = yearless?[i] };
            }
            else if (entities[i].Type == EntityType.Date)
            {
                // The interview's own date places no reported event, and no claim may take it.
                entities[i] = entities[i] with { Normalized = null };
            }
        }
    }

    /// <summary>The resolution of each DATE mention (null for other entities and for a mention on the opening lines
    /// that state the interview date), in text order, against <paramref name="interview"/>.</summary>
    private static DateResolution?[] ResolveAll(Document document, DateOnly? interview, int openingStart, int openingEnd,
        ConflictEpisode? episode = null)
    {
        var entities = document.Entities;
        var resolutions = new DateResolution?[entities.Count];
        var header = new DateContext(interview);
        var context = header;
        var previousEnd = int.MinValue / 2;
        var previousLifeEvent = false;
        var previousAskedYear = -1;
        DateSpan? lastMonth = null;
        var lastFromInterview = false;
        var apposedYear = -1;
        DateResolution? apposedResolution = null;
        DateSpan? countedFrom = null;
        DateSpan? takenBackDay = null;
        var countedOnEnd = -1;
        var lastMentionEnd = 0;
        bool? orthodoxEaster = null;
        for (var i = 0; i < entities.Count; i++)
        {
            var entity = entities[i];
            if (entity.Type != EntityType.Date || (entity.Start < openingEnd && entity.End > openingStart))
            {
                continue;
            }

            if (i == apposedYear)
            {
                // "the 14th of March, last year": the year the day was placed in moves no context, so the day stays
                // the event the next dates are told from.
                resolutions[i] = apposedResolution;
                continue;
            }

            if (document.SentenceAt(entity.Start) < 0)
            {
                resolutions[i] = DateResolver.Resolve(entity.Text, header);
                continue;
            }

            if (AsksOfPresentWar(document, lastMentionEnd, entity.Start))
            {
                // "Can we come to this war?": the answer tells of the war the witness lives in, up to the interview, not
                // of the earlier one told before; its months are placed from the interview date again.
                context = header;
                previousEnd = int.MinValue / 2;
                previousLifeEvent = false;
                previousAskedYear = -1;
                countedOnEnd = -1;
                lastMonth = null;
            }

            lastMentionEnd = entity.End;

            var told = context with
            {
                YearJustTold = !previousLifeEvent
                    && (entity.Start - previousEnd <= Defaults.YearContextChars || InAnswerTo(document, previousAskedYear, entity.Start)),
                PreviousJustBefore = OnlyCommaBetween(document.Text, previousEnd, entity.Start),
                ToldBefore = !DateWords.HoldsYear(entity.Text) && ToldAsBefore(document, entity.Start),
            };
            if (takenBackDay is { } replaced)
            {
                // "The 11th of May, no, the 12th": the day told in place of one taken back is of its month.
                told = told with { Previous = replaced };
                takenBackDay = null;
            }

            if (countedOnEnd >= 0 && DateWords.SaysDayTold(entity.Text) && AskedSince(document.Text, countedOnEnd, entity.Start, entity.End))
            {
                // "The next day we buried him. / Were there fighters in the market that day?": asked about after a
                // question, "that day" is the event the day counted on was counted from, not the day counted on.
                told = told with { Previous = countedFrom };
            }

            // "three days before the Eid, the big Eid": the words after the mention say which Eid; "the day before
            // Easter" told in Ukraine is the Easter of the Orthodox church.
            var words = DateWords.EidUnnamed(entity.Text) && DateWords.EidNamedAt(document.Text, entity.End) is { } which
                ? entity.Text + " " + which
                : DateWords.EasterUnnamed(entity.Text) && (orthodoxEaster ??= KeepsOrthodoxEaster(document)) ? entity.Text + " " + OrthodoxWord
                : entity.Text;
            if (CountedFromWordBefore(document.Text, entity.Start) is { } counted && DateResolver.NamesFeastAlone(entity.Text))
            {
                // "last year, before Ramadan", tagged without its "before": the days before the feast, not the feast.
                words = counted + " " + words;
            }

            var resolution = DateResolver.Resolve(words, told);
            if (episode is not null && AfterEpisode(words, told, resolution, episode) is { } after)
            {
                // "a Monday in December" told by a witness of an occupation that ended in September: the episode's last
                // day stands for the interview, and the latest December before it lies in the year before the episode
                // began; the witness tells of the December after it.
                resolution = after;
            }

            if (DateWords.OwnCalendarYear(document.Text, entity.Start, entity.End) is { } ethiopian)
            {
                // "2014 in our calendar": the Ethiopian year, from September 2021 to September 2022.
                var year = DateParse.EthiopianYear(ethiopian);
                resolution = DateResolution.Resolved(entity.Text, year, DatePrecision.Year, DateAnchor.Text);
            }

            var placedInYearTold = false;
            if (!DateWords.HoldsYear(entity.Text) && ApposedYear(document, i, interview, told.Previous) is { } apposed)
            {
                // "The 11th of June, last year", "November, the year before": the day or month is in the year the
                // words just after it name, counted back from the interview's (or the event's told before it).
                var year = DateSpan.Year(apposed.Year);
                if (DateResolver.Resolve(words, told with { Previous = year, YearJustTold = true }).TryGetSpan(out var inYear)
                    && inYear.From.Year == apposed.Year)
                {
                    resolution = DateResolution.Resolved(entity.Text, inYear, DateResolver.Classify(inYear), DateAnchor.Text);
                    placedInYearTold = true;
                    apposedYear = apposed.Index;

                    // "this year" keeps its own reading (the year up to the interview); a year counted back is the
                    // whole year, not one counted from the day told just before it.
                    var thisYear = DateResolver.Resolve(entities[apposed.Index].Text, header);
                    apposedResolution = apposed.Year == interview?.Year && thisYear.IsResolved
                        ? thisYear
                        : DateResolution.Resolved(entities[apposed.Index].Text, year, DatePrecision.Year, DateAnchor.Text);
                }
            }

            if (!resolution.IsResolved && DateResolver.DayAlone(entity.Text) is { } dayOfMonth
                && MonthToldAfter(document, i, told) is { } monthTold && dayOfMonth <= monthTold.Days)
            {
                // "The 8th, in May": the day is of the month the words just after it name.
                resolution = DateResolution.Resolved(entity.Text, DateSpan.Day(monthTold.From.AddDays(dayOfMonth - 1)), DatePrecision.Day, DateAnchor.Text);
            }
            else if (resolution.Anchor is DateAnchor.PreviousEvent or DateAnchor.InterviewDate && DateResolver.DayAlone(entity.Text) is { } dayPlaced
                && PartOfMonthToldAfter(document, i, told, dayPlaced) is { } dayInPart)
            {
                // "A Wednesday, the 2nd, early October": the day placed from the event told before is
                // of the month the words just after it name, or of the part of it that holds the day.
                resolution = DateResolution.Resolved(entity.Text, DateSpan.Day(dayInPart), DatePrecision.Day, DateAnchor.Text);
            }
            else if (!resolution.IsResolved && !lastFromInterview && DateResolver.DayAlone(entity.Text) is { } dayAlone
                && lastMonth is { } month && dayAlone <= DateTime.DaysInMonth(month.From.Year, month.From.Month) && HasDigit(entity.Text))
            {
                // "The siege began on the 6th of October ... we were back by the spring ... On the 12th": a day the wider
                // range told last cannot place is of the last month told; not after a year counted from the interview
                // ("Last year, at the harvest, on the 14th"), which tells of another time.
                resolution = DateResolution.Resolved(entity.Text, DateSpan.Day(new DateOnly(month.From.Year, month.From.Month, dayAlone)),
                    DatePrecision.Day, DateAnchor.PreviousEvent);
            }

            if (DateResolver.IsWeekdayAlone(entity.Text, out var weekday) && NextDay(document, i, told with { Weekday = weekday }) is { } day
                && (int)day.DayOfWeek == weekday)
            {
                // "Friday, the 12th of April": the weekday is the day told right after it.
                resolution = DateResolution.Resolved(entity.Text, DateSpan.Day(day), DatePrecision.Day, DateAnchor.Text);
            }
            else if (!placedInYearTold && resolution.TryGetSpan(out var resolved) && resolved.IsSingleDay && !DateWords.HoldsYear(entity.Text)
                && ToldWeekday(document, i, resolution.Anchor, resolved.From) is { } named)
            {
                // "It was the 15th, a Saturday", no month told: the month was only the interview's guess, so the day is
                // the last such day that fell on the weekday, as for "Saturday, the 15th", not the same month years back.
                // Otherwise ("On the 5th of January ... a Tuesday", "a Friday, the 10th") a day whose year was not told
                // falls in the year nearest its own where it is that weekday. A day placed from the event told before
                // moves only when it names its day of the month and the weekday is more than one day off its own: one
                // day off says more often that the day is off ("Thursday, the 19th" told of the night of the 18th).
                if (MonthOnWeekday(entity.Text, resolution, named, told) is { } onWeekday)
                {
                    resolution = onWeekday;
                }
                else if (YearOnWeekday(resolved.From, named, interview) is { } moved)
                {
                    resolution = DateResolution.Resolved(entity.Text, DateSpan.Day(moved), resolution.Precision, resolution.Anchor);
                }
            }

            resolutions[i] = resolution;
            if (DateAsides.IsTakenBack(document, entity.End))
            {
                // A day taken back still names the month of the one told in its place; a longer date ("the week
                // before Easter, no, it was the 9th") names none, and the 9th is placed as if it had not been told.
                takenBackDay = resolution.TryGetSpan(out var takenBack) && takenBack.IsSingleDay ? takenBack : null;
                continue;
            }

            if (DateAsides.FollowsSince(document.Text, entity.Start) || DateAsides.InAside(document, entity.Start)
                || DateAsides.IsMemoryReason(document, entity.Start, entity.End) || DateAsides.IsDoneBefore(document, entity.Start, entity.End)
                || DateAsides.IsVisitAfter(document, entity.Start, entity.End))
            {
                // "since 2013": where a period begins is no event the next dates are told from; nor is an aside's
                // date ("my uncle died in 2012, but that is another story"), nor the day a date is remembered by ("I am
                // sure because my son had his exam the day after"), nor a day counted back for what had been done before
                // the event ("they had left one week before"), nor a day counted on for a visit or a call after it ("I went
                // the next morning").
                continue;
            }

            if (resolution.IsResolved)
            {
                // A chain of days counted on ("the next morning ... two days later") keeps the event it began from.
                if (!DateWords.CountsFromEventTold(entity.Text))
                {
                    countedOnEnd = -1;
                }
                else if (countedOnEnd < 0 && context.Previous is not null)
                {
                    countedFrom = context.Previous;
                    countedOnEnd = entity.End;
                }
                else if (countedOnEnd >= 0)
                {
                    countedOnEnd = entity.End;
                }
            }

            context = context.After(resolution);
            if (resolution.IsResolved)
            {
                previousEnd = entity.End;
                previousLifeEvent = DateAsides.InLifeEvent(document, entity.Start);
                lastFromInterview = resolution.Anchor == DateAnchor.InterviewDate;
                if (resolution.TryGetSpan(out var placed) && placed.From.Year == placed.To.Year && placed.From.Month == placed.To.Month)
                {
                    lastMonth = placed;
                }
                previousAskedYear = AskedYear(document, entity) ? document.SentenceAt(entity.Start) : -1;
            }
        }

        return resolutions;
    }

    /// <summary>
    /// For a testimony with no interview date: the day or month each mention left unresolved tells without a year,
    /// in <see cref="YearlessDates.Year"/> (null for the others). The mentions are resolved again as if the interview
    /// had been on each of two placeholder days half a year apart; a mention that <paramref name="resolved"/> left
    /// null and that both place on the same days of the year, with no year in its words, tells its day and month
    /// ("Saturday, 12 March", "the 18th" after "March", "that night" after "the middle of October"). What the
    /// placeholder interview alone places ("yesterday", "last week") or a weekday places (which day of the month a
    /// Saturday is depends on the year) falls on other days of the year from the two and is left out.
    /// </summary>
    private static DateRange?[] Yearless(Document document, int openingStart, int openingEnd, DateResolution?[] resolved)
    {
        var entities = document.Entities;
        var late = ResolveAll(document, YearlessDates.Interview, openingStart, openingEnd);
        var early = ResolveAll(document, YearlessDates.OtherInterview, openingStart, openingEnd);
        var yearless = new DateRange?[entities.Count];
        for (var i = 0; i < entities.Count; i++)
        {
            if (resolved[i] is { IsResolved: false } && document.SentenceAt(entities[i].Start) >= 0
                && late[i] is { } placed && placed.TryGetSpan(out var span) && early[i] is { } other && other.TryGetSpan(out var otherSpan)
                && YearlessDates.SameDaysOfYear(span, otherSpan) && !DateWords.HoldsYear(entities[i].Text))
            {
                yearless[i] = new DateRange(entities[i].Text, span.From, span.To);
            }
        }

        return yearless;
    }

    // For a testimony dated by an episode: a mention placed, not by its own words, in a year before the episode began
    // (from the episode's last day, which stands for the interview date and nothing may follow, or from the event told
    // before), placed in the next year instead, after the episode's end, when its words name a day, month, season or
    // feast that the next year holds; null otherwise. Words that count from the interview ("last year", "two months
    // ago") are not moved: with no interview date they place nothing in a year told.
    private static DateResolution? AfterEpisode(string words, DateContext told, DateResolution resolution, ConflictEpisode episode)
    {
        if (resolution.Anchor == DateAnchor.Text || !resolution.TryGetSpan(out var span)
            || span.From.Year >= episode.First.Year || span.To >= episode.First)
        {
            return null;
        }

        var next = span.From.Year + 1;
        var inNext = DateResolver.Resolve(words, told with { InterviewDate = null, Previous = DateSpan.Year(next), YearJustTold = true });
        return inNext.Anchor == DateAnchor.PreviousEvent && inNext.TryGetSpan(out var moved) && moved.From.Year == next
            && moved.From > episode.Last
            ? DateResolution.Resolved(resolution.Range.Text, moved, DateResolver.Classify(moved), resolution.Anchor)
            : null;
    }

    // Whether a DATE mention holds a year (1900 to 2099).
    // The text of a date taken from an episode: its name and years ("Siege of Mariupol, 2022"), so that the years are
    // read as told, not as defaulted from the interview.
    private static string EpisodeText(ConflictEpisode episode) =>
        episode.First.Year == episode.Last.Year
            ? string.Create(CultureInfo.InvariantCulture, $"{episode.Name}, {episode.First.Year}")
            : string.Create(CultureInfo.InvariantCulture, $"{episode.Name}, {episode.First.Year} to {episode.Last.Year}");

    // Whether the words hold a digit ("the 12th"; not "the first month", whose ordinal the parser reads as a day).
    private static bool HasDigit(string words) => words.AsSpan().IndexOfAnyInRange('0', '9') >= 0;

    // The index of the first DATE mention that holds a year, or -1 when none does. A year the witness has lived or
    // worked somewhere "since" ("I have had the shop since 2009") dates no event told after it and is passed over, and
    // so is the year of a birth, a death or a marriage ("My husband died in 2018"), which gives no year to the months told
    // after it either.
    private static int FirstYearTold(Document document, List<EntityMention> entities)
    {
        var text = document.Text;
        for (var i = 0; i < entities.Count; i++)
        {
            var entity = entities[i];
            if (entity.Type == EntityType.Date && DateWords.HoldsYear(entity.Text)
                && !entity.Text.StartsWith("since ", StringComparison.OrdinalIgnoreCase) && !WordJustBefore(text, entity.Start, "since")
                && !DateAsides.InPersonalEvent(document, entity.Start))
            {
                return i;
            }
        }

        return -1;
    }

    // The countries whose churches keep Easter by the Julian computus: the Orthodox churches of Ukraine, Russia,
    // Belarus, Moldova, Georgia and Serbia, and the Ethiopian and Eritrean Orthodox Tewahedo churches.
    private static readonly string[] OrthodoxEasterCountries = ["UA", "RU", "BY", "MD", "GE", "RS", "ET", "ER"];

    // The word that makes the resolver read Easter as the Orthodox one.
    private const string OrthodoxWord = "orthodox";

    // Whether the testimony is about a country where Easter is the Orthodox one: a witness there counts "the week
    // before Easter" from the Easter the churches around keep, which falls one to five weeks after the Western one in
    // most years.
    private static bool KeepsOrthodoxEaster(Document document)
    {
        var folded = new FoldedTokens();
        folded.Fold(document.Text, CollectionsMarshal.AsSpan(document.Tokens));
        return CountryKeywords.Detect(document, folded, []).Code is { } code && Array.IndexOf(OrthodoxEasterCountries, code) >= 0;
    }

    // Whether the offset lies in the body, where a date the opening lines state is and a header line is not: the
    // header block ends before the first segment.
    private static bool InBody(Testimony testimony, int offset) =>
        !testimony.Segments.IsDefaultOrEmpty && offset >= testimony.Segments[0].Start;

    // Whether a question was asked after a mention ending at end and before the mention from start to mentionEnd: a
    // question mark between them, or one ending the mention's own sentence ("Was anyone hurt that day?").
    private static bool AskedSince(string text, int end, int start, int mentionEnd)
    {
        if (text.AsSpan(end, start - end).Contains('?'))
        {
            return true;
        }

        for (var k = mentionEnd; k < text.Length; k++)
        {
            switch (text[k])
            {
                case '?':
                    return true;
                case '.' or '!' or '\n':
                    return false;
            }
        }

        return false;
    }

    // Whether the mention is a year the interviewer names ("Tell me about 2015.", "And in 2019, at the checkpoint?"):
    // the interviewer sets the time the answer tells of.
    private static bool AskedYear(Document document, EntityMention entity)
    {
        var index = document.SentenceAt(entity.Start);
        return index >= 0 && DateWords.HoldsYear(entity.Text) && document.RoleOf(document.Sentences[index]) == SpeakerRole.Interviewer;
    }

    // Whether the offset lies in the answer to the interviewer's turn holding the sentence at index question: after
    // that turn, with no later turn of the interviewer's between. However long the answer runs, it tells of the year
    // asked about.
    private static bool InAnswerTo(Document document, int question, int offset)
    {
        var index = document.SentenceAt(offset);
        if (question < 0 || index <= question)
        {
            return false;
        }

        var sentences = document.Sentences;
        var turn = document.TurnOf(sentences[question]);
        var answered = false;
        for (var k = question + 1; k <= index; k++)
        {
            var role = document.RoleOf(sentences[k]);
            if (role == SpeakerRole.Interviewer && (turn < 0 || answered || document.TurnOf(sentences[k]) != turn))
            {
                return false;
            }

            answered |= role != SpeakerRole.Interviewer;
        }

        return answered;
    }

    // The words an interviewer turns to the present war with ("Can we come to this war?", "And in this war, since
    // October?").
    private const string PresentWar = "this war";

    // Whether an interviewer's sentence between from and to asks about "this war", not "before this war": after a
    // war told of earlier (Gaza 2014 before 2023), the months told in answer are of the war at the interview.
    private static bool AsksOfPresentWar(Document document, int from, int to)
    {
        var text = document.Text;
        var k = Math.Max(0, from);
        while (k < to)
        {
            var at = text.AsSpan(k, to - k).IndexOf(PresentWar, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return false;
            }

            var start = k + at;
            var end = start + PresentWar.Length;
            k = end;
            if ((start > 0 && char.IsLetter(text[start - 1])) || (end < text.Length && char.IsLetter(text[end])))
            {
                continue;
            }

            var sentence = document.SentenceAt(start);
            if (sentence >= 0 && document.RoleOf(document.Sentences[sentence]) == SpeakerRole.Interviewer
                && !WordJustBefore(text, start, "before"))
            {
                return true;
            }
        }

        return false;
    }

    // "before" or "after" when it is the word just before offset (spaces between) and counts no distance itself, else
    // null: a feast the tagger took without the word counting from it ("after Eid al-Fitr" tagged as "Eid al-Fitr"). A
    // distance before the word ("some weeks before Ramadan") is no open range, and is left to the feast alone.
    private static string? CountedFromWordBefore(string text, int offset)
    {
        var word = WordJustBefore(text, offset, "before") ? "before" : WordJustBefore(text, offset, "after") ? "after" : null;
        if (word is null)
        {
            return null;
        }

        var start = offset;
        while (start > 0 && text[start - 1] == ' ')
        {
            start--;
        }

        start -= word.Length;
        foreach (var unit in DistanceUnits)
        {
            if (WordJustBefore(text, start, unit))
            {
                return null;
            }
        }

        return word;
    }

    // The units a distance before "before" or "after" is counted in ("two weeks before", "days after").
    private static readonly string[] DistanceUnits = ["day", "days", "week", "weeks", "month", "months", "year", "years"];

    // Whether the word ending just before offset (spaces between) is word.
    private static bool WordJustBefore(string text, int offset, string word)
    {
        var end = offset;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var begin = end;
        while (begin > 0 && char.IsLetter(text[begin - 1]))
        {
            begin--;
        }

        return text.AsSpan(begin, end - begin).Equals(word, StringComparison.OrdinalIgnoreCase);
    }

    // Whether the words before the mention in its sentence open on a time before the event told last: "Before this,
    // in February", "Before Orión there was Mariscal, in May" (EventTold). Not when a DATE mention lies between ("Two weeks
    // before Ramadan, in May", "A few days before Eid al-Adha, in August": the "before" is that date's), nor with
    // "after" or "later" between "before" and the mention.
    private static bool ToldAsBefore(Document document, int start)
    {
        var index = document.SentenceAt(start);
        if (index < 0)
        {
            return false;
        }

        var sentenceStart = document.Sentences[index].Start;
        var opening = document.Text.AsSpan(sentenceStart, start - sentenceStart);
        var at = opening.IndexOf("before ", StringComparison.OrdinalIgnoreCase);
        if (at < 0 || (at > 0 && char.IsLetter(opening[at - 1])) || opening[..at].Trim().Length > Defaults.BeforeOpeningChars)
        {
            return false;
        }

        var rest = opening[(at + "before ".Length)..];
        var word = rest[..Math.Max(0, rest.IndexOfAny(' ', ',', '.'))];
        if (!((word.Length > 1 && char.IsUpper(word[0])) || WordList.Contains(word, EventTold))
            || rest.IndexOf("after", StringComparison.OrdinalIgnoreCase) >= 0 || rest.IndexOf("later", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return false;
        }

        // Only such a sentence is searched for a DATE mention before this one.
        foreach (var other in document.Entities)
        {
            if (other.Type == EntityType.Date && other.End > sentenceStart && other.Start < start)
            {
                return false;
            }
        }

        return true;
    }

    // Words after "before" that point back at the event told last ("before this", "before all that"); a name after it
    // ("Before Orión") is the event asked about. "Before we left", "before the elections" name another time.
    private static readonly string[] EventTold = ["this", "that", "it", "then", "all"];

    // Whether only a comma, a semicolon or a dash (and spaces) lies between two mentions.
    private static bool OnlyCommaBetween(string text, int end, int start)
    {
        if (end < 0 || start - end > Defaults.AppositionChars)
        {
            return false;
        }

        var separated = false;
        for (var k = end; k < start; k++)
        {
            var ch = text[k];
            if (ch is ',' or ';' or '-' or '\u2013' or '\u2014')
            {
                separated = true;
            }
            else if (!char.IsWhiteSpace(ch))
            {
                return false;
            }
        }

        return separated;
    }

    // The next DATE mention when only a comma (or a dash) lies between and its words name a whole year counted back
    // ("the 14th of March, last year"; "September, the year before this one"; "November, the year before", counted
    // from the event told before, and left to the resolver when none was): its index and year.
    private static (int Index, int Year)? ApposedYear(Document document, int index, DateOnly? interview, DateSpan? previous)
    {
        var entities = document.Entities;
        for (var j = index + 1; j < entities.Count; j++)
        {
            if (entities[j].Type != EntityType.Date)
            {
                continue;
            }

            // "The 14th of January, in 2015", "the 12th of August, 2022": the tagger often takes the year as a
            // mention of its own, which would place the day from the interview and date what follows by the year.
            if (DateWords.YearAlone(entities[j].Text) is { } told
                && (YearConnectorBetween(document.Text, entities[index].End, entities[j].Start)
                    || YearOpensNextSentence(document.Text, entities[index].End, entities[j].Start)))
            {
                return (j, told);
            }

            if (!OnlyCommaBetween(document.Text, entities[index].End, entities[j].Start)
                || DateWords.YearsBack(entities[j].Text, out var fromEventTold) is not { } back)
            {
                return null;
            }

            return !fromEventTold ? interview is { } at ? (j, at.Year - back) : null
                : previous is { } before ? (j, before.From.Year - back)
                : null;
        }

        return null;
    }

    // The day of the month the next DATE mention names, as a whole month or a part of one holding the day ("the 2nd, the
    // beginning of October"), joined to this one by a comma, "in" or "of" and resolved in the context of this one; null
    // otherwise.
    private static DateOnly? PartOfMonthToldAfter(Document document, int index, DateContext told, int day)
    {
        var entities = document.Entities;
        for (var j = index + 1; j < entities.Count; j++)
        {
            if (entities[j].Type != EntityType.Date)
            {
                continue;
            }

            if (!YearConnectorBetween(document.Text, entities[index].End, entities[j].Start)
                || !DateResolver.Resolve(entities[j].Text, told).TryGetSpan(out var part)
                || part.IsSingleDay || part.From.Year != part.To.Year || part.From.Month != part.To.Month
                || day > DateTime.DaysInMonth(part.From.Year, part.From.Month))
            {
                return null;
            }

            var inPart = new DateOnly(part.From.Year, part.From.Month, day);
            return part.Contains(inPart) ? inPart : null;
        }

        return null;
    }

    // The month the next DATE mention names as a whole month, joined to this one by a comma, "in" or "of" ("The 8th, in
    // May"), resolved in the context of this one; null otherwise.
    private static DateSpan? MonthToldAfter(Document document, int index, DateContext told)
    {
        var entities = document.Entities;
        for (var j = index + 1; j < entities.Count; j++)
        {
            if (entities[j].Type != EntityType.Date)
            {
                continue;
            }

            if (!YearConnectorBetween(document.Text, entities[index].End, entities[j].Start)
                || !DateResolver.Resolve(entities[j].Text, told).TryGetSpan(out var month)
                || month.From.Day != 1 || month.To != month.From.AddMonths(1).AddDays(-1))
            {
                return null;
            }

            return month;
        }

        return null;
    }

    // True when the text between two mentions joins a year told after a day or month: a comma ("the 12th of August,
    // 2022"), or "in", "of" or "in the year" with or without one ("The 14th of January, in 2015", "late January of
    // 2022"), and nothing else.
    private static bool YearConnectorBetween(string text, int end, int start)
    {
        if (end < 0 || start - end > Defaults.YearConnectorChars)
        {
            return false;
        }

        var between = text.AsSpan(end, start - end).Trim();
        var comma = between.StartsWith(",");
        if (comma)
        {
            between = between[1..].TrimStart();
        }

        return between.IsEmpty ? comma
            : between.Equals("in", StringComparison.OrdinalIgnoreCase)
            || between.Equals("of", StringComparison.OrdinalIgnoreCase)
            || between.Equals("in the year", StringComparison.OrdinalIgnoreCase);
    }

    // True when the year opens the sentence right after the mention, alone or after "the year": "They took him in
    // September. The year 2019.", "It was after the taraweeh. 2018, yes.". Not after "in" ("the 3rd. In 2019 the camp
    // ..."): a sentence that opens on "In 2019" tells of that year, not of the day before it.
    private static bool YearOpensNextSentence(string text, int end, int start)
    {
        if (end < 0 || start - end > Defaults.YearConnectorChars)
        {
            return false;
        }

        var between = text.AsSpan(end, start - end).Trim();
        if (between.IsEmpty || between[0] != '.')
        {
            return false;
        }

        between = between[1..].TrimStart();
        return between.IsEmpty || between.Equals("the year", StringComparison.OrdinalIgnoreCase);
    }

    // The weekday told with a one-day mention that the day does not fall on (0 Sunday to 6 Saturday), or null: for a
    // day placed from the interview, a weekday told just after it; for a day placed from the event told before that
    // names its day of the month ("the 6th of March", "the 10th"; not "two days later"), a weekday told just before it
    // ("a Friday, the 10th") when it is more than one day off the day's own, or else one told just after it that the day
    // does not fall on ("the 6th of March, a Tuesday"; one day off moves the day a year at most). The weekday may be
    // told with what places it ("9 September, the Friday before the Eid", "a Sunday in Ramadan":
    // DateResolver.NamesWeekday).
    private static int? ToldWeekday(Document document, int index, DateAnchor anchor, DateOnly day)
    {
        var own = (int)day.DayOfWeek;
        if (anchor == DateAnchor.InterviewDate)
        {
            return NextWeekday(document, index) is { } after && after != own ? after : null;
        }

        if (!DateResolver.NamesDayOfMonth(document.Entities[index].Text))
        {
            return null;
        }

        if (WeekdayJustBefore(document, index) is { } before)
        {
            return ((before - own + 7) % 7) is not (0 or 1 or 6) ? before : null;
        }

        // A weekday told after the day checks it ("the 6th of March, a Tuesday I think"): one day off says the year
        // is off as surely as more, as for a day placed from the interview. Told before the day, one day off more
        // often names the day a night ran into ("Thursday, the 19th" told of the small hours of the 19th).
        return NextWeekday(document, index) is { } checkedBy && checkedBy != own ? checkedBy : null;
    }

    // The weekday (0 Sunday to 6 Saturday) that the DATE mention just before names, when it ends within a few
    // characters ("a Friday, the 10th"); null otherwise.
    private static int? WeekdayJustBefore(Document document, int index) =>
        PreviousDate(document, index) is { } previous && document.Entities[index].Start - previous.End <= Defaults.WeekdayDayChars
        && DateResolver.NamesWeekday(previous.Text, out var weekday)
            ? weekday
            : null;

    // The weekday (0 Sunday to 6 Saturday) that the next DATE mention names, when it follows within a few
    // characters ("the 5th of January. A Tuesday.", "9 September, the Friday before the Eid") and is not denied ("the
    // 2nd of September, not the Sunday": the day stands, the weekday others gave is set aside); null otherwise.
    private static int? NextWeekday(Document document, int index) =>
        NextDate(document, index) is { } next && next.Start - document.Entities[index].End <= Defaults.DayWeekdayChars
        && DateResolver.NamesWeekday(next.Text, out var weekday)
        && !EndsWithNot(document.Text.AsSpan(document.Entities[index].End, next.Start - document.Entities[index].End))
            ? weekday
            : null;

    // True when the last word of text is "not".
    private static bool EndsWithNot(ReadOnlySpan<char> text)
    {
        var trimmed = text.TrimEnd();
        return trimmed.EndsWith("not", StringComparison.OrdinalIgnoreCase)
            && (trimmed.Length == 3 || !char.IsLetter(trimmed[^4]));
    }

    // A day of the month told alone and placed from the interview, read again with the weekday told after it, when
    // that gives one day that falls on it; null otherwise.
    private static DateResolution? MonthOnWeekday(string text, DateResolution resolution, int weekday, DateContext told) =>
        resolution.Anchor == DateAnchor.InterviewDate && DateResolver.DayAlone(text) is not null
        && DateResolver.Resolve(text, told with { Weekday = weekday }) is var again
        && again.TryGetSpan(out var span) && span.IsSingleDay && (int)span.From.DayOfWeek == weekday
            ? again
            : null;

    // The same day and month in the nearest year to the day's own, a few years either way, that falls on the
    // weekday and not after the interview; the earlier year on a tie; null when none does.
    private static DateOnly? YearOnWeekday(DateOnly day, int weekday, DateOnly? interview)
    {
        // A weekday one off the day's may say the day is one off ("the night of the 18th", a Thursday, told of the
        // small hours of the 19th) as well as the year: only the year just before or after is surer than that.
        var apart = ((weekday - (int)day.DayOfWeek) + 7) % 7;
        var most = apart is 1 or 6 ? 1 : Defaults.WeekdayYearsAround;
        for (var k = 1; k <= most; k++)
        {
            foreach (var sign in (ReadOnlySpan<int>)[-1, 1])
            {
                var year = day.Year + (sign * k);
                if (year < DateResolver.Defaults.MinYear || year > DateResolver.Defaults.MaxYear
                    || (day.Month == 2 && day.Day == 29 && !DateTime.IsLeapYear(year)))
                {
                    continue;
                }

                var moved = new DateOnly(year, day.Month, day.Day);
                if ((int)moved.DayOfWeek == weekday && (interview is null || moved <= interview))
                {
                    return moved;
                }
            }
        }

        return null;
    }

    // The day the next DATE mention names, when it follows within a few characters and names one day.
    private static DateOnly? NextDay(Document document, int index, DateContext context) =>
        NextDate(document, index) is { } next && next.Start - document.Entities[index].End <= Defaults.WeekdayDayChars
        && DateResolver.Resolve(next.Text, context).TryGetSpan(out var span) && span.IsSingleDay
            ? span.From
            : null;

    // The last DATE mention before the entity at index, or null.
    private static EntityMention? PreviousDate(Document document, int index)
    {
        var entities = document.Entities;
        for (var j = index - 1; j >= 0; j--)
        {
            if (entities[j].Type == EntityType.Date)
            {
                return entities[j];
            }
        }

        return null;
    }

    // The first DATE mention after the entity at index, or null.
    private static EntityMention? NextDate(Document document, int index)
    {
        var entities = document.Entities;
        for (var j = index + 1; j < entities.Count; j++)
        {
            if (entities[j].Type == EntityType.Date)
            {
                return entities[j];
            }
        }

        return null;
    }

    /// <summary>The resolved range of a DATE mention this stage normalised, or null when it was left unresolved or
    /// its value is not one this stage writes.</summary>
    public static DateSpan? SpanOf(EntityMention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        return mention.Type == EntityType.Date && mention.Normalized is { } text && DateSpan.TryParseIso(text, out var span)
            ? span
            : null;
    }

    private static string? Iso(DateResolution resolution) => resolution.TryGetSpan(out var span) ? span.ToIso() : null;

    /// <summary>Default settings.</summary>
    public static class Defaults
    {
        /// <summary>How far before a date mention, in characters, a whole year told still names its year.</summary>
        public const int YearContextChars = 200;

        /// <summary>Most characters that may open a sentence before the "before" that puts a month told in it before the
        /// event told last ("Yes, before that, in April", "And before this, in February").</summary>
        public const int BeforeOpeningChars = 12;

        /// <summary>How far after a weekday alone, in characters, a mention naming one day still names its day
        /// ("Friday, I think the 12th").</summary>
        public const int WeekdayDayChars = 30;

        /// <summary>Most characters between two mentions that say the same day twice ("on the 16th, two weeks
        /// after ...").</summary>
        public const int AppositionChars = 4;

        /// <summary>Most characters between a day or month and the year told after it (", in the year ").</summary>
        public const int YearConnectorChars = 14;

        /// <summary>How far after a day, in characters, a weekday alone still names that day's weekday ("the 5th of
        /// January. A Tuesday.").</summary>
        public const int DayWeekdayChars = 60;

        /// <summary>How many years either way a day whose year was not told may move to fall on the weekday told
        /// after it: within this, each weekday comes round for every day and month.</summary>
        public const int WeekdayYearsAround = 6;
    }
}
