using System.Collections.Frozen;
using System.Collections.Immutable;
using TestimonyNlp.Model;

namespace TestimonyNlp.Linking.Incidents;

/// <summary>
/// Reads what a testimony says about who is speaking: its interview id, the witness's name, and the earlier
/// interviews of the same witness that the text names. Two interviews of one person then count as one source.
/// </summary>
/// <remarks>
/// The forms read are those of interview transcripts: a header (<c>Interview ID: UA-MRP-309 (second interview with
/// the witness of UA-MRP-308)</c>, <c>Previous interview: MM-ATK-401</c>, <c>Speaker: Zalmai Noorzai</c>), a WebVTT
/// title or NOTE (<c>WEBVTT - AF-KDH-724</c>, <c>Same witness as UA-DNP-1209.</c>), a name used as the witness's
/// speaker label (<c>&lt;v Zalmai Noorzai&gt;</c>, <c>Layla:</c>), and the witness giving their name in their first
/// turns (<c>My name is Rojin Hamo.</c>, or <c>Wijdan Sabri. I am forty.</c> in answer to "What is your name?").
/// Nothing is guessed: a value the text does not give is null.
/// </remarks>
public static class WitnessEvidenceReader
{
    // Words ending the text before an id that make it the id of another, earlier interview.
    private static readonly string[] ReferenceCues =
    [
        "witness of", "follow-up to", "follow up to", "followup to", "same witness as", "previous interview",
        "earlier interview", "first interview", "previous interviews", "continuation of", "continues", "repeat of",
        "re-interview of", "same person as", "same speaker as", "also interviewed in", "interviewed in",
    ];

    // "(second interview, see IQ-MSL-621)": "see" says little alone, so it needs "interview" before it.
    private static readonly string[] SeeCue = ["see"];

    // Words ending the text before an id that make it this interview's own id.
    private static readonly string[] OwnCues =
        ["interview id", "interview", "interview no", "interview number", "webvtt", "transcript", "id", "ref"];

    // Speaker labels and header values that name a role or stand in for a name, never a name themselves.
    private static readonly FrozenSet<string> NotNames = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "A", "Q", "W", "R", "I", "INT", "RESP", "Respondent", "Witness", "Interviewee", "Survivor", "Speaker",
        "Interviewer", "Interpreter", "Translator", "Narrator", "Victim", "Anonymous", "Unknown", "Unnamed", "Male",
        "Female", "Man", "Woman", "Mother", "Father", "Mr", "Mrs", "Ms", "Dr", "Source", "Participant", "Person",
        "Withheld", "Redacted", "Name", "Statement", "Declarant", "Complainant", "Informant", "Subject", "Elder",
        "Boy", "Girl", "Child", "Student", "Teacher", "Doctor", "Nurse", "Farmer", "Unidentified", "Voice");

    // Words a self-introduction may put after the name; the name ends before them.
    private static readonly FrozenSet<string> NameStops = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "I", "And", "But", "From", "In", "Of", "At", "The", "My", "Only", "People", "They", "Everybody", "Everyone",
        "Am", "Is", "Was", "Yes", "No", "Sir", "Madam", "Please", "Thank", "Now", "Here", "Born", "Aged", "Age");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotNamesLookup =
        NotNames.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NameStopsLookup =
        NameStops.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Reads the witness evidence of one testimony.</summary>
    /// <param name="testimonyId">The testimony id.</param>
    /// <param name="metadata">Its header metadata.</param>
    /// <param name="content">Its decoded text.</param>
    /// <param name="segments">Its segments in text order (speaker turns and cues).</param>
    public static WitnessEvidence Read(
        string testimonyId, TestimonyMetadata metadata, string content, IReadOnlyList<Segment> segments)
    {
        ArgumentNullException.ThrowIfNull(testimonyId);
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(segments);

        var ids = FindIds(content);
        var interviewId = HeaderInterviewId(metadata.InterviewId) ?? OwnId(content, segments, ids);
        var references = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        if (metadata.InterviewId is { } headerId)
        {
            AddReferences(headerId, FindIds(headerId), interviewId, references);
        }

        AddReferences(content, ids, interviewId, references);
        return new WitnessEvidence(
            testimonyId,
            interviewId,
            SpeakerName(metadata, content, segments),
            [.. references]);
    }

    /// <summary>The first id-shaped token of the header's interview id (<c>IQ-MSL-622</c> of <c>IQ-MSL-622 (second
    /// interview, see IQ-MSL-621)</c>), else its first word; null when the header gives none.</summary>
    private static string? HeaderInterviewId(string? headerId)
    {
        if (string.IsNullOrWhiteSpace(headerId))
        {
            return null;
        }

        var ids = FindIds(headerId);
        if (ids.Count > 0)
        {
            return headerId.Substring(ids[0].Start, ids[0].Length);
        }

        var value = headerId.AsSpan().Trim();
        var end = value.IndexOfAny(' ', '(', ',');
        return (end < 0 ? value : value[..end]).ToString();
    }

    /// <summary>An id before the first utterance that the text presents as this interview's own
    /// (<c>WEBVTT - AF-KDH-724</c>, <c>Interview AF-KDH-724.</c>), or null.</summary>
    private static string? OwnId(string content, IReadOnlyList<Segment> segments, List<(int Start, int Length)> ids)
    {
        var preambleEnd = segments.Count > 0 ? segments[0].Start : Math.Min(content.Length, Defaults.PreambleLength);
        foreach (var (start, length) in ids)
        {
            if (start >= preambleEnd)
            {
                break;
            }

            var before = LineBefore(content, start);
            if (!EndsWithCue(before, ReferenceCues) && EndsWithCue(before, OwnCues))
            {
                return content.Substring(start, length);
            }
        }

        return null;
    }

    /// <summary>Adds the ids of <paramref name="text"/> that the words before them mark as earlier interviews of
    /// the same witness.</summary>
    private static void AddReferences(
        string text, List<(int Start, int Length)> ids, string? ownId, SortedSet<string> references)
    {
        foreach (var (start, length) in ids)
        {
            var id = text.Substring(start, length);
            if (string.Equals(id, ownId, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var before = LineBefore(text, start);
            if (EndsWithCue(before, ReferenceCues)
                || EndsWithCue(StripTrailingWord(before, "interview"), ReferenceCues)
                || (EndsWithCue(before, SeeCue) && before.Contains("interview", StringComparison.OrdinalIgnoreCase)))
            {
                references.Add(id);
            }
        }
    }

    /// <summary>The text of the line (or sentence) before <paramref name="position"/>, at most a few words.</summary>
    private static ReadOnlySpan<char> LineBefore(string text, int position)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, position - 1)) + 1;
        var from = Math.Max(lineStart, position - Defaults.CueWindow);
        return text.AsSpan(from, position - from);
    }

    private static ReadOnlySpan<char> StripTrailingWord(ReadOnlySpan<char> text, string word)
    {
        var trimmed = TrimCuePunctuation(text);
        return trimmed.EndsWith(word, StringComparison.OrdinalIgnoreCase)
            ? trimmed[..^word.Length]
            : [];
    }

    /// <summary>True when <paramref name="text"/>, without the punctuation and spaces that end it, ends with one of
    /// <paramref name="cues"/> as whole words.</summary>
    private static bool EndsWithCue(ReadOnlySpan<char> text, string[] cues)
    {
        var trimmed = TrimCuePunctuation(text);
        foreach (var cue in cues)
        {
            if (trimmed.EndsWith(cue, StringComparison.OrdinalIgnoreCase)
                && (trimmed.Length == cue.Length || !char.IsLetterOrDigit(trimmed[^(cue.Length + 1)])))
            {
                return true;
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> TrimCuePunctuation(ReadOnlySpan<char> text) =>
        text.TrimEnd(" \t:-–—(#.,\u00A0");

    /// <summary>
    /// The interview-id-shaped tokens of <paramref name="text"/>: two or more hyphen-joined parts, letter parts of 2
    /// to 5 capitals first, a part of 1 to 6 digits last (<c>AF-KDH-724</c>, <c>TRF-811</c>, <c>DZ-031</c>).
    /// </summary>
    internal static List<(int Start, int Length)> FindIds(string text)
    {
        var ids = new List<(int, int)>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiLetterUpper(text[i]) || (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] == '-')))
            {
                i++;
                continue;
            }

            var end = MatchId(text, i);
            if (end > i)
            {
                ids.Add((i, end - i));
                i = end;
            }
            else
            {
                i++;
            }
        }

        return ids;
    }

    /// <summary>The end of the id starting at <paramref name="start"/>, or <paramref name="start"/> when there is
    /// none.</summary>
    private static int MatchId(string text, int start)
    {
        var position = start;
        var letterParts = 0;
        while (true)
        {
            var partStart = position;
            while (position < text.Length && char.IsAsciiLetterUpper(text[position]))
            {
                position++;
            }

            var letters = position - partStart;
            if (letters > 0)
            {
                if (letters < 2 || letters > 5 || position >= text.Length || text[position] != '-')
                {
                    return start;
                }

                letterParts++;
                position++;
                continue;
            }

            while (position < text.Length && char.IsAsciiDigit(text[position]))
            {
                position++;
            }

            var digits = position - partStart;
            var endsWell = position >= text.Length || !(char.IsLetterOrDigit(text[position])
                || (text[position] == '-' && position + 1 < text.Length && char.IsLetterOrDigit(text[position + 1])));
            return letterParts > 0 && digits is > 0 and <= 6 && endsWell ? position : start;
        }
    }

    /// <summary>The witness's name: the header's speaker, else a name used as the witness's speaker label, else a
    /// name the witness gives in their first turns; a fuller name of the same person is preferred to a first name
    /// alone.</summary>
    private static string? SpeakerName(TestimonyMetadata metadata, string content, IReadOnlyList<Segment> segments)
    {
        if (metadata.Speaker is { } header && AsName(header.AsSpan().Trim()) is { } headerName)
        {
            return headerName;
        }

        var label = WitnessLabel(segments);
        if (label is not null && label.Contains(' ', StringComparison.Ordinal))
        {
            return label;
        }

        var introduced = Introduction(content, segments);
        var name = label is null
            ? introduced
            : introduced is not null
                && introduced.StartsWith(label, StringComparison.OrdinalIgnoreCase)
                && introduced.Length > label.Length
                && introduced[label.Length] == ' '
                ? introduced
                : label;

        // "<v Olena>" answering "Mrs. Kravchenko, thank you for seeing us again": one person, first name and surname.
        return name is not null && !name.Contains(' ', StringComparison.Ordinal)
            && AddressedSurname(content, segments) is { } surname
            ? name + " " + surname
            : name;
    }

    private static readonly string[] Honorifics = ["Mrs. ", "Mrs ", "Mr. ", "Mr ", "Ms. ", "Ms ", "Miss "];

    /// <summary>The surname the interviewer addresses the witness by in their first turns (<c>Mrs. Kravchenko</c>),
    /// or null.</summary>
    private static string? AddressedSurname(string content, IReadOnlyList<Segment> segments)
    {
        var turns = 0;
        foreach (var segment in segments)
        {
            if (segment.Role != SpeakerRole.Interviewer)
            {
                continue;
            }

            var text = content.AsSpan(segment.Start, Math.Clamp(segment.End, segment.Start, content.Length) - segment.Start);
            foreach (var honorific in Honorifics)
            {
                var at = text.IndexOf(honorific, StringComparison.Ordinal);
                if (at < 0)
                {
                    continue;
                }

                var rest = text[(at + honorific.Length)..];
                var end = 0;
                while (end < rest.Length && (char.IsLetter(rest[end]) || rest[end] is '-' or '\'' or '\u2019'))
                {
                    end++;
                }

                var surname = rest[..end];
                if (surname.Length > 1 && char.IsUpper(surname[0]) && IsPersonalName(surname))
                {
                    return surname.ToString();
                }
            }

            if (++turns >= Defaults.IntroductionTurns)
            {
                break;
            }
        }

        return null;
    }

    /// <summary>The name a header value gives: its part before the first comma or parenthesis (<c>Olha S.</c> of
    /// <c>Olha S., 39, accountant</c>) when that is a personal name; null for codes (<c>W-042</c>).</summary>
    private static string? AsName(ReadOnlySpan<char> value)
    {
        var end = value.IndexOfAny(',', '(', ';');
        var name = (end < 0 ? value : value[..end]).Trim();
        return IsPersonalName(name) ? name.ToString() : null;
    }

    /// <summary>The label most witness segments carry, when it is a personal name.</summary>
    private static string? WitnessLabel(IReadOnlyList<Segment> segments)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var segment in segments)
        {
            if (segment.Role == SpeakerRole.Witness && segment.Speaker is { } speaker)
            {
                counts[speaker] = counts.GetValueOrDefault(speaker) + 1;
            }
        }

        var best = counts
            .OrderByDescending(pair => pair.Value)
            .ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => pair.Key)
            .FirstOrDefault();
        return best is not null && IsPersonalName(best.AsSpan().Trim()) ? best.Trim() : null;
    }

    /// <summary>
    /// A name the witness gives in their first turns: after <c>my name is</c> (<c>I am called</c>, <c>call me</c>),
    /// or opening the answer to a question about their name (<c>Wijdan Sabri. I am forty.</c>).
    /// </summary>
    private static string? Introduction(string content, IReadOnlyList<Segment> segments)
    {
        var witnessTurns = 0;
        var askedName = false;
        foreach (var segment in segments)
        {
            var text = content.AsSpan(segment.Start, Math.Clamp(segment.End, segment.Start, content.Length) - segment.Start);
            if (segment.Role == SpeakerRole.Interviewer)
            {
                askedName = text.Contains("your name", StringComparison.OrdinalIgnoreCase);
                continue;
            }

            if (segment.Role is not (SpeakerRole.Witness or SpeakerRole.Unknown))
            {
                continue;
            }

            if (NameAfterCue(text) is { } named)
            {
                return named;
            }

            if (askedName && LeadingName(text) is { } answered)
            {
                return answered;
            }

            askedName = false;
            if (++witnessTurns >= Defaults.IntroductionTurns)
            {
                break;
            }
        }

        return null;
    }

    private static readonly string[] IntroductionCues = ["my name is ", "i am called ", "my full name is ", "name is "];

    private static string? NameAfterCue(ReadOnlySpan<char> text)
    {
        foreach (var cue in IntroductionCues)
        {
            var at = text.IndexOf(cue, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && LeadingName(text[(at + cue.Length)..]) is { } name)
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>The capitalised words that open <paramref name="text"/>, up to the first punctuation or stop word,
    /// when they make a personal name.</summary>
    private static string? LeadingName(ReadOnlySpan<char> text)
    {
        text = text.TrimStart();
        var end = 0;
        var words = 0;
        while (end < text.Length && words < Defaults.MaxNameWords)
        {
            var wordEnd = end;
            while (wordEnd < text.Length && IsNameCharacter(text[wordEnd]))
            {
                wordEnd++;
            }

            var word = text[end..wordEnd];
            if (word.IsEmpty || !char.IsUpper(word[0]) || NameStopsLookup.Contains(word.TrimEnd('.')))
            {
                break;
            }

            words++;
            end = wordEnd;

            // "Halyna Moroz. Halyna Vasylivna": a full stop after a word (not an initial) ends the name.
            if (end >= text.Length || text[end] != ' ' || (word.Length > 2 && word[^1] == '.'))
            {
                break;
            }

            end++;
        }

        var name = text[..end].TrimEnd().TrimEnd('.');
        return words > 0 && IsPersonalName(name) ? name.ToString() : null;
    }

    private static bool IsNameCharacter(char c) => char.IsLetter(c) || c is '-' or '\'' or '\u2019' or '.';

    /// <summary>
    /// True for 1 to 4 capitalised words of letters (with hyphens, apostrophes and initials), none of them a role
    /// word; labels in capitals alone pass only with two words or more (<c>RESP</c> is a role, not a name).
    /// </summary>
    internal static bool IsPersonalName(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text.Length > Defaults.MaxNameLength)
        {
            return false;
        }

        var words = 0;
        var lowerCase = false;
        foreach (var range in text.Split(' '))
        {
            var word = text[range];
            if (word.IsEmpty)
            {
                continue;
            }

            words++;
            var bare = word.TrimEnd('.');
            if (words > Defaults.MaxNameWords || bare.IsEmpty || !char.IsUpper(bare[0]) || NotNamesLookup.Contains(bare))
            {
                return false;
            }

            foreach (var c in bare)
            {
                if (!IsNameCharacter(c))
                {
                    return false;
                }

                lowerCase |= char.IsLower(c);
            }
        }

        return words > 0 && (lowerCase || words >= 2);
    }

    /// <summary>Defaults of witness reading.</summary>
    public static class Defaults
    {
        /// <summary>How far into a text without segments its preamble (header, title) may reach.</summary>
        public const int PreambleLength = 2000;

        /// <summary>How many characters before an id are read for the words that say what it is.</summary>
        public const int CueWindow = 60;

        /// <summary>How many of the witness's first turns are read for a self-introduction.</summary>
        public const int IntroductionTurns = 3;

        /// <summary>The most words a name has.</summary>
        public const int MaxNameWords = 4;

        /// <summary>The longest name taken.</summary>
        public const int MaxNameLength = 60;
    }
}
