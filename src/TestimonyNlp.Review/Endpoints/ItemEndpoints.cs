using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using TestimonyNlp.Review.Html;
using TestimonyNlp.Store;

namespace TestimonyNlp.Review;

/// <summary>
/// One item's page (the text around it, its fields, version and history) and its writes: accept, reject, change
/// type, adjust the span, edit the normalised value, weapon category, actor or a site's geocode, and undo, each a
/// POST with the version the page showed, applied through <see cref="IReviewStore.Apply"/>.
/// </summary>
internal static class ItemEndpoints
{
    /// <summary>The entity types in the order of the keys 1 to 5.</summary>
    public static readonly string[] EntityTypes = ["PERSON", "PLACE", "WEAPON", "ACTOR", "DATE"];

    /// <summary>The message of a stale save.</summary>
    public const string StaleMessage =
        "This item was changed by someone else since you opened it: reload it to see the current version before you change it.";

    /// <summary>Keyboard shortcuts: a key clicks the element whose <c>data-key</c> it is (links are followed).</summary>
    private const string KeyboardScript = """
        document.addEventListener('keydown', function (e) {
          if (e.ctrlKey || e.metaKey || e.altKey || e.repeat) return;
          var t = e.target;
          if (t && (t.tagName === 'INPUT' || t.tagName === 'SELECT' || t.tagName === 'TEXTAREA' || t.isContentEditable)) return;
          if (!/^[ax1-5jkz]$/.test(e.key)) return;
          var el = document.querySelector('[data-key="' + e.key + '"]');
          if (!el) return;
          e.preventDefault();
          if (el.tagName === 'A') { window.location.href = el.href; } else { el.click(); }
        });
        var current = document.getElementById('current');
        if (current) current.scrollIntoView({ block: 'center' });
        """;

    /// <summary>
    /// Span adjustment: <c>s</c> saves the span form, taking the text selected in the window first when there is
    /// one; shift+left/right moves the end by one character, alt+shift+left/right the start. Offsets are UTF-16 code
    /// units into the testimony: the window's <c>data-from</c> plus the length of the window's text before a point
    /// (the text is written with line breaks as character references, so the browser keeps it exactly).
    /// </summary>
    private const string SpanScript = """
        (function () {
          var win = document.getElementById('window');
          var form = document.getElementById('span-form');
          if (!win || !form) return;
          var from = parseInt(win.getAttribute('data-from'), 10);
          var text = win.textContent;
          var startInput = form.elements['start'], endInput = form.elements['end'];
          var preview = document.getElementById('span-preview');
          function offsetOf(node, offset) {
            var r = document.createRange();
            r.setStart(win, 0);
            r.setEnd(node, offset);
            return from + r.toString().length;
          }
          function show() {
            var s = parseInt(startInput.value, 10) - from, e = parseInt(endInput.value, 10) - from;
            preview.textContent = s >= 0 && e <= text.length && s < e ? text.substring(s, e) : '';
          }
          function move(value, delta) {
            var i = value - from + delta;
            if (i > 0 && i < text.length) {
              var c = text.charCodeAt(i);
              if (c >= 0xDC00 && c <= 0xDFFF) i += delta;
            }
            return from + i;
          }
          document.addEventListener('keydown', function (e) {
            if (e.ctrlKey || e.metaKey) return;
            var t = e.target;
            if (t && (t.tagName === 'INPUT' || t.tagName === 'SELECT' || t.tagName === 'TEXTAREA' || t.isContentEditable)) return;
            if (e.shiftKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) {
              e.preventDefault();
              var input = e.altKey ? startInput : endInput;
              var value = move(parseInt(input.value, 10), e.key === 'ArrowLeft' ? -1 : 1);
              var s = e.altKey ? value : parseInt(startInput.value, 10), end = e.altKey ? parseInt(endInput.value, 10) : value;
              if (s >= from && end <= from + text.length && s < end) { input.value = value; show(); }
              return;
            }
            if (e.key !== 's' || e.altKey || e.repeat) return;
            e.preventDefault();
            var sel = window.getSelection();
            if (sel && sel.rangeCount > 0 && !sel.isCollapsed && win.contains(sel.anchorNode) && win.contains(sel.focusNode)) {
              var r = sel.getRangeAt(0);
              startInput.value = offsetOf(r.startContainer, r.startOffset);
              endInput.value = offsetOf(r.endContainer, r.endOffset);
            }
            form.submit();
          });
          show();
        })();
        """;

    // The POST routes under /items/{ref}, each applying one review action.
    private static readonly (string Path, ReviewAction Action)[] WriteRoutes =
    [
        ("/accept", ReviewAction.Accept),
        ("/reject", ReviewAction.Reject),
        ("/type", ReviewAction.ChangeType),
        ("/undo", ReviewAction.Undo),
        ("/span", ReviewAction.AdjustSpan),
        ("/normalized", ReviewAction.EditNormalized),
        ("/category", ReviewAction.EditCategory),
        ("/actor", ReviewAction.EditActor),
        ("/geocode", ReviewAction.EditGeocode),
    ];

    /// <summary>Maps <c>GET /items/{ref}</c> and <c>POST /items/{ref}/accept|reject|type|undo|span|normalized|category|actor|geocode</c>.</summary>
    public static IEndpointRouteBuilder MapItems(this IEndpointRouteBuilder routes)
    {
        // The anti-forgery check of every POST is AntiforgeryMiddleware's, explicit and before any endpoint.
        var items = routes.MapGroup("/items").DisableAntiforgery();
        items.MapGet("/{item}", Item);
        var writes = items.MapGroup("/{item}").RequireAuthorization(ReviewClaims.WritePolicy);
        foreach (var (path, action) in WriteRoutes)
        {
            writes.MapPost(path, (HttpContext context, IReviewStore store, TimeProvider time, string item) =>
                Apply(context, store, time, item, action));
        }

        return routes;
    }

    private static ContentHttpResult Item(
        HttpContext context, IReviewStore store, ITestimonyStore testimonies, TimeProvider time, ReviewOptions options, string item)
    {
        var page = ReviewPage.For(context);
        if (!ReviewItemRef.TryParse(item, out var itemRef) || store.ReadItem(itemRef) is not { } found)
        {
            return NotFound(page);
        }

        var query = QueueQuery.FromQuery(context.Request);
        var reviewer = context.User.Identity!.Name!;
        var canWrite = ReviewClaims.CanWrite(context.User);
        string? leaseNotice = null;
        if (canWrite)
        {
            var lease = store.TryLease(itemRef, reviewer, time.GetUtcNow(), options.LeaseDuration);
            if (lease.Kind != ReviewOutcomeKind.Applied)
            {
                canWrite = false;
                leaseNotice = lease.Message ?? "Another reviewer has this item open; it is read only for you until they are done.";
            }
        }

        var isSite = itemRef.Kind == ReviewItemKind.Site;
        var content = isSite ? string.Empty : testimonies.ReadContent(found.TestimonyRowId) ?? string.Empty;
        List<ReviewItem> entities = isSite
            ? []
            : store.ReadQueue(
                    new ReviewQueueFilter(found.TestimonyId, ReviewItemKind.Entity, null, IncludeReviewed: true), 0, Defaults.MaxEntities)
                .Where(e => e.TestimonyRowId == found.TestimonyRowId)
                .ToList();
        var (previous, next) = Neighbours(store, query, itemRef);
        var history = store.ReadHistory(itemRef);
        var last = ReviewItemRef.TryParse(context.Request.Query["last"].FirstOrDefault(), out var lastRef) ? lastRef : (ReviewItemRef?)null;
        var lastVersion = QueueQuery.Int(context.Request.Query["lastVersion"].FirstOrDefault());

        // After a save the page offers to undo that save (z); otherwise the undo of the item's own last change.
        var undoSaved = canWrite && last is not null && lastVersion is not null;

        return page.Result(itemRef.ToString(), html =>
        {
            html.Raw("<h1>").Text(KindName(itemRef.Kind)).Raw(" ").Text(itemRef.ToString()).Raw(" · ").Text(found.Label).Raw("</h1>");
            if (undoSaved && last is { } saved && lastVersion is { } savedVersion)
            {
                html.Raw("<div class=\"notice ok\" id=\"saved\">Saved ").Text(saved.ToString()).Raw(". ");
                WriteForm(html, page, query, saved, "undo", savedVersion, "Undo", "z");
                html.Raw("</div>");
            }

            if (leaseNotice is not null)
            {
                html.Raw("<p class=\"notice\" id=\"lease\">").Text(leaseNotice).Raw("</p>");
            }

            if (!isSite)
            {
                TextWindow.Write(html, content, found.Start, found.End, entities, Defaults.ContextCharacters);
            }

            WriteFields(html, found, entities, content);
            if (itemRef.Kind == ReviewItemKind.IncidentLink && found.IncidentId is { } incidentId)
            {
                IncidentEndpoints.WriteIncidentLink(html, incidentId);
            }
            if (canWrite)
            {
                // Linking may raise a version without a reviewer's change, so the history says whether there is one.
                WriteActions(html, page, query, found, undoHere: !undoSaved && history.Count > 0);
                ItemEditForms.Write(html, page, query, found, entities, content);
            }

            html.Raw("<p class=\"nav\">");
            if (previous is not null)
            {
                html.Raw("<a data-key=\"k\" rel=\"prev\"").Attribute("href", query.ItemHref(previous.Value)).Raw(">Previous <kbd>k</kbd></a> ");
            }

            html.Raw("<a").Attribute("href", "/" + query.ToQueryString()).Raw(">Queue</a> ");
            if (next is not null)
            {
                html.Raw("<a data-key=\"j\" rel=\"next\"").Attribute("href", query.ItemHref(next.Value)).Raw(">Next <kbd>j</kbd></a>");
            }

            html.Raw("</p>");
            WriteHistory(html, history);
        }, script: canWrite ? KeyboardScript + "\n" + SpanScript : KeyboardScript);
    }

    private static Results<SeeOther, ContentHttpResult> Apply(
        HttpContext context, IReviewStore store, TimeProvider time, string item, ReviewAction action)
    {
        var page = ReviewPage.For(context);
        if (!ReviewItemRef.TryParse(item, out var itemRef))
        {
            return NotFound(page);
        }

        // The anti-forgery middleware has read the form already; this is its buffered copy.
        var form = context.Request.Form;
        var query = QueueQuery.FromForm(form);
        if (QueueQuery.Int(form["version"].FirstOrDefault()) is not { } version)
        {
            return page.Message("Not saved", "The form did not say which version of the item it changes.", StatusCodes.Status400BadRequest);
        }

        var (change, formError) = ItemEditForms.ReadChange(form, itemRef, version, action);
        if (change is null)
        {
            return page.Message("Not saved", formError!, StatusCodes.Status400BadRequest, query.ItemHref(itemRef), "Back to the item");
        }

        var reviewer = context.User.Identity!.Name!;
        var outcome = store.Apply(change, reviewer, time.GetUtcNow());
        var itemHref = query.ItemHref(itemRef);
        switch (outcome.Kind)
        {
            case ReviewOutcomeKind.Applied when action == ReviewAction.Undo:
                return new SeeOther(itemHref);
            case ReviewOutcomeKind.Applied when IsEdit(action) || itemRef.Kind == ReviewItemKind.Site:
            {
                // An edit keeps the reviewer on the page they edited from (a site's geocode is edited from the entity
                // or claim it is the site of), with the offer to undo it.
                var back = ReviewItemRef.TryParse(form[ItemEditForms.FromField].FirstOrDefault(), out var fromRef) ? fromRef : itemRef;
                return new SeeOther(query.ItemHref(
                    back, ("last", itemRef.ToString()), ("lastVersion", outcome.CurrentVersion.ToString(CultureInfo.InvariantCulture))));
            }

            case ReviewOutcomeKind.Applied:
                store.ReleaseLease(itemRef, reviewer);
                var savedVersion = outcome.CurrentVersion.ToString(CultureInfo.InvariantCulture);
                var next = NextFor(store, query, itemRef, reviewer);
                return new SeeOther(next is { } nextRef
                    ? query.ItemHref(nextRef, ("last", itemRef.ToString()), ("lastVersion", savedVersion))
                    : "/" + query.ToQueryString());
            case ReviewOutcomeKind.Stale:
                return page.Message("Not saved: changed by someone else", StaleMessage, StatusCodes.Status409Conflict, itemHref, "Reload the item");
            case ReviewOutcomeKind.LeasedToOther:
                return page.Message(
                    "Not saved: open by another reviewer",
                    outcome.Message ?? "Another reviewer has this item open; try again when they are done.",
                    StatusCodes.Status409Conflict,
                    itemHref,
                    "Reload the item");
            case ReviewOutcomeKind.Invalid:
                return page.Message("Not saved", outcome.Message ?? "This change does not fit the item.", StatusCodes.Status400BadRequest, itemHref, "Back to the item");
            default:
                return NotFound(page);
        }
    }

    /// <summary>True for the edits after which the reviewer stays on the item (a verdict moves on to the next).</summary>
    private static bool IsEdit(ReviewAction action) =>
        action is ReviewAction.AdjustSpan or ReviewAction.EditNormalized or ReviewAction.EditCategory
            or ReviewAction.EditActor or ReviewAction.EditGeocode;

    /// <summary>The first item of the queue after a save: not the one just saved, not open by someone else.</summary>
    private static ReviewItemRef? NextFor(IReviewStore store, QueueQuery query, ReviewItemRef saved, string reviewer)
    {
        foreach (var candidate in store.ReadQueue(query.ToFilter(), 0, Defaults.NextCandidates))
        {
            if (candidate.Ref != saved
                && (candidate.LeasedTo is null || string.Equals(candidate.LeasedTo, reviewer, StringComparison.OrdinalIgnoreCase)))
            {
                return candidate.Ref;
            }
        }

        return null;
    }

    private static (ReviewItemRef? Previous, ReviewItemRef? Next) Neighbours(IReviewStore store, QueueQuery query, ReviewItemRef item)
    {
        var queue = store.ReadQueue(query.ToFilter(), 0, Defaults.NeighbourWindow);
        var index = -1;
        for (var i = 0; i < queue.Count; i++)
        {
            if (queue[i].Ref == item)
            {
                index = i;
                break;
            }
        }

        if (index < 0)
        {
            return (null, queue.Count > 0 ? queue[0].Ref : null);
        }

        return (index > 0 ? queue[index - 1].Ref : null, index + 1 < queue.Count ? queue[index + 1].Ref : null);
    }

    private static void WriteFields(HtmlBuilder html, ReviewItem item, IReadOnlyList<ReviewItem> entities, string content)
    {
        html.Raw("<dl id=\"fields\">");
        if (item.Ref.Kind == ReviewItemKind.Site)
        {
            Field(html, "Site", item.Site?.SiteId);
            Field(html, "Name", item.Label);
            WriteGeocodeFields(html, item.Site, "");
            Field(html, "Status", item.ReviewStatus);
            Field(html, "Version", item.Version.ToString(CultureInfo.InvariantCulture));
            html.Raw("</dl>");
            return;
        }

        Field(html, "Testimony", item.TestimonyId);
        Field(html, item.Ref.Kind == ReviewItemKind.IncidentLink ? "Incident" : item.Ref.Kind == ReviewItemKind.Claim ? "Harm" : "Type", item.Label);
        Field(html, "Span", string.Create(CultureInfo.InvariantCulture, $"{item.Start}–{item.End}"));
        Field(html, "Normalised", item.Normalized);
        Field(html, "Category", item.Category);
        if (item.Ref.Kind == ReviewItemKind.Claim)
        {
            Field(html, "Actor", ItemEditForms.ActorName(item.Actor, entities, content));
        }

        if (item.Ref.Kind != ReviewItemKind.IncidentLink)
        {
            Field(html, "Incident", item.IncidentId);
        }

        if (item.Disputed)
        {
            Field(html, "Disputed", "yes: the spotters and the tagger read these words differently");
        }

        Field(html, "Confidence", item.Confidence.ToString("0.000", CultureInfo.InvariantCulture));
        Field(html, "Status", item.ReviewStatus);
        Field(html, "Version", item.Version.ToString(CultureInfo.InvariantCulture));
        if (item.Site is { } site)
        {
            Field(html, "Site", $"{site.Name} ({site.SiteId}, {site.Ref})");
            WriteGeocodeFields(html, site, "site ");
        }

        html.Raw("</dl>");
    }

    private static void WriteGeocodeFields(HtmlBuilder html, ReviewSite? site, string prefix)
    {
        if (site is null)
        {
            return;
        }

        var coordinates = site.Lat is { } lat && site.Lon is { } lon
            ? string.Create(CultureInfo.InvariantCulture, $"{lat:0.######}, {lon:0.######}")
            : "not geocoded";
        Field(html, Capital(prefix + "coordinates"), coordinates);
        Field(html, Capital(prefix + "precision"), site.Precision);
        Field(html, Capital(prefix + "geocode status"), site.ReviewStatus);
    }

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static void Field(HtmlBuilder html, string name, string? value)
    {
        if (value is not null)
        {
            html.Raw("<dt>").Text(name).Raw("</dt><dd").Attribute("id", "field-" + name.ToLowerInvariant().Replace(' ', '-')).Raw(">").Text(value).Raw("</dd>");
        }
    }

    private static void WriteActions(HtmlBuilder html, ReviewPage page, QueueQuery query, ReviewItem item, bool undoHere)
    {
        html.Raw("<div class=\"actions\" id=\"actions\">");
        WriteForm(html, page, query, item.Ref, "accept", item.Version, "Accept", "a");
        if (item.Ref.Kind != ReviewItemKind.Site)
        {
            WriteForm(html, page, query, item.Ref, "reject", item.Version, "Reject", "x");
        }

        if (item.Ref.Kind == ReviewItemKind.Entity)
        {
            html.Raw("<form method=\"post\"").Attribute("action", $"/items/{item.Ref}/type").Raw(">");
            page.Antiforgery.Write(html);
            query.WriteHidden(html);
            html.Hidden("version", item.Version.ToString(CultureInfo.InvariantCulture));
            for (var i = 0; i < EntityTypes.Length; i++)
            {
                var key = (i + 1).ToString(CultureInfo.InvariantCulture);
                html.Raw("<button type=\"submit\" name=\"type\"").Attribute("value", EntityTypes[i]).Attribute("data-key", key)
                    .Raw(EntityTypes[i] == item.Label ? " disabled" : string.Empty).Raw(">")
                    .Text(EntityTypes[i]).Raw(" <kbd>").Text(key).Raw("</kbd></button>");
            }

            html.Raw("</form>");
        }

        if (undoHere)
        {
            WriteForm(html, page, query, item.Ref, "undo", item.Version, "Undo last change", "z");
        }

        html.Raw("</div>");
    }

    private static void WriteForm(HtmlBuilder html, ReviewPage page, QueueQuery query, ReviewItemRef item, string action, int version, string label, string key)
    {
        html.Raw("<form method=\"post\"").Attribute("action", $"/items/{item}/{action}").Raw(">");
        page.Antiforgery.Write(html);
        query.WriteHidden(html);
        html.Hidden("version", version.ToString(CultureInfo.InvariantCulture))
            .Raw("<button type=\"submit\"").Attribute("data-key", key).Raw(">").Text(label).Raw(" <kbd>").Text(key).Raw("</kbd></button></form> ");
    }

    private static void WriteHistory(HtmlBuilder html, IReadOnlyList<AuditEntry> history)
    {
        html.Raw("<h2>History</h2>");
        if (history.Count == 0)
        {
            html.Raw("<p id=\"history-empty\">No changes yet.</p>");
            return;
        }

        html.Raw("<table id=\"history\"><thead><tr><th>When (UTC)</th><th>Reviewer</th><th>Action</th><th>Before</th><th>After</th><th>Version</th></tr></thead><tbody>");
        foreach (var entry in history)
        {
            html.Raw("<tr><td>").Text(entry.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture))
                .Raw("</td><td>").Text(entry.Reviewer)
                .Raw("</td><td>").Text(entry.Action.ToWire())
                .Raw("</td><td><code>").Text(entry.Before)
                .Raw("</code></td><td><code>").Text(entry.After)
                .Raw("</code></td><td>").Text(entry.VersionAfter.ToString(CultureInfo.InvariantCulture))
                .Raw("</td></tr>");
        }

        html.Raw("</tbody></table>");
    }

    private static string KindName(ReviewItemKind kind) => kind switch
    {
        ReviewItemKind.Entity => "Entity",
        ReviewItemKind.Claim => "Claim",
        ReviewItemKind.Site => "Site",
        _ => "Incident link",
    };

    private static ContentHttpResult NotFound(ReviewPage page) =>
        page.Message("No such item", "There is no such item, or its testimony was replaced by a newer version.", StatusCodes.Status404NotFound, "/", "Back to the queue");

    /// <summary>Default values.</summary>
    public static class Defaults
    {
        /// <summary>Characters of testimony shown on each side of the item.</summary>
        public const int ContextCharacters = 600;

        /// <summary>The most entities of one testimony highlighted.</summary>
        public const int MaxEntities = 5000;

        /// <summary>Queue items read to find the item's previous and next.</summary>
        public const int NeighbourWindow = 500;

        /// <summary>Queue items read to find the next item after a save.</summary>
        public const int NextCandidates = 50;
    }
}
