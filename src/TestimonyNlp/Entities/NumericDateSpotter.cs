using TestimonyNlp.Model;
using TestimonyNlp.Pipeline;
using TestimonyNlp.Text;

namespace TestimonyNlp.Entities;

/// <summary>
/// Adds a DATE mention for a dotted day and month in a sentence that no other mention covers: "17.08.21" and
/// "16.08.2022" anywhere, "16.08" only after a word that places a date ("on 16.08", "since 3.11"), since a day and a
/// two-digit month alone read as a decimal as well. A mention of another type that begins within the date ("17.08.21
/// she" read as a place) is dropped. The tagger misses these (they are rare in the corpus); the
/// <see cref="DateNormaliser"/> resolves them with the other mentions. Runs after the tagger, before
/// <see cref="EntityMerger"/>. Thread-safe.
/// </summary>
public sealed class NumericDateSpotter : IPipelineStage
{
    private static readonly string[] Placers = ["on", "since", "until", "till", "from", "by", "before", "after", "of"];

    /// <inheritdoc />
    public string Name => "numeric-dates";

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var entities = document.Entities;
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]) || (i > 0 && (char.IsAsciiDigit(text[i - 1]) || text[i - 1] is '.' or ',' or ':' or '/')))
            {
                continue;
            }

            var end = DottedDate(text, i);
            if (end < 0 || document.SentenceAt(i) < 0 || !Free(entities, i, end))
            {
                i = Math.Max(i, end);
                continue;
            }

            // A name that begins with the date ("17.08.21 she" read as a place) is no name.
            entities.RemoveAll(entity => entity.Start >= i && entity.Start < end);
            entities.Add(new EntityMention(string.Empty, EntityType.Date, i, end, text[i..end], null, Defaults.Confidence));
            i = end;
        }
    }

    /// <summary>The end of the dotted date that starts at <paramref name="start"/>, or -1 when none does: a day of
    /// one or two digits, a month of two, and a year of two or four digits, which may be left out after a word
    /// that places a date.</summary>
    internal static int DottedDate(string text, int start)
    {
        var day = Number(text, start, out var dayEnd);
        if (dayEnd - start is < 1 or > 2 || day is < 1 or > 31 || dayEnd >= text.Length || text[dayEnd] != '.')
        {
            return -1;
        }

        var month = Number(text, dayEnd + 1, out var monthEnd);
        if (monthEnd - dayEnd - 1 != 2 || month is < 1 or > 12)
        {
            return -1;
        }

        var end = monthEnd;
        if (monthEnd + 1 < text.Length && text[monthEnd] == '.' && char.IsAsciiDigit(text[monthEnd + 1]))
        {
            Number(text, monthEnd + 1, out var yearEnd);
            if (yearEnd - monthEnd - 1 is not (2 or 4))
            {
                return -1;
            }

            end = yearEnd;
        }
        else if (!AfterPlacer(text, start))
        {
            return -1;
        }

        // "16.08.2022.5" or "3.10km" is no date.
        if (end < text.Length && (char.IsLetterOrDigit(text[end]) || (text[end] is '.' or ',' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]))))
        {
            return -1;
        }

        return day <= DateTime.DaysInMonth(2000, month) ? end : -1;
    }

    private static int Number(string text, int start, out int end)
    {
        var value = 0;
        end = start;
        while (end < text.Length && char.IsAsciiDigit(text[end]) && end - start < 5)
        {
            value = (value * 10) + (text[end] - '0');
            end++;
        }

        return value;
    }

    // Whether the word just before start places a date ("on", "since", ...).
    private static bool AfterPlacer(string text, int start)
    {
        var wordEnd = start;
        while (wordEnd > 0 && text[wordEnd - 1] == ' ')
        {
            wordEnd--;
        }

        var wordStart = wordEnd;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        return wordEnd < start && wordStart < wordEnd && WordList.Contains(text.AsSpan(wordStart, wordEnd - wordStart), Placers);
    }

    // Whether no mention overlaps the date but ones that begin within it and are no dates.
    private static bool Free(List<EntityMention> entities, int start, int end)
    {
        foreach (var entity in entities)
        {
            if (entity.Start < end && entity.End > start && (entity.Start < start || entity.Type == EntityType.Date))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Default settings.</summary>
    public static class Defaults
    {
        /// <summary>Confidence of a spotted dotted date.</summary>
        public const double Confidence = 0.9;
    }
}
