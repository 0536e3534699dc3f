namespace TestimonyNlp.Store;

/// <summary>One incident as its review page shows it: the incident and its claims.</summary>
/// <param name="Incident">The incident; its <see cref="StoredIncident.Version"/> is what a merge or split of it must
/// name.</param>
/// <param name="Claims">Its claims of current testimonies, by testimony id, then row id.</param>
public sealed record ReviewIncident(StoredIncident Incident, IReadOnlyList<ReviewIncidentClaim> Claims);
