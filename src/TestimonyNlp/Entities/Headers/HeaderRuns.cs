using System.Collections.Frozen;

namespace TestimonyNlp.Entities.Headers;

/// <summary>A run of capitalised words in a header value, with what stands around it.</summary>
/// <param name="Start">Offset of the run's first character.</param>
/// <param name="End">Offset just past the run.</param>
/// <param name="StartsValue">Nothing but a title stands before the run in the value.</param>
/// <param name="FirstInPart">No other run comes before it in its comma-separated part.</param>
/// <param name="WholePart">The run is all of its part.</param>
/// <param name="AfterLocative">A locative word (<c>in</c>, <c>from</c>, <c>near</c>) introduces it.</param>
/// <param name="AfterNameCue">A naming word (<c>called</c>, <c>call sign</c>, <c>translated by</c>) introduces it.</param>
internal readonly record struct HeaderRun(
    int Start,
    int End,
    bool StartsValue,
    bool FirstInPart,
    bool WholePart,
    bool AfterLocative,
    bool AfterNameCue);

/// <summary>Splits a header value into runs of capitalised words (see <see cref="HeaderEntityStage"/>).</summary>
internal static class HeaderRuns
{
    // Lower-case words that may stand inside a name ("Santander de Quilichao", "Abu Bakr al Baghdadi").
    private static readonly FrozenSet<string> Connectors = FrozenSet.Create(
        StringComparer.Ordinal, "de", "del", "la", "las", "los", "da", "do", "dos", "di", "al", "el", "ez", "bin", "ibn", "bint", "van", "von", "der");

    // Titles stay outside PERSON spans by the corpus conventions.
    private static readonly FrozenSet<string> Titles = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "dr", "doctor", "mr", "mrs", "ms", "miss", "prof", "professor", "sheikh", "shaikh", "hajj", "hajja", "haji",
        "father", "uncle", "captain", "kak", "ustaz", "ustad");

    // Area descriptors end a place name and stay outside its span ("Unity State", "Kassala State").
    private static readonly FrozenSet<string> Descriptors = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "state", "region", "province", "governorate", "district", "camp", "city", "town", "village", "countryside",
        "territory", "department", "county", "area", "settlement", "site", "neighbourhood", "neighborhood", "quarter", "municipality", "oblast", "raion");

    // Facility heads are part of a facility's name and go inside its span ("Sobornyi avenue", "al-Nouri mosque").
    private static readonly FrozenSet<string> FacilityHeads = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "street", "road", "avenue", "mosque", "hospital", "school", "market", "bakery", "roundabout", "junction",
        "bridge", "prison", "church", "square", "clinic", "stadium", "university", "barracks");

    // Capitalised words of header prose that name neither a person nor a place: languages, nationalities, call
    // channels and organisations.
    private static readonly FrozenSet<string> NotNames = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "english", "arabic", "french", "spanish", "portuguese", "kurdish", "kurmanji", "sorani", "pashto", "dari", "farsi", "persian", "urdu",
        "russian", "ukrainian", "burmese", "rohingya", "somali", "hausa", "kanuri", "fulfulde", "tigrinya", "amharic",
        "oromo", "swahili", "lingala", "turkish", "hebrew", "armenian", "azerbaijani", "azeri", "syrian", "iraqi", "yemeni", "sudanese",
        "libyan", "afghan", "palestinian", "lebanese", "nigerian", "congolese", "colombian", "ethiopian", "israeli", "american", "british",
        "whatsapp", "signal", "skype", "zoom", "telegram", "viber", "messenger", "facebook", "teams", "un", "unhcr", "unicef", "icrc",
        "msf", "unrwa", "wfp", "iom", "ocha", "who", "ngo", "idp", "idps", "poc", "protection", "civilians", "red", "crescent", "cross", "line", "call", "note", "notes",
        "transcript", "recording", "interpreter", "interviewer", "witness", "male", "female", "none", "not", "the", "a", "an");

    private static readonly FrozenSet<string> Locatives = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "in", "from", "near", "at", "to", "of", "outside", "inside");

    private static readonly FrozenSet<string> NameCues = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "called", "named", "sign", "given", "by", "name");

    // Skipped between a locative and the name it introduces ("in the Sobornyi district", "near northern Idlib").
    private static readonly FrozenSet<string> Fillers = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "the", "a", "an", "northern", "southern", "eastern", "western", "north", "south", "east", "west",
        "central", "rural", "greater", "old", "downtown");

    /// <summary>Adds the runs of <paramref name="text"/>[<paramref name="start"/>, <paramref name="end"/>) to
    /// <paramref name="runs"/>, in text order.</summary>
    public static void Find(string text, int start, int end, List<HeaderRun> runs)
    {
        var words = new List<Word>();
        Split(text, start, end, words);

        var partStart = 0;
        var runInPart = false;
        var i = 0;
        while (i < words.Count)
        {
            var word = words[i];
            if (word.PartStart)
            {
                partStart = i;
                runInPart = false;
            }

            var span = text.AsSpan(word.Start, word.End - word.Start);
            if (!IsNameWord(span) || IsTitle(span) || NotNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(span)
                || Descriptors.GetAlternateLookup<ReadOnlySpan<char>>().Contains(span))
            {
                i++;
                continue;
            }

            var last = i;
            for (var j = i + 1; j < words.Count && !words[j].PartStart && !words[j - 1].BreakAfter; j++)
            {
                var next = text.AsSpan(words[j].Start, words[j].End - words[j].Start);
                if (IsNameWord(next) && !Descriptors.GetAlternateLookup<ReadOnlySpan<char>>().Contains(next)
                    && !NotNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(next))
                {
                    last = j;
                }
                else if (!Connectors.GetAlternateLookup<ReadOnlySpan<char>>().Contains(next))
                {
                    break;
                }
            }

            if (last + 1 < words.Count && !words[last + 1].PartStart && !words[last].BreakAfter
                && FacilityHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(words[last + 1].Start, words[last + 1].End - words[last + 1].Start)))
            {
                last++;
            }

            // The run is the whole part when only area descriptors follow it there ("Afrin area").
            var partEnd = last + 1;
            var onlyDescriptorsAfter = true;
            while (partEnd < words.Count && !words[partEnd].PartStart)
            {
                onlyDescriptorsAfter &= Descriptors.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(words[partEnd].Start, words[partEnd].End - words[partEnd].Start));
                partEnd++;
            }

            var before = Previous(text, words, i, partStart);
            runs.Add(new HeaderRun(
                words[i].Start,
                words[last].End,
                StartsValue: OnlyTitlesBefore(text, words, i),
                FirstInPart: !runInPart,
                WholePart: i == partStart && onlyDescriptorsAfter,
                AfterLocative: before is { } b && Locatives.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(b.Start, b.End - b.Start)),
                AfterNameCue: i > 0 && NameCues.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(words[i - 1].Start, words[i - 1].End - words[i - 1].Start))));
            runInPart = true;
            i = last + 1;
        }
    }

    // The word before index i that is not a filler, within its part.
    private static Word? Previous(string text, List<Word> words, int i, int partStart)
    {
        for (var k = i - 1; k >= partStart; k--)
        {
            if (!Fillers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(words[k].Start, words[k].End - words[k].Start)))
            {
                return words[k];
            }
        }

        return null;
    }

    private static bool OnlyTitlesBefore(string text, List<Word> words, int i)
    {
        for (var k = 0; k < i; k++)
        {
            if (!IsTitle(text.AsSpan(words[k].Start, words[k].End - words[k].Start)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsTitle(ReadOnlySpan<char> word) =>
        Titles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word.TrimEnd('.'));

    // Capitalised words without digits, and lower-case Arabic article forms before a capital ("al-Zuhur").
    private static bool IsNameWord(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.ContainsAnyInRange('0', '9'))
        {
            return false;
        }

        if (char.IsUpper(word[0]))
        {
            return true;
        }

        var hyphen = word.IndexOf('-');
        return hyphen is > 0 and <= 3 && hyphen + 1 < word.Length && char.IsUpper(word[hyphen + 1]);
    }

    private static void Split(string text, int start, int end, List<Word> words)
    {
        var partStart = true;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (c is ',' or ';' or '(' or ')' or '[' or ']' or ':' or '/' or '|')
            {
                partStart = true;
                i++;
                continue;
            }

            if (char.IsWhiteSpace(c) || c is '"' or '\u201C' or '\u201D' or '\u2018' or '\u2019' && (i + 1 >= end || !char.IsLetter(text[i + 1]) || i == start || !char.IsLetter(text[i - 1])))
            {
                i++;
                continue;
            }

            var wordStart = i;
            while (i < end && !char.IsWhiteSpace(text[i]) && text[i] is not (',' or ';' or '(' or ')' or '[' or ']' or ':' or '/' or '|' or '"' or '\u201C' or '\u201D'))
            {
                i++;
            }

            var wordEnd = i;
            var breakAfter = false;
            if (text[wordEnd - 1] == '.')
            {
                // An initial keeps its period ("Olha S."); any other final period ends a sentence.
                var isInitial = wordEnd - wordStart == 2 && char.IsUpper(text[wordStart]);
                if (!isInitial && !IsTitle(text.AsSpan(wordStart, wordEnd - wordStart)))
                {
                    wordEnd--;
                    breakAfter = true;
                }
            }

            while (wordEnd > wordStart && !(wordEnd - wordStart == 2 && char.IsUpper(text[wordStart]) && text[wordStart + 1] == '.')
                && text[wordEnd - 1] is '\'' or '\u2019' or '.' or '!' or '?')
            {
                wordEnd--;
            }

            if (wordEnd > wordStart)
            {
                words.Add(new Word(wordStart, wordEnd, partStart, breakAfter));
                partStart = false;
            }

            if (breakAfter)
            {
                partStart = true;
            }
        }
    }

    private readonly record struct Word(int Start, int End, bool PartStart, bool BreakAfter);
}
