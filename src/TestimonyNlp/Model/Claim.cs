using System.Collections.Immutable;

namespace TestimonyNlp.Model;

/// <summary>How many people a claim says were harmed. Either bound is null when the text gives none.</summary>
/// <param name="Min">The least number the text allows.</param>
/// <param name="Max">The greatest number the text allows, or null when open-ended ("more than thirty").</param>
/// <param name="Named">Ids of the PERSON entities named as victims.</param>
public sealed record VictimCount(int? Min, int? Max, ImmutableArray<string> Named);

/// <summary>A date as the testimony gives it, normalised to a range of days.</summary>
/// <param name="Text">The words that gave it.</param>
/// <param name="From">First day of the range, or null.</param>
/// <param name="To">Last day of the range (inclusive), or null.</param>
public sealed record DateRange(string Text, DateOnly? From, DateOnly? To);

/// <summary>The words of the testimony a claim rests on.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset just past the last character.</param>
/// <param name="Quote">The text: <c>Content[Start..End]</c>.</param>
public sealed record Evidence(int Start, int End, string Quote);

/// <summary>One structured assertion of harm made by the witness.</summary>
public sealed record Claim
{
    /// <summary>Id unique within the testimony (<c>c1</c>, <c>c2</c>, ...).</summary>
    public required string Id { get; init; }

    /// <summary>The kind of event, a weapon category wire name or null.</summary>
    public string? Event { get; init; }

    /// <summary>What harm is asserted.</summary>
    public required Harm Harm { get; init; }

    /// <summary>Who and how many.</summary>
    public VictimCount Victims { get; init; } = new(null, null, []);

    /// <summary>The weapon category, or null.</summary>
    public WeaponCategory? Weapon { get; init; }

    /// <summary>Id of the ACTOR entity held responsible, or null.</summary>
    public string? Actor { get; init; }

    /// <summary>Id of the PLACE entity where it happened, or null.</summary>
    public string? Site { get; init; }

    /// <summary>When it happened, or null.</summary>
    public DateRange? Date { get; init; }

    /// <summary>For a claim without a <see cref="Date"/>: the day or month its date mention tells without a year, in
    /// a testimony that gives none and no interview date, as a range in a placeholder year (<c>YearlessDates.Year</c>);
    /// null otherwise. Incident linking lets it take the year of another witness's account of the same day at the same
    /// site. Not written in the JSON output nor in <c>claims.csv</c>: the claim's date stays null there.</summary>
    public DateRange? YearlessDate { get; init; }

    /// <summary>How the speaker knows.</summary>
    public Basis? Basis { get; init; }

    /// <summary>The evidence spans, in text order; the first is the main one.</summary>
    public required ImmutableArray<Evidence> Evidence { get; init; }

    /// <summary>Probability that the claim is right, in [0, 1].</summary>
    public double Confidence { get; init; }
}
