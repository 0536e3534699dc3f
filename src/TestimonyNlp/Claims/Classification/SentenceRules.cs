namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// The rules that <see cref="ClaimClassifier"/> applies to the sentence models' decisions, each by its class name.
/// All apply in the pipeline; <c>testimony eval --without-rules</c> leaves some out (<see cref="ClaimRuleNames"/>), so
/// that a rule's worth can be measured on any split without a build of its own.
/// </summary>
[Flags]
public enum SentenceRules : long
{
    /// <summary>No rule.</summary>
    None = 0,

    /// <summary><see cref="Classification.InjuryNotDeath"/>.</summary>
    InjuryNotDeath = 1L << 0,

    /// <summary><see cref="Classification.CountAnswer"/>.</summary>
    CountAnswer = 1L << 1,

    /// <summary><see cref="Classification.AffirmedAnswer"/>.</summary>
    AffirmedAnswer = 1L << 2,

    /// <summary><see cref="Classification.HarmToldByNegation"/>.</summary>
    HarmToldByNegation = 1L << 3,

    /// <summary><see cref="Classification.CasualtyTally"/>.</summary>
    CasualtyTally = 1L << 4,

    /// <summary><see cref="Classification.HarmToldByOutcome"/>.</summary>
    HarmToldByOutcome = 1L << 5,

    /// <summary><see cref="Classification.FlightToldByParty"/>.</summary>
    FlightToldByParty = 1L << 6,

    /// <summary><see cref="Classification.DisappearanceToldByAbsence"/>.</summary>
    DisappearanceToldByAbsence = 1L << 7,

    /// <summary><see cref="Classification.ToldCount"/>.</summary>
    ToldCount = 1L << 8,

    /// <summary><see cref="Classification.TollToldBySource"/>.</summary>
    TollToldBySource = 1L << 9,

    /// <summary><see cref="Classification.WoundToldByBody"/>.</summary>
    WoundToldByBody = 1L << 10,

    /// <summary><see cref="Classification.NoHarmTold"/>.</summary>
    NoHarmTold = 1L << 11,

    /// <summary><see cref="Classification.KilledNotDetained"/>.</summary>
    KilledNotDetained = 1L << 12,

    /// <summary><see cref="Classification.ThingsTakenNotDetained"/>.</summary>
    ThingsTakenNotDetained = 1L << 13,

    /// <summary><see cref="Classification.TakenUnheardOf"/>.</summary>
    TakenUnheardOf = 1L << 14,

    /// <summary><see cref="Classification.BurnedPeopleNotDamage"/>.</summary>
    BurnedPeopleNotDamage = 1L << 15,

    /// <summary><see cref="Classification.NoDamageWordNotDamage"/>.</summary>
    NoDamageWordNotDamage = 1L << 16,

    /// <summary><see cref="Classification.CombatDeathsNotKilled"/>.</summary>
    CombatDeathsNotKilled = 1L << 17,

    /// <summary><see cref="Classification.AnimalDeathsNotKilled"/>.</summary>
    AnimalDeathsNotKilled = 1L << 18,

    /// <summary><see cref="Classification.DetainedNotKilled"/>.</summary>
    DetainedNotKilled = 1L << 19,

    /// <summary><see cref="Classification.RivalHarms"/>.</summary>
    RivalHarms = 1L << 20,

    /// <summary><see cref="Classification.DamageToldByStrike"/>.</summary>
    DamageToldByStrike = 1L << 21,

    /// <summary><see cref="Classification.DamageToldByRuin"/>.</summary>
    DamageToldByRuin = 1L << 22,

    /// <summary><see cref="Classification.TakingToldObjectFirst"/>.</summary>
    TakingToldObjectFirst = 1L << 23,

    /// <summary><see cref="Classification.ArmedVehicleNotDamage"/>.</summary>
    ArmedVehicleNotDamage = 1L << 24,

    /// <summary><see cref="Classification.DamageToldByCrops"/>.</summary>
    DamageToldByCrops = 1L << 25,

    /// <summary><see cref="Classification.BurnedPropertyNotInjury"/>.</summary>
    BurnedPropertyNotInjury = 1L << 26,

    /// <summary><see cref="Classification.KilledInDoubt"/>.</summary>
    KilledInDoubt = 1L << 27,

    /// <summary><see cref="Classification.DetainedUnworded"/>.</summary>
    DetainedUnworded = 1L << 28,

    /// <summary><see cref="Classification.SupposedHarmNotTold"/>.</summary>
    SupposedHarmNotTold = 1L << 29,

    /// <summary>Every rule.</summary>
    All = (1L << 30) - 1,
}
