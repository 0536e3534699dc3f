namespace TestimonyNlp.Store;

/// <summary>What a review item is.</summary>
public enum ReviewItemKind
{
    /// <summary>An entity mention (wire prefix <c>entity</c>).</summary>
    Entity,

    /// <summary>A claim (wire prefix <c>claim</c>).</summary>
    Claim,

    /// <summary>The link of a claim to its incident (wire prefix <c>link</c>); the row id is the claim's.</summary>
    IncidentLink,

    /// <summary>A site's geocode (wire prefix <c>site</c>); the row id is the site's. Sites are not in the queue: a
    /// reviewer reaches one from the PLACE entity or the claim it is the site of.</summary>
    Site,
}
