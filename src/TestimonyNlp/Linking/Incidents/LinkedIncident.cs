using System.Collections.Immutable;
using TestimonyNlp.Model;

namespace TestimonyNlp.Linking.Incidents;

/// <summary>One incident: claims from one or more testimonies that tell of the same event, with its corroboration
/// (a row of incidents.csv).</summary>
/// <param name="IncidentId">Stable id (<c>I0001</c>).</param>
/// <param name="SiteId">The most specific site its sources agree on, or null.</param>
/// <param name="DateFrom">First possible day, or null.</param>
/// <param name="DateTo">Last possible day (inclusive), or null.</param>
/// <param name="Weapon">The weapon category, or null.</param>
/// <param name="Actor">The canonical name of the actor held responsible, or null.</param>
/// <param name="VictimsMin">The least toll any source gives, or null.</param>
/// <param name="VictimsMax">The greatest toll any source gives, or null.</param>
/// <param name="Testimonies">Ids of the testimonies that tell of it, ordinal order.</param>
/// <param name="IndependentSources">How many distinct witnesses tell of it.</param>
/// <param name="Grade">How well it is corroborated.</param>
/// <param name="Conflicts">For <see cref="IncidentGrade.Contested"/>, the fields independent sources disagree on,
/// in the order <c>date</c>, <c>site</c>, <c>weapon</c>, <c>actor</c>, <c>toll</c>; otherwise empty.</param>
/// <param name="PreviousIds">Ids of incidents merged into this one, ordinal order.</param>
/// <param name="ClaimKeys">The keys of its claims, ascending.</param>
public sealed record LinkedIncident(
    string IncidentId,
    string? SiteId,
    DateOnly? DateFrom,
    DateOnly? DateTo,
    WeaponCategory? Weapon,
    string? Actor,
    int? VictimsMin,
    int? VictimsMax,
    ImmutableArray<string> Testimonies,
    int IndependentSources,
    IncidentGrade Grade,
    ImmutableArray<string> Conflicts,
    ImmutableArray<string> PreviousIds,
    ImmutableArray<long> ClaimKeys);
