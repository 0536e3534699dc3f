using TestimonyNlp.Model;

namespace TestimonyNlp.Store;

/// <summary>Wire names of the values the store adds to the closed vocabularies of CONTRACT.md.</summary>
public static class StoreVocabulary
{
    /// <summary>The review status of every entity and claim a reviewer has not looked at yet.</summary>
    public const string Unreviewed = "UNREVIEWED";

    /// <summary>The review status of an item a reviewer accepted as it was.</summary>
    public const string Accepted = "ACCEPTED";

    /// <summary>The review status of an item a reviewer rejected (it is kept, marked).</summary>
    public const string Rejected = "REJECTED";

    /// <summary>The review status of an item a reviewer corrected (type, span, normalised form or category).</summary>
    public const string Corrected = "CORRECTED";

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
        Vocabulary.TryParse(wire, Enum.GetValues<TestimonyStatus>(), ToWire, out status);
}
