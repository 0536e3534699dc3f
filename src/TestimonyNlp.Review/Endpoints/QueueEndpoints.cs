using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using TestimonyNlp.Review.Html;
using TestimonyNlp.Store;

namespace TestimonyNlp.Review;

/// <summary>The queue: items to review, lowest confidence band first (disputed entities first within a band),
/// filterable by testimony, kind and incident.</summary>
internal static class QueueEndpoints
{
    /// <summary>Maps <c>GET /</c>.</summary>
    public static IEndpointRouteBuilder MapQueue(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/", Queue).DisableAntiforgery();
        return routes;
    }

    private static ContentHttpResult Queue(HttpContext context, IReviewStore store)
    {
        var query = QueueQuery.FromQuery(context.Request);
        var offset = Math.Max(0, QueueQuery.Int(context.Request.Query["offset"].FirstOrDefault()) ?? 0);
        var filter = query.ToFilter();
        var total = store.CountQueue(filter);
        var items = store.ReadQueue(filter, offset, Defaults.PageSize);
        var page = ReviewPage.For(context);
        return page.Result("Queue", html =>
        {
            html.Raw("<h1>Review queue</h1>");
            WriteFilterForm(html, query);
            html.Raw("<p id=\"queue-count\">").Text(string.Create(CultureInfo.InvariantCulture, $"{total} items"));
            if (items.Count > 0)
            {
                html.Text(string.Create(CultureInfo.InvariantCulture, $", {offset + 1}–{offset + items.Count} shown"));
            }

            html.Raw("</p>");
            if (items.Count == 0)
            {
                html.Raw("<p>Nothing to review here.</p>");
                return;
            }

            html.Raw("<table id=\"queue\"><thead><tr><th>Item</th><th>Testimony</th><th>Label</th><th>Confidence</th>")
                .Raw("<th>Status</th><th>Version</th><th>Open by</th></tr></thead><tbody>");
            foreach (var item in items)
            {
                html.Raw("<tr><td><a").Attribute("href", query.ItemHref(item.Ref)).Raw(">").Text(item.Ref.ToString()).Raw("</a></td>")
                    .Raw("<td>").Text(item.TestimonyId).Raw("</td>")
                    .Raw("<td>").Text(item.Label).Raw(item.Disputed ? " <span class=\"disputed\">disputed</span>" : string.Empty).Raw("</td>")
                    .Raw("<td>").Text(item.Confidence.ToString("0.00", CultureInfo.InvariantCulture)).Raw("</td>")
                    .Raw("<td>").Text(item.ReviewStatus).Raw("</td>")
                    .Raw("<td>").Text(item.Version.ToString(CultureInfo.InvariantCulture)).Raw("</td>")
                    .Raw("<td>").Text(item.LeasedTo).Raw("</td></tr>");
            }

            html.Raw("</tbody></table><p>");
            if (offset > 0)
            {
                var previous = Math.Max(0, offset - Defaults.PageSize).ToString(CultureInfo.InvariantCulture);
                html.Raw("<a rel=\"prev\"").Attribute("href", "/" + query.ToQueryString(("offset", previous))).Raw(">Previous page</a> ");
            }

            if (offset + items.Count < total)
            {
                var next = (offset + items.Count).ToString(CultureInfo.InvariantCulture);
                html.Raw("<a rel=\"next\"").Attribute("href", "/" + query.ToQueryString(("offset", next))).Raw(">Next page</a>");
            }

            html.Raw("</p>");
        });
    }

    private static void WriteFilterForm(HtmlBuilder html, QueueQuery query)
    {
        html.Raw("<form method=\"get\" action=\"/\" id=\"filter\">")
            .Raw("<label>Testimony <input").Attribute("name", QueueQuery.TestimonyField).Attribute("value", query.TestimonyId).Raw("></label> ")
            .Raw("<label>Kind <select").Attribute("name", QueueQuery.KindField).Raw("><option value=\"\">All</option>");
        foreach (var (kind, value, label) in QueueQuery.Kinds)
        {
            html.Raw("<option").Attribute("value", value).Raw(query.Kind == kind ? " selected" : string.Empty).Raw(">")
                .Text(label).Raw("</option>");
        }

        html.Raw("</select></label> ")
            .Raw("<label>Incident <input").Attribute("name", QueueQuery.IncidentField).Attribute("value", query.IncidentId).Raw("></label> ")
            .Raw("<label><input type=\"checkbox\" value=\"1\"").Attribute("name", QueueQuery.ReviewedField)
            .Raw(query.IncludeReviewed ? " checked" : string.Empty).Raw("> Include reviewed</label> ")
            .Raw("<button type=\"submit\">Filter</button></form>");
    }

    /// <summary>Default values.</summary>
    public static class Defaults
    {
        /// <summary>Items per queue page.</summary>
        public const int PageSize = 100;
    }
}
