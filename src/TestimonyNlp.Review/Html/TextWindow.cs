using System.Globalization;
using TestimonyNlp.Store;

namespace TestimonyNlp.Review.Html;

/// <summary>
/// Writes the testimony text around an item, HTML-encoded, with the entity spans in it highlighted by type and the
/// item's own span marked as current. The slice of the text shown is the text of the element <c>#window</c>, whose
/// <c>data-from</c> is the slice's offset in the testimony (UTF-16 code units, as every offset of the store): a
/// script finds the offset of a point in the window as <c>data-from</c> plus the length of the text before it.
/// </summary>
internal static class TextWindow
{
    /// <summary>Writes the window.</summary>
    /// <param name="html">Where to write.</param>
    /// <param name="content">The whole testimony text.</param>
    /// <param name="start">The item's start offset.</param>
    /// <param name="end">The item's end offset (exclusive).</param>
    /// <param name="entities">Entities of the testimony (any order; those outside the window are skipped).</param>
    /// <param name="context">Characters shown on each side of the item, at most.</param>
    public static void Write(HtmlBuilder html, string content, int start, int end, IReadOnlyList<ReviewItem> entities, int context)
    {
        start = Math.Clamp(start, 0, content.Length);
        end = Math.Clamp(end, start, content.Length);
        var from = WordStart(content, Math.Max(0, start - context), start);
        var to = WordEnd(content, Math.Min(content.Length, end + context), end);

        var spans = entities
            .Where(e => e.Start < to && e.End > from && e.Start < e.End)
            .OrderBy(e => e.Start)
            .ThenByDescending(e => e.End)
            .ToList();
        var cuts = new SortedSet<int> { from, to, start, end };
        foreach (var span in spans)
        {
            cuts.Add(Math.Clamp(span.Start, from, to));
            cuts.Add(Math.Clamp(span.End, from, to));
        }

        html.Raw("<div class=\"text\" id=\"text\">");
        if (from > 0)
        {
            html.Text("… ");
        }

        html.Raw("<span id=\"window\"").Attribute("data-from", from.ToString(CultureInfo.InvariantCulture))
            .Attribute("data-to", to.ToString(CultureInfo.InvariantCulture)).Raw(">");

        var points = cuts.Where(c => c >= from && c <= to).ToArray();
        var currentMarked = false;
        for (var i = 0; i + 1 < points.Length; i++)
        {
            int a = points[i], b = points[i + 1];
            if (a == b)
            {
                continue;
            }

            var entity = spans.FirstOrDefault(e => e.Start <= a && e.End >= b);
            var current = start < end && start <= a && b <= end;
            if (entity is null && !current)
            {
                html.Text(content.AsSpan(a, b - a));
                continue;
            }

            var classes = entity is null ? "current" : $"ent ent-{entity.Label}" + (current ? " current" : string.Empty)
                + (entity.ReviewStatus == StoreVocabulary.Rejected ? " rejected" : string.Empty);
            html.Raw("<span").Attribute("class", classes);
            if (entity is not null)
            {
                html.Attribute("title", entity.Label + " · " + entity.Ref);
            }

            if (current && !currentMarked)
            {
                html.Raw(" id=\"current\"");
                currentMarked = true;
            }

            html.Raw(">").Text(content.AsSpan(a, b - a)).Raw("</span>");
        }

        html.Raw("</span>");
        if (to < content.Length)
        {
            html.Text(" …");
        }

        html.Raw("</div>");
    }

    // The window starts after a space, so that no word (and no surrogate pair) is cut in half.
    private static int WordStart(string content, int from, int limit)
    {
        if (from == 0 || char.IsWhiteSpace(content[from - 1]))
        {
            return from;
        }

        var space = content.AsSpan(from, limit - from).IndexOfAny(' ', '\n');
        return space < 0 ? from + (char.IsLowSurrogate(content[from]) ? 1 : 0) : from + space + 1;
    }

    private static int WordEnd(string content, int to, int limit)
    {
        if (to == content.Length || char.IsWhiteSpace(content[to]))
        {
            return to;
        }

        var space = content.AsSpan(limit, to - limit).LastIndexOfAny(' ', '\n');
        return space < 0 ? to - (char.IsHighSurrogate(content[to - 1]) ? 1 : 0) : limit + space;
    }
}
