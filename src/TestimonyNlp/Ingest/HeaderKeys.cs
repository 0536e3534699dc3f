using TestimonyNlp.Model;

namespace TestimonyNlp.Ingest;

/// <summary>Recognises header keys (<c>Interview ID</c>, <c>Date of interview</c>, ...) in any case, with spaces,
/// hyphens, underscores or periods.</summary>
internal static class HeaderKeys
{
    private const int MaxKeyLength = 40;

    /// <summary>The field <paramref name="key"/> names, or <see cref="HeaderField.None"/>.</summary>
    public static HeaderField Classify(ReadOnlySpan<char> key)
    {
        Span<char> buffer = stackalloc char[MaxKeyLength];
        var length = 0;
        foreach (var c in key)
        {
            if (c is ' ' or '\t' or '-' or '_' or '.')
            {
                continue;
            }

            if (length == MaxKeyLength)
            {
                return HeaderField.None;
            }

            buffer[length++] = char.ToLowerInvariant(c);
        }

        return buffer[..length] switch
        {
            "interviewid" or "interviewno" or "interviewnumber" or "interviewnr" or "interview#" or "id"
                or "statementid" or "statementno" or "statementnumber" or "testimonyid" or "caseid" or "caseno" => HeaderField.InterviewId,
            "dateofinterview" or "interviewdate" or "date" or "dateofstatement" or "statementdate" or "dateofcall"
                or "calldate" or "dateofrecording" or "recordingdate" or "daterecorded" or "recordedon" or "interviewedon"
                or "dateofnotes" => HeaderField.Date,
            "placeofinterview" or "interviewplace" or "interviewlocation" or "locationofinterview" or "location"
                or "place" => HeaderField.Place,
            "language" or "interviewlanguage" or "languageofinterview" => HeaderField.Language,
            "interviewer" or "interviewedby" or "notesby" or "researcher" => HeaderField.Interviewer,
            "interpreter" or "translator" => HeaderField.Interpreter,
            "speaker" or "witness" or "interviewee" or "respondent" or "witnessname" or "witnesscode"
                or "witnessid" => HeaderField.Speaker,
            _ => HeaderField.None,
        };
    }

    /// <summary>True for the fields whose key is also a speaker label in the body (<c>Interviewer:</c>).</summary>
    public static bool IsAlsoSpeakerLabel(HeaderField field) =>
        field is HeaderField.Interviewer or HeaderField.Interpreter or HeaderField.Speaker;

    /// <summary>
    /// Splits a <c>Key: value</c> line. The key is 1 to 40 characters starting with a letter, made of letters,
    /// digits, spaces and <c>-_.#/()'</c>; the value is the rest of the line, trimmed.
    /// </summary>
    public static bool TrySplit(ReadOnlySpan<char> line, out ReadOnlySpan<char> key, out ReadOnlySpan<char> value)
    {
        key = default;
        value = default;
        if (line.IsEmpty || !char.IsLetter(line[0]))
        {
            return false;
        }

        var limit = Math.Min(line.Length, MaxKeyLength + 1);
        for (var i = 1; i < limit; i++)
        {
            var c = line[i];
            if (c == ':')
            {
                key = line[..i].TrimEnd();
                value = line[(i + 1)..].Trim();
                return true;
            }

            if (!(char.IsLetterOrDigit(c) || c is ' ' or '\t' or '-' or '_' or '.' or '#' or '/' or '(' or ')' or '\''))
            {
                return false;
            }
        }

        return false;
    }
}
