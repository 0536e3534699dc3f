using System.Globalization;
using System.Text;
using TestimonyNlp.Review.Html;
using TestimonyNlp.Store;

namespace TestimonyNlp.Review;

/// <summary>
/// The queue's filter as the pages carry it: in the queue's query string, in each item link, and in hidden fields of
/// each item form, so that "next" after a save stays within the filter.
/// </summary>
/// <param name="TestimonyId">Only items of this testimony id.</param>
/// <param name="Kind">Only items of this kind.</param>
/// <param name="IncidentId">Only claims and incident links of this incident.</param>
/// <param name="IncludeReviewed">Also items already reviewed.</param>
internal sealed record QueueQuery(string? TestimonyId, ReviewItemKind? Kind, string? IncidentId, bool IncludeReviewed)
{
    /// <summary>The testimony id field.</summary>
    public const string TestimonyField = "testimony";

    /// <summary>The item kind field: <c>entity</c>, <c>claim</c> or <c>link</c>.</summary>
    public const string KindField = "kind";

    /// <summary>The incident id field.</summary>
    public const string IncidentField = "incident";

    /// <summary>The include-reviewed field (<c>1</c>).</summary>
    public const string ReviewedField = "reviewed";

    /// <summary>The kinds with their field values, in the order the filter form lists them.</summary>
    public static IReadOnlyList<(ReviewItemKind Kind, string Value, string Label)> Kinds { get; } =
    [
        (ReviewItemKind.Entity, "entity", "Entities"),
        (ReviewItemKind.Claim, "claim", "Claims"),
        (ReviewItemKind.IncidentLink, "link", "Incident links"),
    ];

    /// <summary>Reads the filter from query or form values; unknown kinds and blank values do not filter.</summary>
    public static QueueQuery From(Func<string, string?> value)
    {
        var kindValue = value(KindField);
        ReviewItemKind? kind = null;
        foreach (var candidate in Kinds)
        {
            if (candidate.Value == kindValue)
            {
                kind = candidate.Kind;
            }
        }

        return new QueueQuery(
            Blank(value(TestimonyField)), kind, Blank(value(IncidentField)), value(ReviewedField) == "1");
    }

    /// <summary>Reads the filter from the request's query string.</summary>
    public static QueueQuery FromQuery(HttpRequest request) => From(name => request.Query[name].FirstOrDefault());

    /// <summary>Reads the filter from the request's form.</summary>
    public static QueueQuery FromForm(IFormCollection form) => From(name => form[name].FirstOrDefault());

    /// <summary>The store's filter.</summary>
    public ReviewQueueFilter ToFilter() => new(TestimonyId, Kind, IncidentId, IncludeReviewed);

    /// <summary>The field value of the kind, or null.</summary>
    public string? KindValue => Kind is { } kind ? Kinds.First(k => k.Kind == kind).Value : null;

    /// <summary>The query string (<c>?testimony=DM-007&amp;kind=entity</c>), or an empty string when nothing filters.</summary>
    public string ToQueryString(params (string Name, string? Value)[] extra)
    {
        var builder = new StringBuilder();
        foreach (var (name, value) in Fields().Concat(extra))
        {
            Append(builder, name, value);
        }

        return builder.ToString();
    }

    /// <summary>The filter as hidden form fields.</summary>
    public void WriteHidden(HtmlBuilder html)
    {
        foreach (var (name, value) in Fields())
        {
            if (value is not null)
            {
                html.Hidden(name, value);
            }
        }
    }

    private (string Name, string? Value)[] Fields() =>
    [
        (TestimonyField, TestimonyId),
        (KindField, KindValue),
        (IncidentField, IncidentId),
        (ReviewedField, IncludeReviewed ? "1" : null),
    ];

    /// <summary>The link to an item's page within this filter.</summary>
    public string ItemHref(ReviewItemRef item, params (string Name, string? Value)[] extra) =>
        "/items/" + item.ToString() + ToQueryString(extra);

    private static void Append(StringBuilder builder, string name, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        builder.Append(builder.Length == 0 ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>An integer query value, or null.</summary>
    public static int? Int(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
}
