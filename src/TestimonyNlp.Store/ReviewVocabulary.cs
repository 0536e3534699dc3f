using TestimonyNlp.Model;

namespace TestimonyNlp.Store;

/// <summary>Wire names of the review vocabularies, as the store keeps them and the command line takes them.</summary>
public static class ReviewVocabulary
{
    /// <summary>Wire name of a role (<c>ADMIN</c>).</summary>
    public static string ToWire(this ReviewRole role) => role switch
    {
        ReviewRole.Viewer => "VIEWER",
        ReviewRole.Reviewer => "REVIEWER",
        ReviewRole.Admin => "ADMIN",
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    /// <summary>Wire name of an action (<c>CHANGE_TYPE</c>).</summary>
    public static string ToWire(this ReviewAction action) => action switch
    {
        ReviewAction.Accept => "ACCEPT",
        ReviewAction.Reject => "REJECT",
        ReviewAction.ChangeType => "CHANGE_TYPE",
        ReviewAction.AdjustSpan => "ADJUST_SPAN",
        ReviewAction.EditNormalized => "EDIT_NORMALIZED",
        ReviewAction.EditCategory => "EDIT_CATEGORY",
        ReviewAction.Undo => "UNDO",
        ReviewAction.MergeIncidents => "MERGE_INCIDENTS",
        ReviewAction.SplitIncident => "SPLIT_INCIDENT",
        ReviewAction.EditActor => "EDIT_ACTOR",
        ReviewAction.EditGeocode => "EDIT_GEOCODE",
        ReviewAction.ClaimRejected => "CLAIM_REJECTED",
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };

    /// <summary>Parses a role's wire name, ignoring letter case (<c>admin</c>, <c>ADMIN</c>).</summary>
    public static bool TryParseRole(string? wire, out ReviewRole role) =>
        Vocabulary.TryParse(wire?.ToUpperInvariant(), Enum.GetValues<ReviewRole>(), ToWire, out role);

    /// <summary>Parses an action's wire name (exact).</summary>
    public static bool TryParseAction(string? wire, out ReviewAction action) =>
        Vocabulary.TryParse(wire, Enum.GetValues<ReviewAction>(), ToWire, out action);
}
