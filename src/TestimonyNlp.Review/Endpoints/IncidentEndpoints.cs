using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using TestimonyNlp.Model;
using TestimonyNlp.Review.Html;
using TestimonyNlp.Store;

namespace TestimonyNlp.Review;

/// <summary>
/// Incidents: the list (grade, sources, toll; filtered by grade), each incident's page (its claims by testimony with
/// their quotes, link status, site and date) and the reviewer's merge and split, each a POST with the versions the
/// page showed, applied through <see cref="IReviewStore.MergeIncidents"/> and <see cref="IReviewStore.SplitIncident"/>.
/// </summary>
internal static class IncidentEndpoints
{
    /// <summary>The grade filter field.</summary>
    public const string GradeField = "grade";

    /// <summary>The field naming the other incident an incident's page is compared with (for a merge or a split into it).</summary>
    public const string WithField = "with";

    /// <summary>The message of a stale merge or split.</summary>
    public const string StaleMessage =
        "These incidents were changed by someone else since you opened the page: reload it to see them as they are now before you change them.";

    /// <summary>Maps <c>GET /incidents</c>, <c>GET /incidents/{id}</c> and <c>POST /incidents/{id}/merge|split</c>.</summary>
    public static IEndpointRouteBuilder MapIncidents(this IEndpointRouteBuilder routes)
    {
        // The anti-forgery check of every POST is AntiforgeryMiddleware's, explicit and before any endpoint.
        var incidents = routes.MapGroup("/incidents").DisableAntiforgery();
        incidents.MapGet("/", List);
        incidents.MapGet("/{id}", Incident);
        var writes = incidents.MapGroup("/{id}").RequireAuthorization(ReviewClaims.WritePolicy);
        writes.MapPost("/merge", Merge);
        writes.MapPost("/split", Split);
        return routes;
    }

    /// <summary>Writes a link to the incident's page (for the pages of incident links).</summary>
    public static void WriteIncidentLink(HtmlBuilder html, string incidentId) =>
        html.Raw("<p id=\"incident-link\"><a").Attribute("href", Href(incidentId)).Raw(">Incident ").Text(incidentId).Raw("</a></p>");

    private static ContentHttpResult List(HttpContext context, IReviewStore store)
    {
        var gradeText = context.Request.Query[GradeField].FirstOrDefault();
        IncidentGrade? grade = Vocabulary.TryParseIncidentGrade(gradeText, out var parsed) ? parsed : null;
        var offset = Math.Max(0, QueueQuery.Int(context.Request.Query["offset"].FirstOrDefault()) ?? 0);
        var total = store.CountIncidents(grade);
        var incidents = store.ReadIncidents(grade, offset, Defaults.PageSize);
        var page = ReviewPage.For(context);
        return page.Result("Incidents", html =>
        {
            html.Raw("<h1>Incidents</h1><form method=\"get\" action=\"/incidents\" id=\"grade-filter\"><label>Grade <select")
                .Attribute("name", GradeField).Raw("><option value=\"\">All</option>");
            foreach (var value in Enum.GetValues<IncidentGrade>())
            {
                html.Raw("<option").Attribute("value", value.ToWire()).Raw(grade == value ? " selected" : string.Empty).Raw(">")
                    .Text(value.ToWire()).Raw("</option>");
            }

            html.Raw("</select></label> <button type=\"submit\">Filter</button></form>");
            html.Raw("<p id=\"incident-count\">").Text(string.Create(CultureInfo.InvariantCulture, $"{total} incidents")).Raw("</p>");
            if (incidents.Count == 0)
            {
                html.Raw("<p>No incidents here.</p>");
                return;
            }

            html.Raw("<table id=\"incidents\"><thead><tr><th>Incident</th><th>Grade</th><th>Site</th><th>Date</th>")
                .Raw("<th>Weapon</th><th>Toll</th><th>Testimonies</th><th>Sources</th><th>Previous ids</th><th>Version</th></tr></thead><tbody>");
            foreach (var incident in incidents)
            {
                html.Raw("<tr><td><a").Attribute("href", Href(incident.IncidentId)).Raw(">").Text(incident.IncidentId).Raw("</a></td><td>")
                    .Text(incident.Grade.ToWire()).Raw("</td><td>").Text(incident.SiteId).Raw("</td><td>")
                    .Text(Dates(incident.DateFrom, incident.DateTo)).Raw("</td><td>").Text(incident.Weapon?.ToWire()).Raw("</td><td>")
                    .Text(Toll(incident.VictimsMin, incident.VictimsMax)).Raw("</td><td>")
                    .Text(incident.Testimonies.Length.ToString(CultureInfo.InvariantCulture)).Raw("</td><td>")
                    .Text(incident.IndependentSources.ToString(CultureInfo.InvariantCulture)).Raw("</td><td>")
                    .Text(string.Join(' ', incident.PreviousIds)).Raw("</td><td>")
                    .Text(incident.Version.ToString(CultureInfo.InvariantCulture)).Raw("</td></tr>");
            }

            html.Raw("</tbody></table><p>");
            var gradeQuery = grade is { } g ? "&" + GradeField + "=" + g.ToWire() : string.Empty;
            if (offset > 0)
            {
                var previous = Math.Max(0, offset - Defaults.PageSize).ToString(CultureInfo.InvariantCulture);
                html.Raw("<a rel=\"prev\"").Attribute("href", "/incidents?offset=" + previous + gradeQuery).Raw(">Previous page</a> ");
            }

            if (offset + incidents.Count < total)
            {
                var next = (offset + incidents.Count).ToString(CultureInfo.InvariantCulture);
                html.Raw("<a rel=\"next\"").Attribute("href", "/incidents?offset=" + next + gradeQuery).Raw(">Next page</a>");
            }

            html.Raw("</p>");
        });
    }

    private static Results<ContentHttpResult, SeeOther> Incident(HttpContext context, IReviewStore store, ITestimonyStore testimonies, string id)
    {
        var page = ReviewPage.For(context);
        if (store.ReadIncident(id) is not { } found)
        {
            // An id merged into another incident leads to the survivor, which lists it in its previous ids.
            var survivor = testimonies.ReadIncidents().FirstOrDefault(i => i.PreviousIds.Contains(id, StringComparer.Ordinal));
            return survivor is null ? NotFound(page) : new SeeOther(Href(survivor.IncidentId));
        }

        var withId = context.Request.Query[WithField].FirstOrDefault()?.Trim();
        var other = string.IsNullOrEmpty(withId) || withId == id ? null : store.ReadIncident(withId);
        var canWrite = ReviewClaims.CanWrite(context.User);
        var contents = new Dictionary<long, string>();
        string ContentOf(long testimonyRowId)
        {
            if (!contents.TryGetValue(testimonyRowId, out var content))
            {
                content = testimonies.ReadContent(testimonyRowId) ?? string.Empty;
                contents.Add(testimonyRowId, content);
            }

            return content;
        }

        return page.Result(id, html =>
        {
            var incident = found.Incident;
            html.Raw("<h1>Incident ").Text(incident.IncidentId).Raw(" · ").Text(incident.Grade.ToWire()).Raw("</h1>");
            WriteFields(html, incident);
            if (canWrite)
            {
                html.Raw("<form method=\"post\"").Attribute("action", Href(incident.IncidentId) + "/split").Raw(" id=\"split\">");
                page.Antiforgery.Write(html);
                html.Hidden("version", incident.Version.ToString(CultureInfo.InvariantCulture));
                if (other is not null)
                {
                    html.Hidden("target", other.Incident.IncidentId)
                        .Hidden("targetVersion", other.Incident.Version.ToString(CultureInfo.InvariantCulture));
                }
            }

            WriteClaims(html, found.Claims, ContentOf, canWrite);
            if (canWrite)
            {
                html.Raw("<p><button type=\"submit\">")
                    .Text(other is null ? "Move the chosen claims into a new incident" : $"Move the chosen claims into incident {other.Incident.IncidentId}")
                    .Raw("</button></p></form>");
            }

            html.Raw("<h2>Compare with another incident</h2><form method=\"get\"").Attribute("action", Href(incident.IncidentId))
                .Raw(" id=\"compare\"><label>Incident <input").Attribute("name", WithField).Attribute("value", withId).Raw("></label> ")
                .Raw("<button type=\"submit\">Show</button></form>");
            if (!string.IsNullOrEmpty(withId) && other is null)
            {
                html.Raw("<p class=\"notice\">").Text($"There is no other incident {withId}.").Raw("</p>");
            }

            if (other is not null)
            {
                html.Raw("<div id=\"other\"><h2>Incident ").Text(other.Incident.IncidentId).Raw(" · ").Text(other.Incident.Grade.ToWire()).Raw("</h2>");
                WriteFields(html, other.Incident);
                WriteClaims(html, other.Claims, ContentOf, canWrite: false);
                if (canWrite)
                {
                    html.Raw("<form method=\"post\"").Attribute("action", Href(incident.IncidentId) + "/merge").Raw(" id=\"merge\">");
                    page.Antiforgery.Write(html);
                    html.Hidden("version", incident.Version.ToString(CultureInfo.InvariantCulture))
                        .Hidden("source", other.Incident.IncidentId)
                        .Hidden("sourceVersion", other.Incident.Version.ToString(CultureInfo.InvariantCulture))
                        .Raw("<button type=\"submit\">").Text($"Merge {other.Incident.IncidentId} into {incident.IncidentId}")
                        .Raw("</button></form>");
                }

                html.Raw("</div>");
            }

            html.Raw("<p class=\"nav\"><a href=\"/incidents\">All incidents</a> <a")
                .Attribute("href", "/?" + QueueQuery.IncidentField + "=" + Uri.EscapeDataString(incident.IncidentId) + "&" + QueueQuery.ReviewedField + "=1")
                .Raw(">Its items in the queue</a></p>");
        });
    }

    private static Results<SeeOther, ContentHttpResult> Merge(HttpContext context, IReviewStore store, TimeProvider time, string id)
    {
        var page = ReviewPage.For(context);

        // The anti-forgery middleware has read the form already; this is its buffered copy.
        var form = context.Request.Form;
        var source = form["source"].FirstOrDefault();
        if (QueueQuery.Int(form["version"].FirstOrDefault()) is not { } version
            || QueueQuery.Int(form["sourceVersion"].FirstOrDefault()) is not { } sourceVersion
            || string.IsNullOrWhiteSpace(source))
        {
            return page.Message("Not merged", "The form did not say which incident to merge, or which versions the page showed.", StatusCodes.Status400BadRequest, Href(id), "Back to the incident");
        }

        var outcome = store.MergeIncidents(new IncidentMerge(id, version, source, sourceVersion), context.User.Identity!.Name!, time.GetUtcNow());
        return Answer(page, outcome, id, "Not merged");
    }

    private static Results<SeeOther, ContentHttpResult> Split(HttpContext context, IReviewStore store, TimeProvider time, string id)
    {
        var page = ReviewPage.For(context);
        var form = context.Request.Form;
        if (QueueQuery.Int(form["version"].FirstOrDefault()) is not { } version)
        {
            return page.Message("Not split", "The form did not say which version of the incident the page showed.", StatusCodes.Status400BadRequest, Href(id), "Back to the incident");
        }

        var claims = new List<long>();
        foreach (var value in form["claim"])
        {
            if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var rowId))
            {
                return page.Message("Not split", "A chosen claim is not a claim number.", StatusCodes.Status400BadRequest, Href(id), "Back to the incident");
            }

            claims.Add(rowId);
        }

        var target = form["target"].FirstOrDefault();
        var targetVersion = QueueQuery.Int(form["targetVersion"].FirstOrDefault());
        if (!string.IsNullOrWhiteSpace(target) && targetVersion is null)
        {
            return page.Message("Not split", "The form did not say which version of the target incident the page showed.", StatusCodes.Status400BadRequest, Href(id), "Back to the incident");
        }

        var split = new IncidentSplit(id, version, claims, string.IsNullOrWhiteSpace(target) ? null : target, targetVersion);
        var outcome = store.SplitIncident(split, context.User.Identity!.Name!, time.GetUtcNow());
        return Answer(page, outcome, id, "Not split");
    }

    private static Results<SeeOther, ContentHttpResult> Answer(ReviewPage page, IncidentOutcome outcome, string id, string refused) =>
        outcome.Kind switch
        {
            ReviewOutcomeKind.Applied => new SeeOther(Href(id) + "?" + WithField + "=" + Uri.EscapeDataString(outcome.IncidentId ?? id)),
            ReviewOutcomeKind.Stale => page.Message(refused + ": changed by someone else", StaleMessage, StatusCodes.Status409Conflict, Href(id), "Reload the incident"),
            ReviewOutcomeKind.LeasedToOther => page.Message(refused + ": a claim is open by another reviewer", outcome.Message ?? "Another reviewer has a claim of these incidents open; try again when they are done.", StatusCodes.Status409Conflict, Href(id), "Reload the incident"),
            ReviewOutcomeKind.NotFound => page.Message(refused, outcome.Message ?? "There is no such incident.", StatusCodes.Status404NotFound, "/incidents", "All incidents"),
            _ => page.Message(refused, outcome.Message ?? "This change does not fit the incidents.", StatusCodes.Status400BadRequest, Href(id), "Back to the incident"),
        };

    private static void WriteFields(HtmlBuilder html, StoredIncident incident)
    {
        html.Raw("<dl class=\"incident-fields\">");
        Field(html, "Site", incident.SiteId);
        Field(html, "Date", Dates(incident.DateFrom, incident.DateTo));
        Field(html, "Weapon", incident.Weapon?.ToWire());
        Field(html, "Actor", incident.Actor);
        Field(html, "Toll", Toll(incident.VictimsMin, incident.VictimsMax));
        Field(html, "Testimonies", string.Join(' ', incident.Testimonies));
        Field(html, "Independent sources", incident.IndependentSources.ToString(CultureInfo.InvariantCulture));
        Field(html, "Conflicts", string.Join(' ', incident.Conflicts));
        Field(html, "Previous ids", string.Join(' ', incident.PreviousIds));
        Field(html, "Version", incident.Version.ToString(CultureInfo.InvariantCulture));
        html.Raw("</dl>");
    }

    private static void Field(HtmlBuilder html, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            html.Raw("<dt>").Text(name).Raw("</dt><dd>").Text(value).Raw("</dd>");
        }
    }

    private static void WriteClaims(HtmlBuilder html, IReadOnlyList<ReviewIncidentClaim> claims, Func<long, string> contentOf, bool canWrite)
    {
        html.Raw("<table class=\"incident-claims\"><thead><tr>").Raw(canWrite ? "<th>Move</th>" : string.Empty)
            .Raw("<th>Testimony</th><th>Claim</th><th>Quote</th><th>Harm</th><th>Toll</th><th>Site</th><th>Date</th><th>Link</th></tr></thead><tbody>");
        foreach (var claim in claims)
        {
            var rowId = claim.ClaimRowId.ToString(CultureInfo.InvariantCulture);
            html.Raw("<tr").Attribute("id", "claim-" + rowId).Raw(">");
            if (canWrite)
            {
                html.Raw("<td><input type=\"checkbox\" name=\"claim\"").Attribute("value", rowId)
                    .Attribute("aria-label", "Move claim " + claim.ClaimId + " of " + claim.TestimonyId).Raw("></td>");
            }

            html.Raw("<td>").Text(claim.TestimonyId).Raw("</td><td><a").Attribute("href", "/items/claim-" + rowId).Raw(">")
                .Text(claim.ClaimId).Raw("</a></td><td>");
            TextWindow.Write(html, contentOf(claim.TestimonyRowId), claim.EvidenceStart, claim.EvidenceEnd, [], Defaults.QuoteContext);
            html.Raw("</td><td>").Text(claim.Harm).Raw(claim.ReviewStatus == StoreVocabulary.Rejected ? " (claim rejected)" : string.Empty)
                .Raw("</td><td>").Text(Toll(claim.VictimsMin, claim.VictimsMax))
                .Raw("</td><td>").Text(claim.SiteName ?? claim.SiteId)
                .Raw("</td><td>").Text(Dates(claim.DateFrom, claim.DateTo))
                .Raw("</td><td><a").Attribute("href", "/items/link-" + rowId).Raw(">").Text(claim.LinkReviewStatus).Raw("</a></td></tr>");
        }

        html.Raw("</tbody></table>");
    }

    private static string Href(string incidentId) => "/incidents/" + Uri.EscapeDataString(incidentId);

    private static string? Dates(DateOnly? from, DateOnly? to)
    {
        if (from is null && to is null)
        {
            return null;
        }

        var first = from?.ToString(IsoDate.Format, CultureInfo.InvariantCulture) ?? "?";
        var last = to?.ToString(IsoDate.Format, CultureInfo.InvariantCulture) ?? "?";
        return first == last ? first : first + " – " + last;
    }

    private static string? Toll(int? min, int? max) => (min, max) switch
    {
        (null, null) => null,
        ({ } a, { } b) when a == b => a.ToString(CultureInfo.InvariantCulture),
        _ => string.Create(CultureInfo.InvariantCulture, $"{min?.ToString(CultureInfo.InvariantCulture) ?? "?"}–{max?.ToString(CultureInfo.InvariantCulture) ?? "?"}"),
    };

    private static ContentHttpResult NotFound(ReviewPage page) =>
        page.Message("No such incident", "There is no such incident: it may have been merged into another.", StatusCodes.Status404NotFound, "/incidents", "All incidents");

    /// <summary>Default values.</summary>
    public static class Defaults
    {
        /// <summary>Incidents per list page.</summary>
        public const int PageSize = 100;

        /// <summary>Characters of testimony shown on each side of a claim's quote.</summary>
        public const int QuoteContext = 80;
    }
}
