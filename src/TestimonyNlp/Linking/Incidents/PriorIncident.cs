using System.Collections.Immutable;

namespace TestimonyNlp.Linking.Incidents;

/// <summary>An incident as a previous linking run left it, so that ids stay stable.</summary>
/// <param name="IncidentId">Its id (<c>I0001</c>).</param>
/// <param name="PreviousIds">Ids of the incidents merged into it earlier.</param>
public sealed record PriorIncident(string IncidentId, ImmutableArray<string> PreviousIds);
