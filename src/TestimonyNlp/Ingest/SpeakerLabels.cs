using System.Collections.Frozen;
using TestimonyNlp.Model;

namespace TestimonyNlp.Ingest;

/// <summary>A speaker label found at the start of a line.</summary>
/// <param name="LabelLength">Length of the label, before its colon.</param>
/// <param name="TextOffset">Offset of the utterance after the colon and whitespace.</param>
/// <param name="Role">The role a keyword label gives; <see cref="SpeakerRole.Unknown"/> for a named speaker.</param>
/// <param name="Named">True for a named speaker (<c>Layla:</c>) whose role is decided later.</param>
internal readonly record struct LabelMatch(int LabelLength, int TextOffset, SpeakerRole Role, bool Named);

/// <summary>
/// Recognises speaker labels: the keywords (<c>INTERVIEWER</c>, <c>Q</c>, <c>A</c>, <c>WITNESS</c>, ...) in any case,
/// and named speakers of 1 to 3 capitalised words. The colon must follow the label directly.
/// </summary>
internal static class SpeakerLabels
{
    /// <summary>Longest label taken as a speaker.</summary>
    public const int MaxLabelLength = 30;

    private const int MaxNamedWords = 3;

    // Words that begin sentences or name header-like fields; "Then: we ran" is not a speaker.
    private static readonly FrozenSet<string> NotSpeakers = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "Summary", "Subject", "Title", "Re", "Time", "Duration", "Transcript", "Translation", "Source", "Reference",
        "Ref", "Page", "Total", "Update", "Warning", "Example", "Tel", "Phone", "Email", "Address", "Age", "Gender",
        "Sex", "Occupation", "Nationality", "Status", "Consent", "Case", "File", "Recording", "Audio", "Video",
        "End", "Start", "Part", "Section", "Chapter", "Attachment", "Comment", "Comments", "Context", "Background",
        "Yes", "No", "Ok", "Okay", "Well", "So", "Then", "And", "But", "Also", "Later", "First", "Second", "Finally",
        "Today", "Yesterday", "Tomorrow", "Morning", "Evening", "Night", "Monday", "Tuesday", "Wednesday",
        "Thursday", "Friday", "Saturday", "Sunday", "Important", "Attention", "Caution", "Remember", "Result",
        "Results", "Conclusion", "Keywords", "Tags", "Category", "Type", "Name", "Names", "Speakers", "Participants");

    private static readonly FrozenSet<string> NotFirstWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "The", "This", "That", "These", "Those", "There", "Then", "And", "But", "So", "Yes", "No", "In", "On", "At",
        "When", "After", "Before", "My", "Our", "His", "Her", "Their", "It", "We", "They", "He", "She", "I", "You",
        "What", "Why", "How", "Where", "Who", "If", "As", "For", "From", "To", "With", "All", "Some", "One", "Two");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotSpeakersLookup =
        NotSpeakers.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotFirstWordsLookup =
        NotFirstWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Matches a speaker label at the start of <paramref name="line"/>.</summary>
    public static bool TryMatch(ReadOnlySpan<char> line, out LabelMatch match)
    {
        match = default;
        var limit = Math.Min(line.Length, MaxLabelLength + 1);
        var colon = -1;
        for (var i = 0; i < limit; i++)
        {
            var c = line[i];
            if (c == ':')
            {
                colon = i;
                break;
            }

            if (!(char.IsLetterOrDigit(c) || c is ' ' or '.' or '\'' or '\u2019' or '-'))
            {
                return false;
            }
        }

        if (colon <= 0 || line[0] == ' ' || line[colon - 1] == ' ')
        {
            return false;
        }

        var after = colon + 1;
        if (after < line.Length && (char.IsDigit(line[after]) || line[after] is '/' or ':' or '\\' or '=' or '.'))
        {
            return false;
        }

        var label = line[..colon];
        SpeakerRole role;
        bool named;
        if (TryKeyword(label, out role))
        {
            named = false;
        }
        else if (label.IndexOf(' ') is > 0 and var space && IsLongKeyword(label[..space], out role) && IsQualifier(label[(space + 1)..]))
        {
            named = false;
        }
        else if (IsNamedShape(label) && !IsExcluded(label))
        {
            role = SpeakerRole.Unknown;
            named = true;
        }
        else
        {
            return false;
        }

        var text = after;
        while (text < line.Length && line[text] is ' ' or '\t')
        {
            text++;
        }

        match = new LabelMatch(colon, text, role, named);
        return true;
    }

    /// <summary>True when <paramref name="label"/> is a role keyword, in any case.</summary>
    public static bool TryKeyword(ReadOnlySpan<char> label, out SpeakerRole role)
    {
        role = SpeakerRole.Unknown;
        if (label.Length > 12)
        {
            return false;
        }

        Span<char> upper = stackalloc char[12];
        var length = label.ToUpperInvariant(upper);
        role = upper[..length] switch
        {
            "INTERVIEWER" or "INT" or "Q" or "QUESTION" => SpeakerRole.Interviewer,
            "INTERVIEWEE" or "WITNESS" or "RESP" or "RESPONDENT" or "A" or "ANSWER" or "SURVIVOR" => SpeakerRole.Witness,
            "INTERPRETER" or "TRANSLATOR" => SpeakerRole.Interpreter,
            "NOTE" or "NOTES" or "TRANSCRIBER" => SpeakerRole.Note,
            _ => SpeakerRole.Unknown,
        };
        return role != SpeakerRole.Unknown;
    }

    // Full-word keywords that may carry a qualifier: "Witness 2", "Interpreter Nadia".
    private static bool IsLongKeyword(ReadOnlySpan<char> word, out SpeakerRole role) =>
        TryKeyword(word, out role) && word.Length >= 7;

    private static bool IsQualifier(ReadOnlySpan<char> rest) =>
        !rest.IsEmpty && (IsAllDigits(rest) || IsNamedShape(rest));

    /// <summary>1 to 3 words separated by single spaces, each starting with a capital (or a letter of a script
    /// without case); later words may be numbers (<c>Speaker 2</c>).</summary>
    public static bool IsNamedShape(ReadOnlySpan<char> label)
    {
        if (label.IsEmpty || label.Length > MaxLabelLength)
        {
            return false;
        }

        var words = 0;
        foreach (var range in label.Split(' '))
        {
            var word = label[range];
            words++;
            if (word.IsEmpty || words > MaxNamedWords)
            {
                return false;
            }

            if (words > 1 && IsAllDigits(word))
            {
                continue;
            }

            if (!IsCapitalised(word[0]))
            {
                return false;
            }

            var letters = 1;
            foreach (var c in word[1..])
            {
                if (char.IsLetterOrDigit(c))
                {
                    letters++;
                }
                else if (c is not ('.' or '\'' or '\u2019' or '-'))
                {
                    return false;
                }
            }

            if (letters == 0)
            {
                return false;
            }
        }

        return words > 0;
    }

    private static bool IsCapitalised(char c) =>
        char.IsUpper(c) || (char.IsLetter(c) && !char.IsLower(c));

    private static bool IsAllDigits(ReadOnlySpan<char> text) =>
        !text.IsEmpty && !text.ContainsAnyExceptInRange('0', '9');

    /// <summary>
    /// True when a speaker label names the person a header gives: the whole name, or its first words
    /// (<c>Sam</c> or <c>Sam Carter</c> for <c>Sam Carter</c>), with or without a leading title (<c>Amina</c> for
    /// <c>Dr. Amina Saleh</c>), in any case.
    /// </summary>
    public static bool MatchesName(ReadOnlySpan<char> label, string? name)
    {
        if (label.IsEmpty || string.IsNullOrWhiteSpace(name))
        {
            return false;
        }

        var span = name.AsSpan().Trim();
        if (StartsWithWords(span, label))
        {
            return true;
        }

        var space = span.IndexOf(' ');
        return space > 0 && span[space - 1] == '.' && StartsWithWords(span[(space + 1)..].TrimStart(), label);
    }

    private static bool StartsWithWords(ReadOnlySpan<char> name, ReadOnlySpan<char> label) =>
        name.StartsWith(label, StringComparison.OrdinalIgnoreCase)
        && (name.Length == label.Length || name[label.Length] == ' ');

    private static bool IsExcluded(ReadOnlySpan<char> label)
    {
        var field = HeaderKeys.Classify(label);
        if (field != HeaderField.None && !HeaderKeys.IsAlsoSpeakerLabel(field))
        {
            return true;
        }

        if (NotSpeakersLookup.Contains(label))
        {
            return true;
        }

        var space = label.IndexOf(' ');
        var first = space < 0 ? label : label[..space];
        return NotFirstWordsLookup.Contains(first);
    }
}
