using System.Collections.Immutable;
using TestimonyNlp.Entities.Places;
using TestimonyNlp.Model;
using TestimonyNlp.Training.Corpus;

namespace TestimonyNlp.Training.Evaluation;

/// <summary>The claim fields <see cref="GoldClaimFields"/> can take from the gold claim.</summary>
[Flags]
public enum GoldField
{
    /// <summary>No field: the claims as predicted.</summary>
    None = 0,

    /// <summary>The date range.</summary>
    Date = 1,

    /// <summary>The site's PLACE mention.</summary>
    Site = 2,

    /// <summary>The actor's canonical name.</summary>
    Actor = 4,

    /// <summary>The weapon category.</summary>
    Weapon = 8,

    /// <summary>The least and greatest number of victims.</summary>
    Victims = 16,

    /// <summary>The named victims' PERSON mentions.</summary>
    Named = 32,

    /// <summary>The basis.</summary>
    Basis = 64,

    /// <summary>Every field.</summary>
    All = Date | Site | Actor | Weapon | Victims | Named | Basis,
}

/// <summary>
/// Puts the gold claim's value of chosen fields into each predicted claim the claim scorer matches to a gold claim
/// (<see cref="ClaimScorer.Match"/>), so that linking can be read as if those fields were right. A site or named
/// victim is the predicted mention with the gold mention's type and span, or else the gold mention added to the
/// testimony's entities (a place geocoded as <see cref="LinkingGoldClaims"/> does); an actor is a mention with the
/// gold canonical name: the claim's own, a gold ACTOR mention of that name (the predicted one at its span, or
/// itself added), or a mention made over the claim's first evidence span.
/// </summary>
public static class GoldClaimFields
{
    /// <summary>The id prefix of mentions added from the gold testimony.</summary>
    public const string AddedIdPrefix = "gold-";

    private static readonly (string Name, GoldField Field)[] Names =
    [
        ("date", GoldField.Date),
        ("site", GoldField.Site),
        ("actor", GoldField.Actor),
        ("weapon", GoldField.Weapon),
        ("victims", GoldField.Victims),
        ("named", GoldField.Named),
        ("basis", GoldField.Basis),
    ];

    /// <summary>Parses a comma list of <c>date, site, actor, weapon, victims, named, basis</c>, or <c>all</c>.</summary>
    public static bool TryParse(string? text, out GoldField fields)
    {
        fields = GoldField.None;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            if (string.Equals(part, "all", StringComparison.OrdinalIgnoreCase))
            {
                fields |= GoldField.All;
                continue;
            }

            var index = Array.FindIndex(Names, n => string.Equals(n.Name, part, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                fields = GoldField.None;
                return false;
            }

            fields |= Names[index].Field;
        }

        return true;
    }

    /// <summary>The comma list of <paramref name="fields"/> in the order of <see cref="TryParse"/>'s names.</summary>
    public static string ToWire(GoldField fields) =>
        string.Join(",", Names.Where(n => (fields & n.Field) != 0).Select(n => n.Name));

    /// <summary>The pipeline's result for <paramref name="gold"/> with <paramref name="fields"/> of its matched
    /// claims taken from the gold claims; the result itself when no field is asked.</summary>
    /// <param name="gold">The gold testimony.</param>
    /// <param name="predicted">The pipeline's result for it.</param>
    /// <param name="fields">The fields to take from gold.</param>
    /// <param name="gazetteer">Geocodes gold places that the pipeline did not find.</param>
    /// <param name="dateKinds">When given, the date is taken only for matched claims whose predicted date stands to
    /// gold's as one of these (<see cref="ClaimDateKinds.Of"/>), so linking can be read with one kind of date error
    /// mended.</param>
    public static TestimonyResult Replace(
        GoldTestimony gold, TestimonyResult predicted, GoldField fields, PlaceGazetteer gazetteer, IReadOnlySet<ClaimDateKind>? dateKinds = null)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(gazetteer);
        if (fields == GoldField.None)
        {
            return predicted;
        }

        var entities = new Entities(gold, predicted.Entities, gazetteer);
        var claims = predicted.Claims.ToArray();
        foreach (var (g, p) in ClaimScorer.Match(gold.Claims, claims))
        {
            var claimFields = fields;
            if (dateKinds is not null && !dateKinds.Contains(DateKind(gold.Claims[g], claims[p])))
            {
                claimFields &= ~GoldField.Date;
            }

            claims[p] = Replace(gold.Claims[g], claims[p], claimFields, entities);
        }

        return predicted with { Entities = entities.All(), Claims = claims };
    }

    private static ClaimDateKind DateKind(GoldClaim gold, Claim predicted) => ClaimDateKinds.Of(
        gold.Date is { } g ? (g.From, g.To) : (null, null),
        predicted.Date is { } p ? (p.From, p.To) : (null, null));

    private static Claim Replace(GoldClaim gold, Claim claim, GoldField fields, Entities entities)
    {
        if ((fields & GoldField.Date) != 0)
        {
            claim = claim with { Date = gold.Date is { } date ? new DateRange(date.Text ?? string.Empty, date.From, date.To) : null };
        }

        if ((fields & GoldField.Site) != 0)
        {
            claim = claim with { Site = gold.Site is { } site ? entities.IdOf(site) : null };
        }

        if ((fields & GoldField.Actor) != 0)
        {
            claim = claim with { Actor = gold.Actor is { } actor ? entities.ActorNamed(actor, claim) : null };
        }

        if ((fields & GoldField.Weapon) != 0)
        {
            claim = claim with { Weapon = gold.Weapon };
        }

        if ((fields & GoldField.Victims) != 0)
        {
            claim = claim with { Victims = claim.Victims with { Min = gold.Victims.Min, Max = gold.Victims.Max } };
        }

        if ((fields & GoldField.Named) != 0)
        {
            var named = gold.Victims.Named.IsDefault ? [] : gold.Victims.Named.Select(entities.IdOf).OfType<string>().Distinct(StringComparer.Ordinal).ToImmutableArray();
            claim = claim with { Victims = claim.Victims with { Named = named } };
        }

        if ((fields & GoldField.Basis) != 0)
        {
            claim = claim with { Basis = gold.Basis };
        }

        return claim;
    }

    /// <summary>The predicted mentions of one testimony, with the gold mentions added as claims come to need them.</summary>
    private sealed class Entities
    {
        private readonly GoldTestimony _gold;
        private readonly PlaceGazetteer _gazetteer;
        private readonly List<EntityMention> _mentions;

        public Entities(GoldTestimony gold, IReadOnlyList<EntityMention> predicted, PlaceGazetteer gazetteer)
        {
            _gold = gold;
            _gazetteer = gazetteer;
            _mentions = [.. predicted];
        }

        /// <summary>The mentions in text order (a stable sort keeps the pipeline's order among equal offsets).</summary>
        public EntityMention[] All() => [.. _mentions.OrderBy(m => m.Start).ThenBy(m => m.End)];

        /// <summary>The id of the mention at the span of the gold mention <paramref name="goldId"/>, or null when the
        /// gold testimony has no such mention.</summary>
        public string? IdOf(string goldId)
        {
            var gold = _gold.Entities.FirstOrDefault(e => string.Equals(e.Id, goldId, StringComparison.Ordinal));
            return gold is null ? null : IdOf(gold, requireName: false);
        }

        /// <summary>The id of a mention with the canonical actor name <paramref name="name"/>.</summary>
        public string ActorNamed(string name, Claim claim)
        {
            if (claim.Actor is { } id && _mentions.Find(m => string.Equals(m.Id, id, StringComparison.Ordinal)) is { } own
                && string.Equals(own.Normalized, name, StringComparison.Ordinal))
            {
                return id;
            }

            var start = claim.Evidence.IsDefaultOrEmpty ? 0 : claim.Evidence[0].Start;
            var gold = _gold.Entities
                .Where(e => e.Type == EntityType.Actor && string.Equals(e.Normalized, name, StringComparison.Ordinal))
                .OrderBy(e => Math.Abs(e.Start - start))
                .FirstOrDefault();
            if (gold is not null)
            {
                return IdOf(gold, requireName: true);
            }

            var made = AddedIdPrefix + claim.Id;
            if (!_mentions.Exists(m => string.Equals(m.Id, made, StringComparison.Ordinal)))
            {
                var evidence = claim.Evidence.IsDefaultOrEmpty ? new Evidence(0, 0, string.Empty) : claim.Evidence[0];
                _mentions.Add(new EntityMention(made, EntityType.Actor, evidence.Start, evidence.End, evidence.Quote, name, 1.0));
            }

            return made;
        }

        private string IdOf(GoldEntity gold, bool requireName)
        {
            var same = _mentions.Find(m => m.Type == gold.Type && m.Start == gold.Start && m.End == gold.End
                && (!requireName || string.Equals(m.Normalized, gold.Normalized, StringComparison.Ordinal)));
            if (same is not null)
            {
                return same.Id;
            }

            var added = gold.Type == EntityType.Place
                ? LinkingGoldClaims.Geocode(gold, _gold.Country.ToUpperInvariant(), _gazetteer)
                : new EntityMention(gold.Id, gold.Type, gold.Start, gold.End, gold.Text, gold.Normalized, 1.0) { Category = gold.Category };
            added = added with { Id = AddedIdPrefix + gold.Id };
            _mentions.Add(added);
            return added.Id;
        }
    }
}
