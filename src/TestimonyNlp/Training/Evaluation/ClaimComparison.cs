using System.Globalization;
using TestimonyNlp.Model;
using TestimonyNlp.Training.Corpus;

namespace TestimonyNlp.Training.Evaluation;

/// <summary>The field by field comparison of one matched pair of a gold and a predicted claim.</summary>
internal readonly struct ClaimComparison
{
    private readonly GoldClaim _gold;
    private readonly IReadOnlyDictionary<string, GoldEntity> _goldEntities;
    private readonly Claim _predicted;
    private readonly IReadOnlyDictionary<string, EntityMention> _predictedEntities;

    /// <summary>Creates the comparison; entity ids of the claims are looked up in the two indexes.</summary>
    public ClaimComparison(
        GoldClaim gold,
        IReadOnlyDictionary<string, GoldEntity> goldEntities,
        Claim predicted,
        IReadOnlyDictionary<string, EntityMention> predictedEntities)
    {
        _gold = gold;
        _goldEntities = goldEntities;
        _predicted = predicted;
        _predictedEntities = predictedEntities;
    }

    /// <summary>How the predicted date range stands to the gold one.</summary>
    public ClaimDateKind DateKind => ClaimDateKinds.Of(
        _gold.Date is { } g ? (g.From, g.To) : (null, null),
        _predicted.Date is { } p ? (p.From, p.To) : (null, null));

    /// <summary>True when the prediction agrees with the gold claim on <paramref name="field"/>.</summary>
    public bool Agrees(ClaimField field) => field switch
    {
        ClaimField.VictimsMin => _gold.Victims.Min == _predicted.Victims.Min,
        ClaimField.VictimsMax => _gold.Victims.Max == _predicted.Victims.Max,
        ClaimField.Weapon => _gold.Weapon == _predicted.Weapon,
        ClaimField.Actor => string.Equals(_gold.Actor, PredictedActor(), StringComparison.Ordinal),
        ClaimField.Site => SiteAgrees(),
        ClaimField.Date => DatesAgree(
            _gold.Date is { } g ? (g.From, g.To) : (null, null),
            _predicted.Date is { } p ? (p.From, p.To) : (null, null)),
        ClaimField.Basis => _gold.Basis == _predicted.Basis,
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    /// <summary>The field with the gold and predicted values (<c>victims_max 7/-</c>), for error examples. Actors are
    /// canonical names, sites entity ids: no testimony text.</summary>
    public string Describe(ClaimField field)
    {
        var (gold, predicted) = field switch
        {
            ClaimField.VictimsMin => (Number(_gold.Victims.Min), Number(_predicted.Victims.Min)),
            ClaimField.VictimsMax => (Number(_gold.Victims.Max), Number(_predicted.Victims.Max)),
            ClaimField.Weapon => (_gold.Weapon?.ToWire(), _predicted.Weapon?.ToWire()),
            ClaimField.Actor => (_gold.Actor, PredictedActor()),
            ClaimField.Site => (_gold.Site, _predicted.Site),
            ClaimField.Date => (Range(_gold.Date?.From, _gold.Date?.To), Range(_predicted.Date?.From, _predicted.Date?.To)),
            ClaimField.Basis => (_gold.Basis.ToWire(), _predicted.Basis?.ToWire()),
            _ => throw new ArgumentOutOfRangeException(nameof(field)),
        };
        return field.ToWire() + " " + (gold ?? "-") + "/" + (predicted ?? "-");
    }

    /// <summary>
    /// True when two date ranges share a day. A range with neither bound counts as no date: two of them agree, one
    /// does not agree with a dated range. A single missing bound leaves that side open.
    /// </summary>
    internal static bool DatesAgree((DateOnly? From, DateOnly? To) gold, (DateOnly? From, DateOnly? To) predicted)
    {
        var goldDated = gold.From is not null || gold.To is not null;
        var predictedDated = predicted.From is not null || predicted.To is not null;
        if (!goldDated || !predictedDated)
        {
            return goldDated == predictedDated;
        }

        var goldFrom = gold.From ?? DateOnly.MinValue;
        var goldTo = gold.To ?? DateOnly.MaxValue;
        var predictedFrom = predicted.From ?? DateOnly.MinValue;
        var predictedTo = predicted.To ?? DateOnly.MaxValue;
        return goldFrom <= predictedTo && predictedFrom <= goldTo;
    }

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Range(DateOnly? from, DateOnly? to) =>
        from is null && to is null ? null : (IsoDate.ToText(from) ?? "?") + ".." + (IsoDate.ToText(to) ?? "?");

    private string? PredictedActor() =>
        _predicted.Actor is { } id && _predictedEntities.TryGetValue(id, out var actor) ? actor.Normalized : null;

    /// <summary>
    /// The predicted site agrees when it is the gold site's mention, or another mention of the same place: a gold
    /// PLACE mention at the predicted one's offsets has the gold site's canonical name, or the two share a name
    /// (the gold corpus picks the site's mention by surface, and the pipeline's canonical names are gazetteer
    /// spellings, so canonical names alone rarely meet).
    /// </summary>
    private bool SiteAgrees()
    {
        GoldEntity? gold = _gold.Site is { } goldId && _goldEntities.TryGetValue(goldId, out var g) ? g : null;
        EntityMention? predicted = _predicted.Site is { } id && _predictedEntities.TryGetValue(id, out var p) ? p : null;
        if (gold is null || predicted is null)
        {
            return gold is null && predicted is null;
        }

        if (gold.Start < predicted.End && predicted.Start < gold.End)
        {
            return true;
        }

        var goldName = gold.Normalized ?? gold.Text;
        if (SameName(goldName, predicted.Normalized) || SameName(goldName, predicted.Text) || SameName(gold.Text, predicted.Text))
        {
            return true;
        }

        foreach (var other in _goldEntities.Values)
        {
            if (other.Type == EntityType.Place && other.Start < predicted.End && predicted.Start < other.End
                && SameName(goldName, other.Normalized ?? other.Text))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SameName(string? a, string? b) =>
        a is not null && b is not null && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
