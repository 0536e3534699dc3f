namespace TestimonyNlp.Entities.Lexicons;

/// <summary>A bounded period of violence in named towns: a siege, an offensive, an occupation, a massacre.</summary>
/// <param name="Name">What the episode is called (<c>Siege of Mariupol</c>).</param>
/// <param name="Country">ISO 3166-1 alpha-2 code of the country it happened in.</param>
/// <param name="First">Its first day.</param>
/// <param name="Last">Its last day.</param>
public sealed record ConflictEpisode(string Name, string Country, DateOnly First, DateOnly Last);
