using TestimonyNlp.Ingest;
using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Dates;

/// <summary>
/// Whether a sentence tells its date as an aside that the testimony then leaves ("my uncle died in 2012, but that is
/// another story"; "by the way, in 2009 we had moved"): such a date places its own sentence but is not the event the
/// next dates are told from, nor the date a later claim carries over.
/// </summary>
internal static class DateAsides
{
    // Phrases that set a sentence aside from the story being told. Matched as whole words, in any case.
    private static readonly string[] Cues =
    [
        "another story",
        "a different story",
        "another matter",
        "another subject",
        "by the way",
        "has nothing to do with",
        "had nothing to do with",
        "not related to this",
        "but that was before",
        "that was long before",
    ];

    // Words before "because" that make what follows the reason a date is remembered ("I am sure because ...").
    private static readonly string[] MemoryWords = ["sure", "remember", "remembered", "know", "knew", "recall"];

    // Words that make a mention a distance from the day being told ("the day after", "the next day", "two days before").
    private static readonly string[] OffsetWords = ["after", "next", "before", "later", "earlier"];

    // How far before "because" a memory word may stand ("I know the date because").
    private const int MemoryWindowChars = 24;

    /// <summary>
    /// True when the mention from <paramref name="start"/> to <paramref name="end"/> is a distance from the day just
    /// told, or the day another thing happened on, given as the reason the witness remembers that day ("It was the 8th,
    /// I am sure because my son had his exam the day after."; "the 3rd, I know because my wedding was on the 5th"): it
    /// dates the reason, not the next event the testimony tells. A distance told as the day itself ("It was the 7th. I
    /// remember because it was the day before the school trip") counts from a thing the resolver does not place, so it is read
    /// from the day just told and lands a day off it: it is no event to tell the next dates from either.
    /// </summary>
    public static bool IsMemoryReason(Document document, int start, int end)
    {
        var index = document.SentenceAt(start);
        if (index < 0 || end <= start)
        {
            return false;
        }

        var text = document.Text;
        var sentenceStart = document.Sentences[index].Start;
        var before = text.AsSpan(sentenceStart, start - sentenceStart);
        var because = LastWord(before, "because");
        if (because < 0 || !AnyWord(before[Math.Max(0, because - MemoryWindowChars)..because], MemoryWords))
        {
            return false;
        }

        return AnyWord(text.AsSpan(start, end - start), OffsetWords) || WordBefore(before).Equals("on", StringComparison.OrdinalIgnoreCase);
    }

    // Words that may follow "before" inside a mention the tagger ran on past the count ("the night before because the
    // road was open"): they begin a clause, not the thing the count is from ("before school", "before Eid").
    private static readonly string[] ClauseWords = ["because", "and", "but", "so", "when"];

    /// <summary>
    /// True when the mention from <paramref name="start"/> to <paramref name="end"/> counts back from the day just told
    /// ("the day before", "the night before", "one week before") in a sentence that tells it in the past perfect before
    /// it ("the flour had come the day before", "they had left one week before"): what had been done before the event
    /// is its background, and the story goes on from the event's day, not from the day counted back (out of fold, 20
    /// such mentions; the date told after them was wrong in 13 before this rule, and it moves 26 claims to gold's day and
    /// none away; models/README.md, "Claim dates").
    /// </summary>
    public static bool IsDoneBefore(Document document, int start, int end)
    {
        var index = document.SentenceAt(start);
        if (index < 0 || end <= start)
        {
            return false;
        }

        var text = document.Text;
        var mention = text.AsSpan(start, end - start);
        var before = LastWord(mention, "before");
        if (before < 0)
        {
            return false;
        }

        var count = mention[..(before + "before".Length)];
        var rest = mention[count.Length..].TrimStart();
        if (!rest.IsEmpty && !AnyWord(FirstWord(rest), ClauseWords))
        {
            return false;
        }

        var sentenceStart = document.Sentences[index].Start;
        return DateWords.CountsFromEventTold(count) && LastWord(text.AsSpan(sentenceStart, start - sentenceStart), "had") >= 0;
    }

    // Words of hearing of a death or of burying the dead: what is done or learnt after the event, not the event.
    private static readonly string[] AfterwardWords =
        ["said", "say", "says", "told", "tell", "tells", "heard", "hear", "wrote", "announced", "reported", "radio", "news", "list", "buried", "bury", "burial", "funeral"];

    /// <summary>
    /// True when the mention from <paramref name="start"/> to <paramref name="end"/> counts on from the event told
    /// ("the next day", "two days later", "the next morning") in a sentence that tells of hearing of the dead or burying
    /// them ("she heard on the radio the next day that he had died", "we buried seven the next day"): it dates when the
    /// witness learnt of the deaths or buried them, not the deaths.
    /// </summary>
    public static bool IsToldAfter(Document document, int start, int end) =>
        CountsOnInSentenceOf(document, start, end, AfterwardWords);

    // Words of going to the scene or being called after the event: the witness's visit, a body brought home, a phone
    // call ("I went the next morning", "she arrived the next morning", "my sister called me the next morning").
    private static readonly string[] VisitWords = ["went", "arrived", "reached", "visited", "returned", "called", "brought"];

    // Words of a question asking of a time before the one being told ("Was the market shelled before?").
    private static readonly string[] EarlierWords = ["before", "earlier"];

    /// <summary>
    /// True when <paramref name="sentence"/> is a question asking of a time before the story being told ("Was the market
    /// shelled before?", "Did anything happen earlier?"): the date of the answer is of an earlier event.
    /// </summary>
    public static bool AsksOfEarlierTime(ReadOnlySpan<char> sentence) =>
        sentence.Contains('?') && AnyWord(sentence, EarlierWords);

    /// <summary>
    /// True when the mention from <paramref name="start"/> to <paramref name="end"/> counts on from the event told
    /// ("the next morning", "two weeks later", "after one week") in a sentence that tells of going to the place, being
    /// called or bringing a body after it ("I went the next morning with my husband to help"; "the soldiers brought his
    /// body three days later"): it dates the visit, not the harm, and the claims told after it are of the event itself
    /// (out of fold gold keeps the day the count began for 11 such carried claims against 2; models/README.md, "Claim
    /// dates").
    /// </summary>
    public static bool IsVisitAfter(Document document, int start, int end) =>
        CountsOnInSentenceOf(document, start, end, VisitWords);

    /// <summary>True when the mention from <paramref name="start"/> to <paramref name="end"/> counts on from the event
    /// told (not back from it: "before", "earlier") and its sentence holds one of <paramref name="words"/>.</summary>
    private static bool CountsOnInSentenceOf(Document document, int start, int end, string[] words)
    {
        var index = document.SentenceAt(start);
        if (index < 0 || end <= start)
        {
            return false;
        }

        var mention = document.Text.AsSpan(start, end - start);
        if (!DateWords.CountsFromEventTold(mention) || LastWord(mention, "before") >= 0 || LastWord(mention, "earlier") >= 0)
        {
            return false;
        }

        var sentence = document.Sentences[index];
        return AnyWord(document.Text.AsSpan(sentence.Start, sentence.End - sentence.Start), words);
    }

    // Words that may stand after "no" between a date taken back and the one told in its place ("the 14th, no, wait,
    // it was the 13th", "the 3rd, no, sorry, I mean the 4th"). A hedge is not among them: "the 3rd, no, maybe the
    // 4th" doubts the date told first without taking it back, and that date stands.
    private static readonly string[] CorrectionWords = ["no", "wait", "sorry", "it", "was", "i", "mean", "later", "earlier", "eh", "uh"];

    // Most characters between a date taken back and the one told in its place.
    private const int CorrectionChars = 40;

    /// <summary>
    /// True when the DATE mention ending at <paramref name="end"/> is taken back by the witness: the next DATE mention
    /// follows within a few characters with "no" between them and nothing else but a hesitation or a restating ("the
    /// 14th, no, wait, it was the 13th"; "the week before Easter, no, it was the 9th"; "the 3rd, no, I mean the
    /// 4th"). The date told in its place is the event's; the one taken back dates no claim and places no later date,
    /// but for the one told in its place when it is a single day ("the 11th of May, no, the 12th": the 12th of May).
    /// "Not" is no correction: in "the 2nd of September, not the Sunday" the date told first stands; nor is a hedge
    /// ("the 3rd, no, maybe the 4th"), which doubts the first date without taking it back.
    /// </summary>
    public static bool IsTakenBack(Document document, int end)
    {
        var entities = document.Entities;
        for (var j = 0; j < entities.Count; j++)
        {
            var next = entities[j];
            if (next.Type != EntityType.Date || next.Start < end)
            {
                continue;
            }

            return next.Start - end <= CorrectionChars && SaysNo(document.Text.AsSpan(end, next.Start - end));
        }

        return false;
    }

    // True when the words of text are "no" with only correction words around it, and no sentence ends after "no".
    private static bool SaysNo(ReadOnlySpan<char> text)
    {
        var no = false;
        var k = 0;
        while (k < text.Length)
        {
            if (!char.IsLetter(text[k]))
            {
                k++;
                continue;
            }

            var wordStart = k;
            while (k < text.Length && (char.IsLetter(text[k]) || text[k] == '\''))
            {
                k++;
            }

            var word = text[wordStart..k];
            if (word.Equals("no", StringComparison.OrdinalIgnoreCase))
            {
                no = true;
            }
            else if (!IsCorrectionWord(word))
            {
                return false;
            }
        }

        return no;
    }

    private static bool IsCorrectionWord(ReadOnlySpan<char> word)
    {
        foreach (var candidate in CorrectionWords)
        {
            if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // Words of a life event told for the witness's background ("My husband died in 2019", "I moved to Goma in 2021").
    private static readonly string[] LifeEventWords = ["born", "died", "married", "moved", "since"];

    // Words of the witness's background told as a statement: where one stayed, what one joined, opened, closed, built,
    // paid off or worked at ("My father opened the bakery in 1988", "I paid it off in 2018"). Asked, or told by the
    // interviewer, they name the story's year ("You stayed in Saltivka in 2022?"), so neither is background. "Left" is
    // not among them: "that is when we left" is as often the flight the story tells.
    private static readonly string[] BackgroundWords = ["stayed", "joined", "opened", "closed", "built", "paid", "worked"];

    /// <summary>
    /// True when the sentence of <paramref name="document"/> holding <paramref name="offset"/> tells a life event of
    /// the witness or the family (a birth, a death, a marriage, a move, "since"), or states the witness's background
    /// (where one stayed, what one joined, opened, closed, built, paid off or worked at; not asked, nor told by the
    /// interviewer, nor a stay's end: "until 2014"): its year is background, and the months told after it are the
    /// interview's ("My husband died in 2019. ... From the 27th of February", "My father opened the bakery in 1988. ...
    /// In January, the planes hit it").
    /// </summary>
    public static bool InLifeEvent(Document document, int offset)
    {
        var index = document.SentenceAt(offset);
        if (index < 0)
        {
            return false;
        }

        var sentence = document.Sentences[index];
        var text = document.Text.AsSpan(sentence.Start, sentence.End - sentence.Start);
        return AnyWord(text, LifeEventWords) || LastWord(text, "passed away") >= 0
            || (AnyWord(text, BackgroundWords) && document.RoleOf(sentence) != SpeakerRole.Interviewer
                && !IsQuestion(document.Text, sentence.End)
                && !EndsStay(document.Text.AsSpan(sentence.Start, offset - sentence.Start)));
    }

    // Whether the year is told just after "until" or "till" ("We stayed in Douma until 2014"): where a stay ended is
    // the leaving the story tells, not background.
    private static bool EndsStay(ReadOnlySpan<char> before)
    {
        var word = WordBefore(before);
        return word.Equals("until", StringComparison.OrdinalIgnoreCase) || word.Equals("till", StringComparison.OrdinalIgnoreCase);
    }

    // Whether the sentence ending at the offset ends with a question mark (inside its span or just after it).
    private static bool IsQuestion(string text, int end)
    {
        var i = end - 1;
        while (i >= 0 && i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] is '"' or '\u201D' or ')'))
        {
            i--;
        }

        if (i >= 0 && i < text.Length && IngestText.IsQuestionMark(text[i]))
        {
            return true;
        }

        return end < text.Length && IngestText.IsQuestionMark(text[end]);
    }

    // The life events of a person, not of a place: a birth, a death, a marriage.
    private static readonly string[] PersonalEventWords = ["born", "died", "married"];

    /// <summary>
    /// True when the sentence of <paramref name="document"/> holding <paramref name="offset"/> tells a birth, a death or
    /// a marriage ("My wife died in 2019"): a year of the family's life, not of the events a testimony with no interview
    /// date tells. A move is left out: "we moved" is as often the flight the story tells.
    /// </summary>
    public static bool InPersonalEvent(Document document, int offset)
    {
        var index = document.SentenceAt(offset);
        if (index < 0)
        {
            return false;
        }

        var sentence = document.Sentences[index];
        var text = document.Text.AsSpan(sentence.Start, sentence.End - sentence.Start);
        return AnyWord(text, PersonalEventWords) || LastWord(text, "passed away") >= 0;
    }

    /// <summary>True when the sentence of <paramref name="document"/> holding <paramref name="offset"/> is an aside.</summary>
    public static bool InAside(Document document, int offset)
    {
        var index = document.SentenceAt(offset);
        if (index < 0)
        {
            return false;
        }

        var sentence = document.Sentences[index];
        return IsAside(document.Text.AsSpan(sentence.Start, sentence.End - sentence.Start));
    }

    /// <summary>
    /// True when the word just before <paramref name="start"/> is "since" ("since 2013"): the mention is where a period
    /// begins, not an event a later date or claim is told from.
    /// </summary>
    public static bool FollowsSince(string text, int start)
    {
        var end = start;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var begin = end;
        while (begin > 0 && char.IsLetter(text[begin - 1]))
        {
            begin--;
        }

        return text.AsSpan(begin, end - begin).Equals("since", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True when <paramref name="sentence"/> holds one of the aside phrases.</summary>
    public static bool IsAside(ReadOnlySpan<char> sentence)
    {
        foreach (var cue in Cues)
        {
            var from = 0;
            while (from < sentence.Length)
            {
                var at = sentence[from..].IndexOf(cue, StringComparison.OrdinalIgnoreCase);
                if (at < 0)
                {
                    break;
                }

                at += from;
                var end = at + cue.Length;
                if ((at == 0 || !char.IsLetter(sentence[at - 1])) && (end == sentence.Length || !char.IsLetter(sentence[end])))
                {
                    return true;
                }

                from = at + 1;
            }
        }

        return false;
    }

    // Start of the last whole-word occurrence of a word, or -1.
    private static int LastWord(ReadOnlySpan<char> text, string word)
    {
        var end = text.Length;
        while (end > 0)
        {
            var at = text[..end].LastIndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return -1;
            }

            var after = at + word.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (after == text.Length || !char.IsLetter(text[after])))
            {
                return at;
            }

            end = at + word.Length - 1;
        }

        return -1;
    }

    // Whether any word of the text is one of the words.
    private static bool AnyWord(ReadOnlySpan<char> text, string[] words)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var begin = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            if (WordList.Contains(text[begin..i], words))
            {
                return true;
            }
        }

        return false;
    }

    // The first word of the text (letters only), or empty.
    private static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> text)
    {
        var begin = 0;
        while (begin < text.Length && !char.IsLetter(text[begin]))
        {
            begin++;
        }

        var end = begin;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text[begin..end];
    }

    // The last word of the text (letters only), or empty.
    private static ReadOnlySpan<char> WordBefore(ReadOnlySpan<char> text)
    {
        var end = text.Length;
        while (end > 0 && !char.IsLetter(text[end - 1]))
        {
            end--;
        }

        var begin = end;
        while (begin > 0 && char.IsLetter(text[begin - 1]))
        {
            begin--;
        }

        return text[begin..end];
    }
}
