namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// The rules that <see cref="ClaimBasisModel"/> applies to the bases it decided, each by its class name. All apply in
/// the pipeline; <c>testimony eval --without-rules</c> leaves some out (<see cref="ClaimRuleNames"/>).
/// </summary>
[Flags]
public enum BasisRules
{
    /// <summary>No rule.</summary>
    None = 0,

    /// <summary><see cref="Classification.WitnessedPresent"/>.</summary>
    WitnessedPresent = 1 << 0,

    /// <summary><see cref="Classification.WitnessedInNotes"/>.</summary>
    WitnessedInNotes = 1 << 1,

    /// <summary><see cref="Classification.HearsayToldAfter"/>.</summary>
    HearsayToldAfter = 1 << 2,

    /// <summary><see cref="Classification.HearsayAnswered"/>.</summary>
    HearsayAnswered = 1 << 3,

    /// <summary><see cref="Classification.ExperiencedOwnHarm"/>.</summary>
    ExperiencedOwnHarm = 1 << 4,

    /// <summary><see cref="Classification.ReportedSource"/>.</summary>
    ReportedSource = 1 << 5,

    /// <summary><see cref="Classification.ExperiencedOwnProperty"/>.</summary>
    ExperiencedOwnProperty = 1 << 6,

    /// <summary><see cref="Classification.WitnessedPublicDamage"/>.</summary>
    WitnessedPublicDamage = 1 << 7,

    /// <summary><see cref="Classification.HearsaySentPicture"/>.</summary>
    HearsaySentPicture = 1 << 8,

    /// <summary><see cref="Classification.ExperiencedOwnSearch"/>.</summary>
    ExperiencedOwnSearch = 1 << 9,

    /// <summary><see cref="Classification.WitnessedStayedBehind"/>.</summary>
    WitnessedStayedBehind = 1 << 10,

    /// <summary><see cref="Classification.WitnessedKinWounded"/>.</summary>
    WitnessedKinWounded = 1 << 11,

    /// <summary><see cref="Classification.HearsayAbsentAtTaking"/>.</summary>
    HearsayAbsentAtTaking = 1 << 12,

    /// <summary><see cref="Classification.HearsayAbsentBefore"/>.</summary>
    HearsayAbsentBefore = 1 << 13,

    /// <summary>Every rule.</summary>
    All = (1 << 14) - 1,
}
