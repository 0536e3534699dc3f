using System.Collections.Immutable;
using TestimonyNlp.Model;

namespace TestimonyNlp.Store;

/// <summary>One incident: claims from one or more testimonies linked as the same event.</summary>
/// <param name="IncidentId">Stable id (<c>I0001</c>).</param>
/// <param name="SiteId">Where it happened, or null.</param>
/// <param name="DateFrom">First possible day, or null.</param>
/// <param name="DateTo">Last possible day (inclusive), or null.</param>
/// <param name="Weapon">The weapon category, or null.</param>
/// <param name="Actor">The canonical name of the actor held responsible, or null.</param>
/// <param name="VictimsMin">The least number of victims, or null.</param>
/// <param name="VictimsMax">The greatest number of victims, or null.</param>
/// <param name="Testimonies">Ids of the testimonies that tell of it.</param>
/// <param name="IndependentSources">How many of those are independent of each other.</param>
/// <param name="Grade">How well it is corroborated.</param>
/// <param name="PreviousIds">Ids of incidents merged into this one.</param>
/// <param name="Version">Row version for optimistic concurrency.</param>
public sealed record StoredIncident(
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
    ImmutableArray<string> PreviousIds,
    int Version)
{
    /// <summary>For <see cref="IncidentGrade.Contested"/>, the fields independent sources disagree on (<c>date</c>,
    /// <c>site</c>, <c>weapon</c>, <c>actor</c>, <c>toll</c>, in that order); otherwise empty.</summary>
    public ImmutableArray<string> Conflicts { get; init; } = [];
}
