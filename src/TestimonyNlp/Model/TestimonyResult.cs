namespace TestimonyNlp.Model;

/// <summary>What the per-testimony pipeline made of one testimony: the unit written to the store and to JSON.</summary>
/// <param name="Testimony">The testimony as read.</param>
/// <param name="Entities">Entity mentions in text order.</param>
/// <param name="Claims">Claims in text order of their first evidence.</param>
/// <param name="Words">Number of word and number tokens.</param>
public sealed record TestimonyResult(
    Testimony Testimony,
    IReadOnlyList<EntityMention> Entities,
    IReadOnlyList<Claim> Claims,
    int Words)
{
    /// <summary>Takes the layers of a processed document.</summary>
    public static TestimonyResult From(Document document) =>
        new(document.Testimony, document.Entities.ToArray(), document.Claims.ToArray(), document.WordCount);
}
