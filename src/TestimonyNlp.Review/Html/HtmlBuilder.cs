using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace TestimonyNlp.Review.Html;

/// <summary>
/// Builds an HTML document: markup is appended as written, every value through <see cref="Text(string?)"/> or
/// <see cref="Attribute"/>, which HTML-encode it. Testimony text must only ever go through the encoding methods.
/// </summary>
internal sealed class HtmlBuilder
{
    // Letters of every script stay readable in the source; markup characters (< > & " ' and the like) are encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly StringBuilder _html = new(4096);

    /// <summary>Appends trusted markup written in this assembly (never data).</summary>
    public HtmlBuilder Raw(string markup)
    {
        _html.Append(markup);
        return this;
    }

    /// <summary>Appends <paramref name="value"/> HTML-encoded; null appends nothing.</summary>
    public HtmlBuilder Text(string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            Encoder.Encode(new StringWriter(_html, CultureInfo.InvariantCulture), value);
        }

        return this;
    }

    /// <summary>Appends a span of text HTML-encoded.</summary>
    public HtmlBuilder Text(ReadOnlySpan<char> value) => Text(value.ToString());

    /// <summary>Appends <c> name="value"</c> with the value HTML-encoded.</summary>
    public HtmlBuilder Attribute(string name, string? value)
    {
        _html.Append(' ').Append(name).Append("=\"");
        Text(value);
        _html.Append('"');
        return this;
    }

    /// <summary>Appends a hidden form field.</summary>
    public HtmlBuilder Hidden(string name, string? value) =>
        Raw("<input type=\"hidden\"").Attribute("name", name).Attribute("value", value).Raw(">");

    /// <summary>The document.</summary>
    public override string ToString() => _html.ToString();

    /// <summary>Encodes one value for use inside HTML.</summary>
    public static string Encode(string value) => Encoder.Encode(value);
}
