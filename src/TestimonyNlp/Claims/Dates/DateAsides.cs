using TestimonyNlp.Model;

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
}
