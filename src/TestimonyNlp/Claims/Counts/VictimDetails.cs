namespace TestimonyNlp.Claims.Counts;

/// <summary>What the words around one victim say about them. Each value is null when the text gives none.</summary>
/// <param name="Age">Age in whole years (a baby counted in months is 0).</param>
/// <param name="Sex">Sex, from a relation word, a title or a pronoun.</param>
/// <param name="Relation">Relation to the speaker, singular and lower case (<c>brother</c>, <c>cousin</c>,
/// <c>brother's son</c>), only when the speaker says <c>my</c> or <c>our</c>.</param>
public sealed record VictimDetails(int? Age, Sex? Sex, string? Relation)
{
    /// <summary>Nothing known.</summary>
    public static VictimDetails None { get; } = new(null, null, null);
}
