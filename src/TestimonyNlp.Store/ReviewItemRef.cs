using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace TestimonyNlp.Store;

/// <summary>
/// Names one review item: an entity, a claim, the incident link of a claim, or a site. Its wire form, used in URLs
/// and forms, is <c>entity-12</c>, <c>claim-7</c>, <c>link-7</c> or <c>site-3</c>.
/// </summary>
/// <param name="Kind">What the item is.</param>
/// <param name="RowId">The store's row id of the entity or the claim (for <see cref="ReviewItemKind.IncidentLink"/>,
/// the claim whose incident link is reviewed; for <see cref="ReviewItemKind.Site"/>, the site's); positive.</param>
public readonly record struct ReviewItemRef(ReviewItemKind Kind, long RowId)
{
    /// <summary>The wire form: <c>entity-12</c>, <c>claim-7</c>, <c>link-7</c> or <c>site-3</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix(Kind)}-{RowId}");

    /// <summary>Parses the wire form.</summary>
    /// <exception cref="FormatException"><paramref name="wire"/> is not a wire form (a known prefix, a dash, and a
    /// positive row id in decimal digits without leading zeros).</exception>
    public static ReviewItemRef Parse(string wire) =>
        TryParse(wire, out var item)
            ? item
            : throw new FormatException("a review item is written entity-N, claim-N, link-N or site-N with N a positive row id");

    /// <summary>Parses the wire form; false when <paramref name="wire"/> is not one.</summary>
    public static bool TryParse([NotNullWhen(true)] string? wire, out ReviewItemRef item)
    {
        item = default;
        var dash = wire?.IndexOf('-') ?? -1;
        if (wire is null || dash < 0)
        {
            return false;
        }

        ReviewItemKind? kind = wire.AsSpan(0, dash) switch
        {
            "entity" => ReviewItemKind.Entity,
            "claim" => ReviewItemKind.Claim,
            "link" => ReviewItemKind.IncidentLink,
            "site" => ReviewItemKind.Site,
            _ => null,
        };
        var digits = wire.AsSpan(dash + 1);
        if (kind is null || digits.Length is 0 or > 19 || digits[0] == '0')
        {
            return false;
        }

        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        if (!long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var rowId))
        {
            return false;
        }

        item = new ReviewItemRef(kind.Value, rowId);
        return true;
    }

    private static string Prefix(ReviewItemKind kind) => kind switch
    {
        ReviewItemKind.Entity => "entity",
        ReviewItemKind.Claim => "claim",
        ReviewItemKind.IncidentLink => "link",
        ReviewItemKind.Site => "site",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
