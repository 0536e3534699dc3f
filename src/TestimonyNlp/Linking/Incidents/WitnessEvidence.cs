using System.Collections.Immutable;

namespace TestimonyNlp.Linking.Incidents;

/// <summary>What one testimony says about who is speaking, read by <c>WitnessEvidenceReader</c> and
/// resolved across a collection by <c>WitnessKeys</c>.</summary>
/// <param name="TestimonyId">The testimony id.</param>
/// <param name="InterviewId">The interview id from the header or the text (<c>AF-KDH-724</c>), or null.</param>
/// <param name="SpeakerName">The witness's own name (from the header, a name used as the witness's speaker label,
/// or the witness introducing themselves), or null.</param>
/// <param name="SameWitnessAs">Interview ids the text says are earlier interviews of the same witness.</param>
public sealed record WitnessEvidence(
    string TestimonyId,
    string? InterviewId,
    string? SpeakerName,
    ImmutableArray<string> SameWitnessAs);
