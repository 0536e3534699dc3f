using System.Globalization;
using TestimonyNlp.Model;
using TestimonyNlp.Store;

namespace TestimonyNlp.Review.Html;

/// <summary>
/// The edit forms of an item's page (span, normalised value, weapon category, actor, a site's geocode) and the reading
/// of what they post into a <see cref="ReviewChange"/>. Each form carries the anti-forgery token, the queue filter
/// and the version of what it changes; every one works without script.
/// </summary>
internal static class ItemEditForms
{
    /// <summary>The form field naming the item page a site's geocode was edited from, where the reviewer goes back
    /// to.</summary>
    public const string FromField = "from";

    private static readonly string[] Categories = [.. Enum.GetValues<WeaponCategory>().Select(c => c.ToWire())];

    private static readonly string[] Precisions = [.. Enum.GetValues<SitePrecision>().Select(p => p.ToWire())];

    /// <summary>Writes the forms that fit <paramref name="item"/>.</summary>
    /// <param name="html">Where to write.</param>
    /// <param name="page">The page, for the anti-forgery token.</param>
    /// <param name="query">The queue filter the page keeps.</param>
    /// <param name="item">The item.</param>
    /// <param name="entities">The entities of the item's testimony (the actors a claim may name).</param>
    /// <param name="content">The testimony text.</param>
    public static void Write(
        HtmlBuilder html, ReviewPage page, QueueQuery query, ReviewItem item, IReadOnlyList<ReviewItem> entities, string content)
    {
        var kind = item.Ref.Kind;
        html.Raw("<div class=\"edits\" id=\"edits\">");
        if (kind is ReviewItemKind.Entity or ReviewItemKind.Claim && item.End > item.Start)
        {
            Open(html, page, query, item.Ref, "span", item.Version, "span-form");
            html.Raw("<label>Start <input type=\"number\" name=\"start\" min=\"0\"").Attribute("value", Number(item.Start)).Raw("></label> ")
                .Raw("<label>End <input type=\"number\" name=\"end\" min=\"1\"").Attribute("value", Number(item.End)).Raw("></label> ")
                .Raw("<q id=\"span-preview\"></q> ")
                .Raw("<button type=\"submit\">Save span <kbd>s</kbd></button></form>")
                .Raw("<p class=\"keys\" id=\"span-keys\">Adjust the span: select words in the text and press <kbd>s</kbd>; ")
                .Raw("or move its end with <kbd>shift</kbd>+<kbd>←</kbd>/<kbd>→</kbd> and its start with ")
                .Raw("<kbd>alt</kbd>+<kbd>shift</kbd>+<kbd>←</kbd>/<kbd>→</kbd>, then press <kbd>s</kbd> to save.</p>");
        }

        if (kind == ReviewItemKind.Entity)
        {
            Open(html, page, query, item.Ref, "normalized", item.Version, "normalized-form");
            html.Raw("<label>Normalised <input name=\"normalized\"")
                .Attribute("maxlength", Number(ReviewLimits.MaxNormalizedLength)).Attribute("value", item.Normalized).Raw("></label> ")
                .Raw("<button type=\"submit\">Save normalised</button></form>");
        }

        if ((kind == ReviewItemKind.Entity && item.Label == EntityType.Weapon.ToWire()) || kind == ReviewItemKind.Claim)
        {
            Open(html, page, query, item.Ref, "category", item.Version, "category-form");
            html.Raw("<label>Weapon category <select name=\"category\">");
            foreach (var category in Categories)
            {
                html.Raw("<option").Attribute("value", category).Raw(category == item.Category ? " selected" : string.Empty).Raw(">")
                    .Text(category).Raw("</option>");
            }

            html.Raw("</select></label> <button type=\"submit\">Save category</button></form>");
        }

        if (kind == ReviewItemKind.Claim)
        {
            WriteActorForm(html, page, query, item, entities, content);
        }

        if (item.Site is { } site)
        {
            WriteGeocodeForm(html, page, query, site, kind == ReviewItemKind.Site ? null : item.Ref);
        }

        html.Raw("</div>");
    }

    /// <summary>The change a form posted, or why it cannot be one (for a 400).</summary>
    public static (ReviewChange? Change, string? Error) ReadChange(IFormCollection form, ReviewItemRef item, int version, ReviewAction action)
    {
        var change = new ReviewChange(item, version, action);
        switch (action)
        {
            case ReviewAction.ChangeType:
                return (change with { NewType = form["type"].FirstOrDefault() }, null);

            case ReviewAction.AdjustSpan:
                if (QueueQuery.Int(form["start"].FirstOrDefault()) is not { } start || QueueQuery.Int(form["end"].FirstOrDefault()) is not { } end)
                {
                    return (null, "The span needs a start and an end offset, as whole numbers.");
                }

                return (change with { NewStart = start, NewEnd = end }, null);

            case ReviewAction.EditNormalized:
                return (change with { NewNormalized = form["normalized"].FirstOrDefault() }, null);

            case ReviewAction.EditCategory:
                return (change with { NewCategory = form["category"].FirstOrDefault() }, null);

            case ReviewAction.EditActor:
            {
                // The reviewer's own words win over the entity picked in the list.
                var text = form["actor"].FirstOrDefault();
                var entity = form["actorEntity"].FirstOrDefault();
                return (change with { NewActor = string.IsNullOrWhiteSpace(text) ? entity ?? text : text }, null);
            }

            case ReviewAction.EditGeocode:
                if (!TryReadCoordinate(form["lat"].FirstOrDefault(), out var lat) || !TryReadCoordinate(form["lon"].FirstOrDefault(), out var lon))
                {
                    return (null, "A latitude or longitude is not a number in decimal degrees (such as 36.2021).");
                }

                var precision = form["precision"].FirstOrDefault();
                return (change with { NewLat = lat, NewLon = lon, NewPrecision = string.IsNullOrEmpty(precision) ? null : precision }, null);

            default:
                return (change, null);
        }
    }

    /// <summary>How the page names a claim's actor: the entity's normalised form (or its words) and id, or the
    /// reviewer's words.</summary>
    public static string? ActorName(string? actor, IReadOnlyList<ReviewItem> entities, string content)
    {
        if (actor is null)
        {
            return null;
        }

        var entity = entities.FirstOrDefault(e => e.EntityId == actor);
        return entity is null ? actor : $"{Name(entity, content)} ({actor})";
    }

    private static string Name(ReviewItem entity, string content) =>
        entity.Normalized ?? (entity.End <= content.Length ? content[entity.Start..entity.End] : entity.Label);

    private static void WriteActorForm(
        HtmlBuilder html, ReviewPage page, QueueQuery query, ReviewItem item, IReadOnlyList<ReviewItem> entities, string content)
    {
        var actors = entities
            .Where(e => e.Label == EntityType.Actor.ToWire() && e.EntityId is not null && e.ReviewStatus != StoreVocabulary.Rejected)
            .ToList();
        var isEntity = actors.Exists(e => e.EntityId == item.Actor);
        Open(html, page, query, item.Ref, "actor", item.Version, "actor-form");
        html.Raw("<label>Actor <select name=\"actorEntity\"><option value=\"\">(none)</option>");
        foreach (var actor in actors)
        {
            html.Raw("<option").Attribute("value", actor.EntityId).Raw(actor.EntityId == item.Actor ? " selected" : string.Empty).Raw(">")
                .Text($"{Name(actor, content)} ({actor.EntityId})").Raw("</option>");
        }

        html.Raw("</select></label> <label>or in your words <input name=\"actor\"")
            .Attribute("maxlength", Number(ReviewLimits.MaxNormalizedLength)).Attribute("value", isEntity ? null : item.Actor).Raw("></label> ")
            .Raw("<button type=\"submit\">Save actor</button></form>");
    }

    private static void WriteGeocodeForm(HtmlBuilder html, ReviewPage page, QueueQuery query, ReviewSite site, ReviewItemRef? from)
    {
        Open(html, page, query, site.Ref, "geocode", site.Version, "geocode-form");
        if (from is { } back)
        {
            html.Hidden(FromField, back.ToString());
        }

        html.Raw("<label>Latitude <input name=\"lat\" inputmode=\"decimal\"").Attribute("value", Coordinate(site.Lat)).Raw("></label> ")
            .Raw("<label>Longitude <input name=\"lon\" inputmode=\"decimal\"").Attribute("value", Coordinate(site.Lon)).Raw("></label> ")
            .Raw("<label>Precision <select name=\"precision\"><option value=\"\">(none)</option>");
        foreach (var precision in Precisions)
        {
            html.Raw("<option").Attribute("value", precision).Raw(precision == site.Precision ? " selected" : string.Empty).Raw(">")
                .Text(precision).Raw("</option>");
        }

        html.Raw("</select></label> <button type=\"submit\">Save geocode of ").Text(site.Name).Raw("</button>");
        if (from is not null)
        {
            html.Raw(" <a").Attribute("href", query.ItemHref(site.Ref)).Raw(">Site page and history</a>");
        }

        html.Raw("</form>");
    }

    private static void Open(HtmlBuilder html, ReviewPage page, QueueQuery query, ReviewItemRef item, string action, int version, string id)
    {
        html.Raw("<form method=\"post\"").Attribute("id", id).Attribute("action", $"/items/{item}/{action}").Raw(">");
        page.Antiforgery.Write(html);
        query.WriteHidden(html);
        html.Hidden("version", Number(version));
    }

    private static bool TryReadCoordinate(string? value, out double? coordinate)
    {
        coordinate = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        if (!double.TryParse(value.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed))
        {
            return false;
        }

        coordinate = parsed;
        return true;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? Coordinate(double? value) => value?.ToString("0.######", CultureInfo.InvariantCulture);
}
