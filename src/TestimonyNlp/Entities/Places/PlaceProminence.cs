namespace TestimonyNlp.Entities.Places;

/// <summary>
/// How well known a town is, from what the source data allows (it has no population figures). Higher values
/// rank first among places of the same name.
/// </summary>
public enum PlaceProminence : byte
{
    /// <summary>Nothing marks the place out (most villages and towns, and every region and country).</summary>
    None = 0,

    /// <summary>The town shares its name with its second-level division (a district seat).</summary>
    DistrictSeat = 1,

    /// <summary>The town shares its name with its first-level region (a governorate or province seat).</summary>
    RegionSeat = 2,

    /// <summary>Marked well known by hand in models/place-aliases.tsv.</summary>
    WellKnown = 3,

    /// <summary>The capital of its country.</summary>
    CountryCapital = 4,
}
