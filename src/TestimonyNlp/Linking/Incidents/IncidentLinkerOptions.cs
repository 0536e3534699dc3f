namespace TestimonyNlp.Linking.Incidents;

/// <summary>The thresholds and weights of <see cref="IncidentLinker"/>. Two claims link when they are compatible
/// (dates overlap, sites nested, weapons and actors agree) and the sum of their evidence weights reaches
/// <see cref="LinkThreshold"/>.</summary>
public sealed record IncidentLinkerOptions
{
    /// <summary>The default values.</summary>
    public static class Defaults
    {
        /// <summary>The least score that links two claims.</summary>
        public const double LinkThreshold = 2.5;

        /// <summary>Weight of two dates naming the same single day.</summary>
        public const double SameDayWeight = 2.0;

        /// <summary>Weight of two overlapping dates whose narrower range is at most <see cref="NarrowDays"/> days.</summary>
        public const double NarrowOverlapWeight = 1.5;

        /// <summary>Weight of two overlapping dates both wider than that.</summary>
        public const double WideOverlapWeight = 1.0;

        /// <summary>The widest range, in days, that counts as narrow.</summary>
        public const int NarrowDays = 7;

        /// <summary>Weight of the same site.</summary>
        public const double SameSiteWeight = 2.0;

        /// <summary>Weight of one site inside the other, the outer one a town or more precise.</summary>
        public const double NestedSiteWeight = 1.5;

        /// <summary>Weight of one site inside the other, the outer one a governorate or a country.</summary>
        public const double WeakNestedSiteWeight = 0.5;

        /// <summary>Weight of the same weapon category.</summary>
        public const double SameWeaponWeight = 1.0;

        /// <summary>Weight of two weapon categories witnesses confuse.</summary>
        public const double ConfusedWeaponWeight = 0.5;

        /// <summary>Weight of the same actor.</summary>
        public const double SameActorWeight = 0.5;

        /// <summary>Weight of a victim named by both claims.</summary>
        public const double SharedVictimWeight = 3.0;

        /// <summary>Weight of two claims of one testimony whose evidence lies within <see cref="NearChars"/>.</summary>
        public const double NearWeight = 2.5;

        /// <summary>Weight of two claims of one testimony whose evidence lies within <see cref="CloseChars"/>.</summary>
        public const double CloseWeight = 1.0;

        /// <summary>The gap, in characters, under which two claims of one testimony are near.</summary>
        public const int NearChars = 300;

        /// <summary>The gap, in characters, under which two claims of one testimony are close.</summary>
        public const int CloseChars = 1000;

        /// <summary>Date ranges wider than this many days are blocked by town, not by time.</summary>
        public const int MaxBlockDays = 62;

        /// <summary>A victim name shared by more claims than this is too common to block on.</summary>
        public const int MaxNameBlock = 40;
    }

    /// <summary>The least score that links two claims.</summary>
    public double LinkThreshold { get; init; } = Defaults.LinkThreshold;

    /// <summary>Weight of two dates naming the same single day.</summary>
    public double SameDayWeight { get; init; } = Defaults.SameDayWeight;

    /// <summary>Weight of two overlapping dates whose narrower range is at most <see cref="NarrowDays"/> days.</summary>
    public double NarrowOverlapWeight { get; init; } = Defaults.NarrowOverlapWeight;

    /// <summary>Weight of two overlapping dates both wider than <see cref="NarrowDays"/>.</summary>
    public double WideOverlapWeight { get; init; } = Defaults.WideOverlapWeight;

    /// <summary>The widest range, in days, that counts as narrow.</summary>
    public int NarrowDays { get; init; } = Defaults.NarrowDays;

    /// <summary>Weight of the same site.</summary>
    public double SameSiteWeight { get; init; } = Defaults.SameSiteWeight;

    /// <summary>Weight of one site inside the other, the outer one a town or more precise.</summary>
    public double NestedSiteWeight { get; init; } = Defaults.NestedSiteWeight;

    /// <summary>Weight of one site inside the other, the outer one a governorate or a country.</summary>
    public double WeakNestedSiteWeight { get; init; } = Defaults.WeakNestedSiteWeight;

    /// <summary>Weight of the same weapon category.</summary>
    public double SameWeaponWeight { get; init; } = Defaults.SameWeaponWeight;

    /// <summary>Weight of two weapon categories witnesses confuse.</summary>
    public double ConfusedWeaponWeight { get; init; } = Defaults.ConfusedWeaponWeight;

    /// <summary>Weight of the same actor.</summary>
    public double SameActorWeight { get; init; } = Defaults.SameActorWeight;

    /// <summary>Weight of a victim named by both claims.</summary>
    public double SharedVictimWeight { get; init; } = Defaults.SharedVictimWeight;

    /// <summary>Weight of two claims of one testimony whose evidence lies within <see cref="NearChars"/>.</summary>
    public double NearWeight { get; init; } = Defaults.NearWeight;

    /// <summary>Weight of two claims of one testimony whose evidence lies within <see cref="CloseChars"/>.</summary>
    public double CloseWeight { get; init; } = Defaults.CloseWeight;

    /// <summary>The gap, in characters, under which two claims of one testimony are near.</summary>
    public int NearChars { get; init; } = Defaults.NearChars;

    /// <summary>The gap, in characters, under which two claims of one testimony are close.</summary>
    public int CloseChars { get; init; } = Defaults.CloseChars;

    /// <summary>Date ranges wider than this many days are blocked by town, not by time.</summary>
    public int MaxBlockDays { get; init; } = Defaults.MaxBlockDays;

    /// <summary>A victim name shared by more claims than this is too common to block on.</summary>
    public int MaxNameBlock { get; init; } = Defaults.MaxNameBlock;
}
