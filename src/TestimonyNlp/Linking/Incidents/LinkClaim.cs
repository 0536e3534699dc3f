using System.Collections.Immutable;
using TestimonyNlp.Claims.Dates;
using TestimonyNlp.Model;

namespace TestimonyNlp.Linking.Incidents;

/// <summary>One claim as incident linking sees it: plain values, no text.</summary>
/// <param name="Key">The caller's key for the claim (the store's claim row id); unique among the claims linked.</param>
/// <param name="TestimonyId">The testimony that makes the claim.</param>
/// <param name="WitnessKey">Who is speaking: equal for two interviews of one person (<c>WitnessKeys</c>).</param>
/// <param name="Harm">What harm is asserted.</param>
/// <param name="SiteId">The resolved site, or null.</param>
/// <param name="SiteAncestors">The ids of the sites enclosing <paramref name="SiteId"/>, nearest first (town,
/// governorate, country); empty when there is no site or it has no parent.</param>
/// <param name="DateFrom">First possible day, or null.</param>
/// <param name="DateTo">Last possible day (inclusive), or null.</param>
/// <param name="Weapon">The weapon category, or null.</param>
/// <param name="Actor">The canonical name of the actor held responsible, or null.</param>
/// <param name="VictimsMin">The least number of victims, or null.</param>
/// <param name="VictimsMax">The greatest number of victims, or null when open-ended or not given.</param>
/// <param name="VictimNames">The normalised names of the named victims, ordinal order, no duplicates.</param>
/// <param name="EvidenceStart">Offset of the claim's first evidence span in its testimony.</param>
/// <param name="EvidenceEnd">Offset just past the claim's last evidence span.</param>
/// <param name="PreviousIncidentId">The incident the claim belonged to before this run, or null.</param>
public sealed record LinkClaim(
    long Key,
    string TestimonyId,
    string WitnessKey,
    Harm Harm,
    string? SiteId,
    ImmutableArray<string> SiteAncestors,
    DateOnly? DateFrom,
    DateOnly? DateTo,
    WeaponCategory? Weapon,
    string? Actor,
    int? VictimsMin,
    int? VictimsMax,
    ImmutableArray<string> VictimNames,
    int EvidenceStart,
    int EvidenceEnd,
    string? PreviousIncidentId)
{
    /// <summary>The folded names (<see cref="PlaceNames.Fold"/>) of the places the testimony names in and around
    /// the claim's evidence, its site's mention among them, ordinal order, no duplicates; empty when unknown. Sites
    /// resolve wrongly more often than witnesses name a wrong town, so accounts whose sites fell apart still link on
    /// a rare place both name.</summary>
    public ImmutableArray<string> ContextPlaces { get; init; } = [];

    /// <summary>The folded names (<see cref="PlaceNames.Fold"/>) of the places the testimony names within the claim's
    /// evidence, its site's mention among them, ordinal order, no duplicates; empty when unknown. A witness names the
    /// village or the quarter in the very sentence that tells the harm even when the claim's site was resolved to
    /// another place (the town of refuge, a namesake), so two accounts whose sites fell apart may still name one
    /// place where each tells the harm (<see cref="IncidentLinkerOptions.EvidencePlaceWeight"/>).</summary>
    public ImmutableArray<string> EvidencePlaces { get; init; } = [];

    /// <summary>The folded names (<see cref="PlaceNames.Fold"/>) of the people the testimony names in and around
    /// the claim's evidence, named victims or not, ordinal order, no duplicates; empty when unknown. Two witnesses
    /// of one event name the same dead and neighbours; a rare name both give is strong evidence.</summary>
    public ImmutableArray<string> ContextPeople { get; init; } = [];

    /// <summary>The resolved ranges of the DATE mentions in and just before the claim's evidence
    /// (<see cref="ContextDates.Around"/>), ordered, no duplicates; empty when unknown. A claim's own date is often
    /// the wrong one of several the account names (another year, the day of a later event), while two witnesses of
    /// one event both name its day somewhere near.</summary>
    public ImmutableArray<DateSpan> ContextDates { get; init; } = [];

    /// <summary>The kinds of target (<see cref="TargetLexicon"/>) named in and around the claim's evidence;
    /// <see cref="TargetKinds.None"/> when none or unknown. Witnesses of one incident name the same target (the
    /// bakery, the wedding, the bridge) even when their dates or sites came out differently.</summary>
    public TargetKinds Targets { get; init; }

    /// <summary>The canonical name of the claim's site (<see cref="Sites.ResolvedSite.Name"/>), or null. Two local
    /// sites of one town whose names are one name spelled two ways (<see cref="Sites.LocalSiteName.AreVariants"/>)
    /// are weighed as one site: witnesses and interpreters spell a quarter or a street each their own way.</summary>
    public string? SiteName { get; init; }

    /// <summary>The latitude of the claim's site when its coordinates place it within a town (a town's, a district's
    /// or a finer place's; a local site carries its town's), or null. Two witnesses of one day at sites in towns far
    /// apart tell two events (<see cref="IncidentLinkerOptions.FarSiteWeight"/>).</summary>
    public double? SiteLat { get; init; }

    /// <summary>The longitude of the claim's site, with <see cref="SiteLat"/>, or null.</summary>
    public double? SiteLon { get; init; }

    /// <summary>True when the claim's date has a year its words did not tell (<see cref="DateYears.Defaulted"/>):
    /// "the 12th of March" or "that night" take their year from the interview date or the account around them, and a
    /// story told years later then lands in the year of the interview. Such a date agreeing with another account's
    /// on the day and month, in another year, does not keep the two apart when the rest of their evidence agrees.
    /// </summary>
    public bool YearDefaulted { get; init; }

    /// <summary>For an undated claim: the day or month its words tell without a year (<see cref="Claim.YearlessDate"/>:
    /// a testimony with no interview date), in a placeholder year; null otherwise. It may take the year of a claim of
    /// another testimony dated on the same day of the year at the same site (<see cref="IncidentLinkerOptions.BorrowYear"/>):
    /// the year of an event is what other witnesses date.</summary>
    public DateSpan? Yearless { get; init; }

    /// <summary>True when the claim's date was carried from the account around it rather than told in its evidence:
    /// no DATE mention in the evidence resolves to it (the date of the event being told, or one given later in the
    /// answer). A carried date is often another event's, so two accounts whose dates are apart only through such
    /// dates are not kept apart on them alone (<see cref="IncidentLinkerOptions.CarriedDateOverruleScore"/>).</summary>
    public bool DateCarried { get; init; }

    /// <summary>True when the claim's date was resolved from words naming no more than an hour, a part of a day or the
    /// day told before (<see cref="DateYears.HourOnly"/>: "the morning", "ten o'clock", "that day"): its day is the
    /// account's date before it, which is often another event's.</summary>
    public bool DateHourOnly { get; init; }

    /// <summary>True when the claim's actor was carried from the account around it rather than named in its evidence:
    /// its ACTOR mention lies outside every evidence span (the side named earlier in the answer, or long before for an
    /// arrest). A carried actor is often another event's, so two accounts whose actors differ through it are kept
    /// apart less (<see cref="IncidentLinkerOptions.CarriedOtherActorWeight"/>).</summary>
    public bool ActorCarried { get; init; }

    /// <summary>The incident a reviewer put the claim in (its link accepted or corrected), or null. A pinned claim
    /// stays in that incident: the linker may add other claims to it, but never moves a pinned claim out, never puts
    /// claims pinned to different incidents together, and gives the incident this id.</summary>
    public string? PinnedIncidentId { get; init; }

    /// <summary>Incidents a reviewer said the claim is not part of (its link rejected), ordinal order; empty when
    /// none. An unpinned claim never lands in an incident with one of these ids.</summary>
    public ImmutableArray<string> RejectedIncidentIds { get; init; } = [];
}
