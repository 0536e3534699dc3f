using System.Collections.Immutable;

namespace TestimonyNlp.Linking.Incidents;

/// <summary>What one incident linking run produced.</summary>
/// <param name="Incidents">Every incident, ordered by the number of its id.</param>
/// <param name="RetiredIds">Prior ids that name no incident any more (absorbed in a merge, then listed in the
/// survivor's <see cref="LinkedIncident.PreviousIds"/>, or left without claims), ordered by number.</param>
public sealed record IncidentLinkResult(ImmutableArray<LinkedIncident> Incidents, ImmutableArray<string> RetiredIds);
