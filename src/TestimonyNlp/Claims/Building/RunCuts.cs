using TestimonyNlp.Claims.Counts;
using TestimonyNlp.Claims.Dates;
using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Building;

/// <summary>
/// Where a run of sentences asserting one harm is cut into two claims, and where two mentions of one harm are kept
/// apart: a sentence of damage opening on other property ("And the shops on both sides ..."), another place ("And in
/// Homs, ...") or, into the run, someone's own property ("Our house, the roof was down."); a flight's sentence opening
/// on a crowd after the speaker's own party, or the other way; a sentence of any harm but a flight opening on a span of
/// time gone by ("Three days later ...") or naming one more attack ("another shell"); and, between two mentions, a date away from the earlier
/// one's, "again" or a span of time gone by ("N hours later"). A sentence opening with a hedged second figure ("Maybe
/// fifteen") goes on with the toll before it and cuts nothing.
/// </summary>
internal static class RunCuts
{
    /// <summary>Words of a detention's holding place or keeping ("they kept him", "in the prison").</summary>
    private static readonly string[] HoldingWords = ["kept", "keep", "held", "hold", "prison", "jail", "cell", "basement", "detained"];

    /// <summary>Units of a stay counted in a detention ("nineteen days", "four months").</summary>
    private static readonly string[] StayUnits = ["day", "days", "week", "weeks", "month", "months", "year", "years"];

    /// <summary>Property damaged one at a time: a house, a shop, a vehicle. The second line (a well, trees, an olive
    /// press, a tractor ...) is what the damage runs merged out of fold opened on where gold told them apart; with it and
    /// the six-word opening, out of fold damage claims went from 910 right and 212 false to 919 and 213.</summary>
    internal static readonly string[] PropertyNouns = ["house", "houses", "home", "flat", "apartment", "shop", "shops", "store", "stores", "bakery", "mill", "pharmacy",
        "school", "mosque", "church", "clinic", "hospital", "market", "workshop", "factory", "warehouse", "building", "buildings", "car", "cars",
        "truck", "boat", "boats", "tent", "tents", "farm", "kiosk", "restaurant", "garage", "office", "compound",
        "well", "trees", "press", "tractor", "kitchen", "hotel", "station", "van", "pickup", "motorbike", "granaries", "silos", "hangar", "stalls", "cranes", "bridge"];

    /// <summary>Words that open a sentence on a crowd of people.</summary>
    private static readonly string[] CrowdWords = ["everybody", "everyone", "many", "thousands", "hundreds", "people", "families"];

    /// <summary>Words that open a sentence on the speaker or their own party.</summary>
    private static readonly string[] SpeakerWords = ["i", "me", "we", "my", "our", "us"];

    /// <summary>Words that join a sentence to the one before, passed over to find what it opens on.</summary>
    private static readonly string[] Connectives = ["and", "then", "so", "but"];

    /// <summary>Units of time gone by before "later" ("one hour later", "two days later").</summary>
    private static readonly string[] TimeUnits = ["minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years"];

    /// <summary>Prepositions before a place that open a sentence on damage elsewhere ("And in Harasta, ...").</summary>
    private static readonly string[] PlacePrepositions = ["in", "at"];

    /// <summary>Sources that give a toll of their own: media, officials and lists ("The radio said seventeen", "the
    /// ministry said", "104 names on the list"). In the gold claims of the train transcripts, a sentence with a figure
    /// and one of these words, right after a sentence of a killing claim, starts a claim of its own 27 times, goes on
    /// with the claim before 11 times and is no claim 7 times.</summary>
    private static readonly string[] SourceWords = ["radio", "television", "tv", "news", "ministry", "government", "list", "lists", "municipality",
        "council", "administration", "channel", "newspaper", "facebook", "telegram", "bbc", "authorities", "officials"];

    /// <summary>Verbs after "people" that make them the source of a figure ("people in the camp said eleven"). In the
    /// same count, such a figure starts a claim of its own 28 times, goes on with the claim before 13 times and is no
    /// claim 6 times.</summary>
    private static readonly string[] SayingWords = ["said", "say", "says", "told"];

    /// <summary>Words before "people" that give a figure as another estimate of the toll before it rather than a
    /// toll of its own ("some people say three", "other people told us five"). Passing over these and figures no larger
    /// than the toll before took out of fold killings from 1,146 right and 188 false to 1,144 and 186.</summary>
    private static readonly string[] SomeWords = ["some", "other"];

    /// <summary>Settings of the cuts.</summary>
    public static class Defaults
    {
        /// <summary>Words after the "And" or "Also" opening a sentence searched for other property ("And the old olive
        /// press of the Barakeh family"). Four until this round; six, with the longer noun list, took damage claims out
        /// of fold from 910 right and 212 false to 919 and 213 (with four, 914 and 213).</summary>
        public const int PropertyOpening = 6;

        /// <summary>Fewest sentences of a damage run without a figure before a sentence with its own ("The planes hit
        /// the market. The roof of the mosque fell. Five shops near it burned.") cuts it, as a figure after a figure does
        /// for every harm: out of fold, damage claims went from 919 right and 213 false to 928 and 217; with 1, 936 and
        /// 260; with 3, 922 and 213.</summary>
        public const int CountedDamageAfter = 2;

        /// <summary>Fewest sentences of a damage run before a sentence opening on someone's own property cuts it ("Half
        /// of the district was on the ground. The air strikes, in December. Our house, the roof was down."): after one
        /// sentence ("I ran. Our house was not there.", "All burned. Our house, the granaries ...") the lead is of the
        /// same damage. With 1, out of fold with gold sentences, damage claims gained 5 right and 21 spurious.</summary>
        public const int OwnPropertyAfter = 2;

        /// <summary>Most days a date told between two mentions of one harm may lie from the earlier mention's date
        /// and still let them merge (one event told over a night and the next morning).</summary>
        public const int MergeDateGapDays = 1;
    }

    /// <summary>A sentence opening on other property ("And the shops on both sides ...", "Also the mill of Berhe ...")
    /// or on another place ("And in Harasta, ..."): damage told for one house, shop or car at a time is one claim each.
    /// The place opening took one false pair within one testimony away out of fold, one damage claim right more.</summary>
    public static bool OpensOtherProperty(DocumentLayout layout, int sentence)
    {
        var document = layout.Document;
        var first = document.Sentences[sentence].FirstToken;
        var stop = Math.Min(first + document.Sentences[sentence].TokenCount, first + Defaults.PropertyOpening + 1);
        var word = document.Tokens[first].Span(document.Text);
        if (!word.Equals("and", StringComparison.OrdinalIgnoreCase) && !word.Equals("also", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        for (var t = first + 1; t < stop; t++)
        {
            if (WordList.Contains(document.Tokens[t].Span(document.Text), PropertyNouns))
            {
                return true;
            }
        }

        // "And in Harasta, the fire burned three houses": damage elsewhere.
        if (first + 2 < stop && WordList.Contains(document.Tokens[first + 1].Span(document.Text), PlacePrepositions))
        {
            var placeStart = document.Tokens[first + 2].Start;
            if (layout.EntityAt(placeStart) is { Type: EntityType.Place } place && place.Start == placeStart)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A sentence opening on property of the speaker's or of someone's own that the run has not named ("Our
    /// house, the roof was down." after a district's damage; "My own flat ..." after a school's): a district's damage
    /// and a house's, told in one breath, are two claims and most often two incidents.</summary>
    public static bool OpensOwnProperty(DocumentLayout layout, int start, int sentence)
    {
        if (sentence - start < Defaults.OwnPropertyAfter)
        {
            return false;
        }

        var document = layout.Document;
        var first = document.Sentences[sentence].FirstToken;
        var end = first + document.Sentences[sentence].TokenCount;
        if (!WordList.Contains(document.Tokens[first].Span(document.Text), EvidenceWords.Possessives))
        {
            return false;
        }

        var noun = first + 1;
        if (noun < end && document.Tokens[noun].Span(document.Text).Equals("own", StringComparison.OrdinalIgnoreCase))
        {
            noun++;
        }

        if (noun >= end || !WordList.Contains(document.Tokens[noun].Span(document.Text), PropertyNouns))
        {
            return false;
        }

        var named = document.Tokens[noun].Span(document.Text);
        var runEnd = document.Sentences[sentence].FirstToken;
        for (var t = document.Sentences[start].FirstToken; t < runEnd; t++)
        {
            if (document.Tokens[t].Span(document.Text).Equals(named, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A flight told of a crowd after one of the speaker's own party, or the other way ("Everybody went to the
    /// border. Me, with my wife, we slept under a tree."): a town's exodus and a family's flight are two claims, most
    /// often two incidents. The party is read from the opening word of the sentence and of the nearest sentence of the
    /// run before it that opens on one.</summary>
    public static bool ChangesParty(DocumentLayout layout, int start, int sentence) =>
        ChangesParty(layout, start, sentence - 1, sentence);

    /// <summary>The speaker's own wound told after a crowd's wounding ("Many were hurt, maybe twenty. I was hit too, in
    /// the hand."): <paramref name="sentence"/> opens on the speaker and tells their wound (<see cref="SpeakerWound"/>),
    /// and the nearest sentence from <paramref name="last"/> back to <paramref name="start"/> that opens on a party opens
    /// on a crowd (<see cref="OpensOnCrowd"/>). Gold tells the two as two claims; the other way round (the speaker's wound, then a crowd's) was no
    /// cut: out of fold it made more false injuries than right ones.</summary>
    public static bool OwnWoundAfterCrowd(DocumentLayout layout, int start, int last, int sentence)
    {
        if (OpeningParty(layout, sentence) != -1 || !SpeakerWound.Told(layout, sentence))
        {
            return false;
        }

        for (var s = last; s >= start; s--)
        {
            if (OpensOnCrowd(layout, s))
            {
                return true;
            }

            if (OpeningParty(layout, s) != 0)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>True when the sentence opens on a crowd ("Many were hurt, I cannot count."), a word of the speaker later in
    /// it or not; an opening "And" or "Then" is passed over.</summary>
    private static bool OpensOnCrowd(DocumentLayout layout, int sentence)
    {
        var document = layout.Document;
        var t = document.Sentences[sentence].FirstToken;
        var end = t + document.Sentences[sentence].TokenCount;
        while (t < end && WordList.Contains(document.Tokens[t].Span(document.Text), Connectives))
        {
            t++;
        }

        return t < end && WordList.Contains(document.Tokens[t].Span(document.Text), CrowdWords);
    }

    /// <summary>True when <paramref name="sentence"/> opens on another party than the nearest sentence from
    /// <paramref name="last"/> back to <paramref name="start"/> that opens on one.</summary>
    public static bool ChangesParty(DocumentLayout layout, int start, int last, int sentence)
    {
        var party = OpeningParty(layout, sentence);
        if (party == 0)
        {
            return false;
        }

        for (var s = last; s >= start; s--)
        {
            if (OpeningParty(layout, s) is var before && before != 0)
            {
                return before != party;
            }
        }

        return false;
    }

    /// <summary>1 when the sentence opens on a crowd ("Everybody ...", "Many people ...", "Thousands ..."), -1 when
    /// on the speaker ("Me, ...", "We ...", "My wife and I ..."), 0 otherwise; an opening "And" or "Then" is passed over.</summary>
    private static int OpeningParty(DocumentLayout layout, int sentence)
    {
        var document = layout.Document;
        var t = document.Sentences[sentence].FirstToken;
        var end = t + document.Sentences[sentence].TokenCount;
        while (t < end && WordList.Contains(document.Tokens[t].Span(document.Text), Connectives))
        {
            t++;
        }

        if (t >= end)
        {
            return 0;
        }

        var word = document.Tokens[t].Span(document.Text);
        if (WordList.Contains(word, SpeakerWords))
        {
            return -1;
        }

        if (!WordList.Contains(word, CrowdWords))
        {
            return 0;
        }

        // "Everybody who could walk left, we walked to the camps" tells the speaker's flight with the crowd's.
        for (var u = t + 1; u < end; u++)
        {
            if (WordList.Contains(document.Tokens[u].Span(document.Text), SpeakerWords))
            {
                return 0;
            }
        }

        return 1;
    }

    /// <summary>
    /// Reads the figure a source of its own gives in the sentence: a number after a word for media, officials or a list
    /// ("On the radio they said thirty.", "104 names on the list", "the government said one hundred and thirty-two");
    /// false when the sentence names no such source or gives no number (not a date). <paramref name="hearsay"/> is true
    /// when the source is "people ... said" ("People in the camp said twelve.") and no medium, official or list.
    /// </summary>
    public static bool TryReadReportedFigure(DocumentLayout layout, int sentence, out int min, out int? max, out bool hearsay)
    {
        (min, max) = (0, null);
        var document = layout.Document;
        var tokens = document.SentenceTokens(sentence);
        var source = false;
        var people = false;
        hearsay = false;
        for (var t = 0; t < tokens.Length; t++)
        {
            var word = tokens[t].Span(document.Text);
            source |= WordList.Contains(word, SourceWords);
            hearsay |= people && WordList.Contains(word, SayingWords);
            people |= word.Equals("people", StringComparison.OrdinalIgnoreCase)
                && !(t > 0 && WordList.Contains(tokens[t - 1].Span(document.Text), SomeWords));
        }

        hearsay &= !source;
        source |= hearsay;

        for (var t = 0; source && t < tokens.Length; t++)
        {
            if (NumberReader.TryRead(document.Text, tokens, t, out var reading))
            {
                var end = tokens[reading.EndToken - 1].End;
                if (EvidenceWords.Overlaps(layout, EntityType.Date, tokens[t].Start, end))
                {
                    t = reading.EndToken - 1;
                    continue;
                }

                (min, max) = (reading.Min, reading.Max ?? reading.Min);
                if (t >= 2 && tokens[t - 2].Span(document.Text).Equals("more", StringComparison.OrdinalIgnoreCase)
                    && tokens[t - 1].Span(document.Text).Equals("than", StringComparison.OrdinalIgnoreCase))
                {
                    // "more than fifty they said": 51 and open, as the count reader reads it
                    (min, max) = (max.Value + 1, null);
                }
                else if (t >= 2 && tokens[t - 2].Span(document.Text).Equals("at", StringComparison.OrdinalIgnoreCase)
                    && tokens[t - 1].Span(document.Text).Equals("least", StringComparison.OrdinalIgnoreCase))
                {
                    max = null;
                }

                return true;
            }
        }

        return false;
    }

    /// <summary>A sentence that opens with a hedged second figure for the toll before it ("Maybe fifteen, ...").</summary>
    public static bool IsAlternative(DocumentLayout layout, int sentence) => IsAlternative(layout, sentence, out _, out _);

    public static bool IsAlternative(DocumentLayout layout, int sentence, out int? min, out int? max)
    {
        var document = layout.Document;
        var tokens = document.SentenceTokens(sentence);
        return VictimCountReader.TryReadAlternative(document.Text, tokens, out min, out max);
    }

    /// <summary>
    /// True when a date told between the two mentions (the earlier ends at <paramref name="earlierLast"/> with the date
    /// <paramref name="earlierDate"/>, the later starts at <paramref name="laterFirst"/>; neither an aside nor after "since") moves the story away from
    /// the earlier claim's date by more than <see cref="Defaults.MergeDateGapDays"/> days, or is any date at all when
    /// the earlier claim has none: the later mention is then of another event ("My sister died in the house. ... In
    /// September a column came ... We found them after four days, killed."), whose account a merge would give the
    /// earlier claim's incident. Out of fold, refusing such merges took the false incident pairs within one testimony
    /// from 32 to 30, claims unchanged.
    /// </summary>
    public static bool ToldAtAnotherTimeBetween(DocumentLayout layout, int earlierLast, DateRange? earlierDate, int laterFirst)
    {
        var document = layout.Document;
        var dates = layout.Dates;
        for (var index = 0; index < dates.Count; index++)
        {
            var (entity, resolution) = dates[index];
            if (entity.Start < earlierLast)
            {
                continue;
            }

            if (entity.Start >= laterFirst)
            {
                break;
            }

            if (!resolution.TryGetSpan(out var told) || DateAsides.InAside(document, entity.Start) || DateAsides.FollowsSince(document.Text, entity.Start))
            {
                continue;
            }

            if (earlierDate is not { From: { } from, To: { } to }
                || told.From.DayNumber - to.DayNumber > Defaults.MergeDateGapDays
                || from.DayNumber - told.To.DayNumber > Defaults.MergeDateGapDays)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the story moves on between the two mentions (from <paramref name="earlierLast"/>, the end of the
    /// earlier), up to the end of the later one's first sentence (the one of <paramref name="laterFirst"/>):
    /// "again" ("the planes came again") or a span of time gone by ("one hour later", "two days later"). The later
    /// mention is then of another attack, even on the same day.
    /// </summary>
    public static bool ToldAgainBetween(DocumentLayout layout, int earlierLast, int laterFirst)
    {
        var document = layout.Document;
        var sentence = document.Sentences[layout.SentenceOf(laterFirst)];
        var stop = sentence.FirstToken + sentence.TokenCount;
        for (var t = layout.TokenAt(earlierLast); t < stop; t++)
        {
            var word = document.Tokens[t].Span(document.Text);
            if (word.Equals("again", StringComparison.OrdinalIgnoreCase)
                || (word.Equals("later", StringComparison.OrdinalIgnoreCase) && t > 0
                    && WordList.Contains(document.Tokens[t - 1].Span(document.Text), TimeUnits)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A sentence opening on a span of time gone by ("Three days later his own flat ...", "Then two weeks later
    /// ..."), after an opening "And", "Then", "So" or "But": the story has moved on to another event, as between two
    /// mentions (<see cref="ToldAgainBetween"/>). Not for a flight, whose stages are told this way and are one claim
    /// in gold. With <see cref="TellsAnotherAttack"/>, out of fold: claims 3 right and 3 false more, the false pairs
    /// of the linking of the pipeline's claims within one testimony from 24 to 22.</summary>
    public static bool OpensLater(DocumentLayout layout, int sentence)
    {
        var document = layout.Document;
        var tokens = document.SentenceTokens(sentence);
        var t = 0;
        while (t < tokens.Length && (WordList.Contains(tokens[t].Span(document.Text), Connectives) || tokens[t].Span(document.Text).SequenceEqual(",")))
        {
            t++;
        }

        if (t < tokens.Length && (tokens[t].Span(document.Text).Equals("a", StringComparison.OrdinalIgnoreCase)
            || tokens[t].Span(document.Text).Equals("one", StringComparison.OrdinalIgnoreCase)))
        {
            t++;
        }
        else if (NumberReader.TryRead(document.Text, tokens, t, out var reading))
        {
            t = reading.EndToken;
        }
        else
        {
            return false;
        }

        return t + 1 < tokens.Length && WordList.Contains(tokens[t].Span(document.Text), TimeUnits)
            && tokens[t + 1].Span(document.Text).Equals("later", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Words before a weapon that count it as one more attack ("another shell", "a second missile").</summary>
    private static readonly string[] OneMoreWords = ["another", "second", "third"];

    /// <summary>A sentence naming a weapon as one more attack ("the roof came down the same week, another shell"): the
    /// harm it tells is of that attack, not of the one the run began with.</summary>
    public static bool TellsAnotherAttack(DocumentLayout layout, int sentence)
    {
        var document = layout.Document;
        var bounds = document.Sentences[sentence];
        foreach (var weapon in layout.EntitiesWithin(bounds.Start, bounds.End))
        {
            if (weapon.Type != EntityType.Weapon)
            {
                continue;
            }

            var t = layout.TokenAt(weapon.Start);
            for (var back = t - 1; back >= bounds.FirstToken && back >= t - 2; back--)
            {
                if (WordList.Contains(document.Tokens[back].Span(document.Text), OneMoreWords))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A sentence telling how long someone was held ("They kept him nineteen days in a basement.", "Four
    /// months in their prison."), not how long after the arrest something else was told ("After three months a lawyer
    /// said he is in prison").</summary>
    public static bool TellsHoldingTime(DocumentLayout layout, int sentence) => TellsHoldingTime(layout, sentence, false);

    /// <summary>Words of a return from a holding ("came back after one month", "was released after ten days").</summary>
    private static readonly string[] ReturnWords = ["back", "out", "released"];

    /// <summary>A sentence telling how long someone was held, or, with <paramref name="orReturn"/>, their return after a
    /// stay with a word of the holding ("Three of them came back after two months. They were held in a shipping box").</summary>
    public static bool TellsHoldingTime(DocumentLayout layout, int sentence, bool orReturn)
    {
        var document = layout.Document;
        var holds = false;
        var stay = false;
        var afterStay = false;
        var returned = false;
        var tokens = document.SentenceTokens(sentence);
        for (var t = 0; t < tokens.Length; t++)
        {
            var word = tokens[t].Span(document.Text);
            holds |= WordList.Contains(word, HoldingWords);
            var counted = t > 0 && WordList.Contains(word, StayUnits) && NumberReader.TryRead(document.Text, tokens, t - 1, out _);
            var after = t > 1 && tokens[t - 2].Span(document.Text).Equals("after", StringComparison.OrdinalIgnoreCase);
            stay |= counted && !after;
            afterStay |= counted && after;
            returned |= WordList.Contains(word, ReturnWords);
        }

        return holds && (stay || (orReturn && afterStay && returned));
    }
}
