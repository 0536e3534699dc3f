using TestimonyNlp.Claims.Counts;
using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Building;

/// <summary>
/// How many people went in a flight the speaker went with: a total of people given for it ("Me, my husband, the two
/// boys, my mother-in-law. Six people."), else the groups joined by "and" or "with us" ("my wife and me and our six":
/// 8), the speaker added once unless listed ("I left with my two daughters": 3; "we left, my wife and the five
/// children": 7); a crowd they went with is counted alone ("with maybe forty people": 40). Stateless and thread-safe.
/// </summary>
internal sealed class FlightParty
{
    /// <summary>Words after "of" that leave a collective a crowd of people ("with thousands of others").</summary>
    private static readonly string[] CrowdOthers = ["others", "people", "us", "them"];

    private readonly EvidenceCounts _counts;

    /// <summary>A party counter that reads the evidence's counts with <paramref name="counts"/>.</summary>
    public FlightParty(EvidenceCounts counts)
    {
        _counts = counts;
    }

    /// <summary>Settings of the party counter.</summary>
    public static class Defaults
    {
        /// <summary>The least crowd a flight's party is not added to ("my mother and I, and maybe four thousand people":
        /// 4,000): out of fold gold sums a party and a crowd of twenty or fifty people with them, and counts a crowd of
        /// thousands alone.</summary>
        public const int PartyCrowd = 100;
    }

    /// <summary>
    /// The party of a flight the speaker went with: the people listed one by one when no count of the evidence covers
    /// them all (<see cref="VictimEnumeration"/>), the speaker added once when they went ("we", "I", "me") and are in no
    /// list, and a total of people given for the party ("Six people.") when it is no smaller. A crowd they went with
    /// ("with maybe forty people") is the count alone. Null when the evidence tells no party.
    /// </summary>
    public (int Min, int? Max)? Count(DocumentLayout layout, int first, int end, CountMention? count, int min, int? max)
    {
        var document = layout.Document;
        var found = _counts.InSentences(layout, first, end);
        var speakerListed = found.Exists(m => m.Target == CountTarget.People && m.Cue == CountCue.List && HasSpeaker(layout, m));
        var withGroup = count is { } group && EvidenceWords.WordBefore(layout, group.Start, "with");
        var listedGroup = count is { Cue: CountCue.List or CountCue.Single } && EvidenceWords.HasWord(layout, first, end, "we");
        if ((speakerListed || EvidenceWords.HasWord(layout, first, end, "we")) && _counts.TotalOf(layout, first, end, partyOnly: true) is { } total && total > min)
        {
            // "we left. Me, my husband, the two boys, my mother-in-law. Six people.": the total of the party
            return (total, total);
        }

        // "I took the five children and we walked", "I left the farm with Deiver and Yordan": the speaker went with them
        var takenGroup = count is { Cue: CountCue.Noun or CountCue.Determiner } taken && IsOwnGroup(layout, taken) && SpeakerTook(layout, taken.Start);
        var withNamed = count is null && (EvidenceWords.HasWord(layout, first, end, "i") || EvidenceWords.HasWord(layout, first, end, "we"))
            && FirstPersonAfterWith(layout, first, end);
        if (!withGroup && !listedGroup && !speakerListed && !takenGroup && !withNamed)
        {
            return null;
        }

        if (withGroup && count is { } summed && EvidenceCounts.IsSummedList(layout, summed))
        {
            // "he left with his wife, his mother and four children, seven in one car": the figure sums up the party
            return (min, max);
        }

        var partyMin = min;
        var partyMax = max;
        if (count is { } chosen && Chain(layout, found, chosen) is { } chain && chain.Min > min)
        {
            // "my wife and me and our six", "my seven children and Poko and her three": the groups joined to the one read
            (partyMin, partyMax) = chain;
        }
        else if (count is { Cue: not (CountCue.List or CountCue.Single) } crowd && !IsOwnGroup(layout, crowd)
                 && !EvidenceWords.IsAdditive(document.Text.AsSpan(crowd.Start, crowd.End - crowd.Start)))
        {
            // "we left by boat with maybe forty people": the crowd is the count, the speaker one of them
            return (min, max);
        }

        if (listedGroup && _counts.TotalOf(layout, first, end) is { } together)
        {
            // "we left, my wife, six children, my mother. Nine.": the total counts the speaker
            return (Math.Max(partyMin, together), Math.Max(partyMin, together));
        }

        if (speakerListed)
        {
            // "me, my husband and our son": the speaker is listed already
            return (partyMin, partyMax);
        }

        // "I left with my two daughters", "We left with nothing, my husband, the five children": the speaker is one more;
        // "her parents left for al-Turba with her four sisters": the group counted before "with", not the speaker
        var goers = withGroup && count is { } withWhom && Companions.Count(_counts, layout, withWhom) is >= 2 and var before ? before : 1;
        return (partyMin + goers, partyMax is null ? null : partyMax + goers);
    }

    /// <summary>
    /// The crowd of a flight told by a collective with no noun of its own ("thousands, the road was one line of cars",
    /// "with thousands of others", "tens of thousands from all the valley"): MARKUP.md's "thousands" 2,000 and
    /// "hundreds" 200, no maximum. Null when the evidence holds no such collective of <see cref="Defaults.PartyCrowd"/>
    /// or more.
    /// </summary>
    public static (int Min, int? Max)? Crowd(DocumentLayout layout, int first, int end)
    {
        var document = layout.Document;
        for (var s = first; s < end; s++)
        {
            var tokens = document.SentenceTokens(s);
            for (var i = 0; i < tokens.Length; i++)
            {
                if (!NumberReader.TryRead(document.Text, tokens, i, out var reading) || reading.Form != NumberForm.Collective
                    || reading.Min < Defaults.PartyCrowd)
                {
                    continue;
                }

                var after = reading.EndToken;
                if (after >= tokens.Length || tokens[after].Kind == TokenKind.Punctuation
                    || tokens[after].Span(document.Text).Equals("from", StringComparison.OrdinalIgnoreCase)
                    || (tokens[after].Span(document.Text).Equals("of", StringComparison.OrdinalIgnoreCase) && after + 1 < tokens.Length
                        && WordList.Contains(tokens[after + 1].Span(document.Text), CrowdOthers)))
                {
                    return (reading.Min, null);
                }

                i = after - 1;
            }
        }

        return null;
    }

    /// <summary>
    /// The first count of families or households in the evidence ("Eleven families from La Esmeralda left", "maybe
    /// thirty families"), with the upper bound a figure after it gives, for a flight told by no count of people:
    /// MARKUP.md gives its number as the toll. Null when there is none, or when the families are counted where they
    /// stay ("three families in one classroom").
    /// </summary>
    public static (int Min, int? Max)? Families(EvidenceCounts counts, DocumentLayout layout, int first, int end)
    {
        for (var s = first; s < end; s++)
        {
            foreach (var count in counts.Of(layout, s))
            {
                if (count.Target == CountTarget.Families && count.Min is { } least && !StayAfter(layout, count.End))
                {
                    // "twelve families went down to the town, maybe fifteen": the figure after it is the upper bound
                    return count.Max is not null && TollBounds.TryReadUpperAfter(layout, count, least, out var upper) ? (least, upper) : (least, count.Max);
                }
            }
        }

        return null;
    }

    /// <summary>Words after a count of families that say where they stay, not that they left: "three families in one
    /// classroom", "twenty families stay".</summary>
    private static readonly string[] StayWords = ["in", "at", "per", "inside", "stay", "stayed", "remain", "remained", "live", "lived", "living"];

    private static bool StayAfter(DocumentLayout layout, int end)
    {
        var next = layout.TokenAt(end);
        return next < layout.Document.Tokens.Count && WordList.Contains(layout.Document.Tokens[next].Span(layout.Document.Text), StayWords);
    }

    /// <summary>The sum of the people counts joined to <paramref name="chosen"/> by nothing but commas, "and" and "with
    /// us" ("me, my wife and my three children, and forty, fifty people"), or null when no other count is joined.</summary>
    private static (int Min, int? Max)? Chain(DocumentLayout layout, List<CountMention> found, CountMention chosen)
    {
        // A total after the people ("our two girls, four in one car") or a count read from a verb is no one more.
        var people = found.FindAll(m => m.Target == CountTarget.People && m.Min is not null
                                        && m.Cue is CountCue.List or CountCue.Single or CountCue.Noun or CountCue.Determiner
                                        && !layout.Document.Text.AsSpan(m.Start, m.End - m.Start).EndsWith("people", StringComparison.OrdinalIgnoreCase)
                                        || m.Start == chosen.Start);
        people.Sort((a, b) => a.Start.CompareTo(b.Start));
        var at = people.FindIndex(m => m.Start == chosen.Start && m.End == chosen.End);
        if (at < 0)
        {
            return null;
        }

        var from = at;
        while (from > 0 && Joins(layout, people[from - 1].End, people[from].Start))
        {
            from--;
        }

        var to = at;
        while (to + 1 < people.Count && Joins(layout, people[to].End, people[to + 1].Start))
        {
            to++;
        }

        if (from == to || people[from..(to + 1)].Exists(m => m.Min >= Defaults.PartyCrowd))
        {
            return null;
        }

        var min = 0;
        int? max = 0;
        for (var i = from; i <= to; i++)
        {
            min += people[i].Min!.Value;
            max = max is { } sum && people[i].Max is { } most ? sum + most : null;
        }

        return (min, max);
    }

    /// <summary>True when the text between two counts is only commas, "and" and "with us", with an "and" or "with us":
    /// one party goes on. A figure set off by a comma alone is their total ("our two girls, four in one car").</summary>
    private static bool Joins(DocumentLayout layout, int end, int start)
    {
        if (start < end)
        {
            return false;
        }

        var document = layout.Document;
        var joined = false;
        for (var t = layout.TokenAt(end); t < document.Tokens.Count && document.Tokens[t].Start < start; t++)
        {
            var word = document.Tokens[t].Span(document.Text);
            if ((word.Equals("with", StringComparison.OrdinalIgnoreCase) && t + 1 < document.Tokens.Count
                 && document.Tokens[t + 1].Span(document.Text).Equals("us", StringComparison.OrdinalIgnoreCase))
                || word.Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                t += word.Equals("with", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
                joined = true;
            }
            else if (word is not ",")
            {
                return false;
            }
        }

        return joined;
    }

    /// <summary>True when "I took" comes right before <paramref name="start"/> ("I took the five children").</summary>
    private static bool SpeakerTook(DocumentLayout layout, int start)
    {
        var took = layout.TokenAt(start) - 1;
        var tokens = layout.Document.Tokens;
        var text = layout.Document.Text;
        return took >= 1 && (tokens[took].Span(text).Equals("took", StringComparison.OrdinalIgnoreCase) || tokens[took].Span(text).Equals("take", StringComparison.OrdinalIgnoreCase))
            && tokens[took - 1].Span(text).Equals("i", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True when the first person named in sentences <paramref name="first"/> to <paramref name="end"/>
    /// (exclusive) follows "with" ("I left the farm with Deiver and Yordan").</summary>
    private static bool FirstPersonAfterWith(DocumentLayout layout, int first, int end)
    {
        var document = layout.Document;
        foreach (var entity in layout.EntitiesWithin(document.Sentences[first].Start, document.Sentences[end - 1].End))
        {
            if (entity.Type == EntityType.Person)
            {
                return EvidenceWords.WordBefore(layout, entity.Start, "with");
            }
        }

        return false;
    }

    /// <summary>True when the count is of the speaker's or someone's own people ("my two daughters", "our six",
    /// "her four", "the four children"), not a crowd ("maybe forty people", "hundreds of people").</summary>
    private static bool IsOwnGroup(DocumentLayout layout, CountMention group)
    {
        var index = layout.TokenAt(group.Start);
        if (index >= layout.Document.Tokens.Count)
        {
            return false;
        }

        var word = layout.Document.Tokens[index].Span(layout.Document.Text);
        return WordList.Contains(word, EvidenceWords.Possessives) || word.Equals("the", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True when the listed group names the speaker ("me, my wife and our son").</summary>
    private static bool HasSpeaker(DocumentLayout layout, CountMention group)
    {
        var document = layout.Document;
        for (var t = layout.TokenAt(group.Start); t < document.Tokens.Count && document.Tokens[t].Start < group.End; t++)
        {
            var word = document.Tokens[t].Span(document.Text);
            if (word.Equals("me", StringComparison.OrdinalIgnoreCase) || word.Equals("i", StringComparison.OrdinalIgnoreCase)
                || word.Equals("myself", StringComparison.OrdinalIgnoreCase) || word.Equals("us", StringComparison.OrdinalIgnoreCase)
                || word.Equals("we", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
