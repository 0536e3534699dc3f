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
            "<div class=\"text\" id=\"text\">… three <span class=\"ent ent-PERSON current\" title=\"PERSON · entity-1\" id=\"current\">four</span> five …</div>",
            html.ToString());
    }

    [Fact]
    public void Write_OverlappingEntities_EachCharacterWrittenOnce()
    {
        var html = new HtmlBuilder();

        TextWindow.Write(html, "ab cd ef", 3, 8, [Entity(1, "PLACE", 0, 5), Entity(2, "PERSON", 3, 8)], context: 100);

        Assert.Equal(
            "<div class=\"text\" id=\"text\"><span class=\"ent ent-PLACE\" title=\"PLACE · entity-1\">ab </span>"
            + "<span class=\"ent ent-PLACE current\" title=\"PLACE · entity-1\" id=\"current\">cd</span>"
            + "<span class=\"ent ent-PERSON current\" title=\"PERSON · entity-2\"> ef</span></div>",
            html.ToString());
    }

    [Fact]
    public void Write_MarkupInText_Encoded()
    {
        var html = new HtmlBuilder();

        TextWindow.Write(html, "a <b onclick=\"x\">&amp; 'q'", 0, 1, [], context: 100);

        Assert.Equal(
            "<div class=\"text\" id=\"text\"><span class=\"current\" id=\"current\">a</span> &lt;b onclick=&quot;x&quot;&gt;&amp;amp; &#x27;q&#x27;</div>",
            html.ToString());
    }

    private static ReviewItem Entity(long rowId, string type, int start, int end) =>
        new(new ReviewItemRef(ReviewItemKind.Entity, rowId), "T-1", 1, type, start, end, 0.5, StoreVocabulary.Unreviewed, 1, null, null);
}
