namespace TestimonyNlp.Claims.Counts;

/// <summary>The sex of a victim as the words of the testimony give it (a relation word, a pronoun, a title).</summary>
public enum Sex
{
    /// <summary>Male: <c>son</c>, <c>brother</c>, <c>he</c>, <c>Mr</c>.</summary>
    Male,

    /// <summary>Female: <c>daughter</c>, <c>sister</c>, <c>she</c>, <c>Mrs</c>.</summary>
    Female,
}
