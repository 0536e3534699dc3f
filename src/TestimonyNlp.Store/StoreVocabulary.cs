using TestimonyNlp.Model;

namespace TestimonyNlp.Store;

/// <summary>Wire names of the values the store adds to the closed vocabularies of CONTRACT.md.</summary>
public static class StoreVocabulary
{
    /// <summary>The review status of every entity and claim a reviewer has not looked at yet.</summary>
    public const string Unreviewed = "UNREVIEWED";

    /// <summary>Wire name of a testimony status (<c>PROCESSED_WITH_WARNINGS</c>).</summary>
    public static string ToWire(this TestimonyStatus status) => status switch
    {
        TestimonyStatus.Processed => "PROCESSED",
        TestimonyStatus.ProcessedWithWarnings => "PROCESSED_WITH_WARNINGS",
        TestimonyStatus.Superseded => "SUPERSEDED",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    /// <summary>Parses a wire name of a testimony status.</summary>
    public static bool TryParseTestimonyStatus(string? wire, out TestimonyStatus status) =>
        TryParse(wire, Enum.GetValues<TestimonyStatus>(), ToWire, out status);

    /// <summary>Parses a wire name of a site precision.</summary>
    public static bool TryParseSitePrecision(string? wire, out SitePrecision precision) =>
        TryParse(wire, Enum.GetValues<SitePrecision>(), Vocabulary.ToWire, out precision);

    /// <summary>Parses a wire name of an incident grade.</summary>
    public static bool TryParseIncidentGrade(string? wire, out IncidentGrade grade) =>
        TryParse(wire, Enum.GetValues<IncidentGrade>(), Vocabulary.ToWire, out grade);

    private static bool TryParse<T>(string? wire, T[] values, Func<T, string> toWire, out T value)
        where T : struct, Enum
    {
        foreach (var candidate in values)
        {
            if (string.Equals(toWire(candidate), wire, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
