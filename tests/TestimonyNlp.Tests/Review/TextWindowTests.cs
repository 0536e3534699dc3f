using TestimonyNlp.Review.Html;
using TestimonyNlp.Store;

namespace TestimonyNlp.Tests.Review;

/// <summary>The testimony text around an item, encoded and highlighted.</summary>
public sealed class TextWindowTests
{
    [Fact]
    public void Write_ContextCutsInsideWords_WindowKeepsWholeWordsWithEllipses()
    {
        var html = new HtmlBuilder();

        TextWindow.Write(html, "one two three four five six seven", 14, 18, [Entity(1, "PERSON", 14, 18)], context: 6);

        Assert.Equal(
            "<div class=\"text\" id=\"text\">… <span id=\"window\" data-from=\"8\" data-to=\"23\">three <span class=\"ent ent-PERSON current\" title=\"PERSON · entity-1\" id=\"current\">four</span> five</span> …</div>",
            html.ToString());
    }

    [Fact]
    public void Write_OverlappingEntities_EachCharacterWrittenOnce()
    {
        var html = new HtmlBuilder();

        TextWindow.Write(html, "ab cd ef", 3, 8, [Entity(1, "PLACE", 0, 5), Entity(2, "PERSON", 3, 8)], context: 100);

        Assert.Equal(
            "<div class=\"text\" id=\"text\"><span id=\"window\" data-from=\"0\" data-to=\"8\"><span class=\"ent ent-PLACE\" title=\"PLACE · entity-1\">ab </span>"
            + "<span class=\"ent ent-PLACE current\" title=\"PLACE · entity-1\" id=\"current\">cd</span>"
            + "<span class=\"ent ent-PERSON current\" title=\"PERSON · entity-2\"> ef</span></span></div>",
            html.ToString());
    }

    [Fact]
    public void Write_MarkupInText_Encoded()
    {
        var html = new HtmlBuilder();

        TextWindow.Write(html, "a <b onclick=\"x\">&amp; 'q'", 0, 1, [], context: 100);

        Assert.Equal(
            "<div class=\"text\" id=\"text\"><span id=\"window\" data-from=\"0\" data-to=\"26\"><span class=\"current\" id=\"current\">a</span> &lt;b onclick=&quot;x&quot;&gt;&amp;amp; &#x27;q&#x27;</span></div>",
            html.ToString());
    }

    [Fact]
    public void Write_NonAsciiTextWithLineBreaks_WindowHoldsTheExactSliceFromItsOffset()
    {
        // Arabic letters and an emoji (a surrogate pair) before the item: offsets count UTF-16 code units. Line
        // breaks are written as character references, which HTML parsers keep as they are (a raw CR LF would
        // become LF and shift every offset after it).
        const string Content = "Hello there. قصف 🙂 حلب\r\nRania Khatib قالت: the shell hit Aleppo.";
        var start = Content.IndexOf("Aleppo", StringComparison.Ordinal);
        var html = new HtmlBuilder();

        TextWindow.Write(html, Content, start, start + 6, [], context: 45);

        var written = html.ToString();
        Assert.DoesNotContain('\r', written);
        Assert.DoesNotContain('\n', written);
        var window = System.Text.RegularExpressions.Regex.Match(
            written, "<span id=\"window\" data-from=\"(\\d+)\" data-to=\"(\\d+)\">(.*)</span>");
        Assert.True(window.Success);
        var from = int.Parse(window.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var to = int.Parse(window.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal((13, 65), (from, to));
        var text = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(window.Groups[3].Value, "<[^>]+>", string.Empty));
        Assert.Equal(Content[from..to], text);
        Assert.Equal(start, from + text.IndexOf("Aleppo", StringComparison.Ordinal));
    }

    private static ReviewItem Entity(long rowId, string type, int start, int end) =>
        new(new ReviewItemRef(ReviewItemKind.Entity, rowId), "T-1", 1, type, start, end, 0.5, StoreVocabulary.Unreviewed, 1, null, null);
}
