namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// The rules that <see cref="ClaimClassifier"/> applies to the sentence models' decisions, each by its class name.
/// All apply in the pipeline; <c>testimony eval --without-rules</c> leaves some out (<see cref="ClaimRuleNames"/>), so
/// that a rule's worth can be measured on any split without a build of its own.
/// </summary>
[Flags]
public enum SentenceRules
{
    /// <summary>No rule.</summary>
    None = 0,

    /// <summary><see cref="Classification.InjuryNotDeath"/>.</summary>
    InjuryNotDeath = 1 << 0,

    /// <summary><see cref="Classification.CountAnswer"/>.</summary>
    CountAnswer = 1 << 1,

    /// <summary><see cref="Classification.AffirmedAnswer"/>.</summary>
    AffirmedAnswer = 1 << 2,

    /// <summary><see cref="Classification.HarmToldByNegation"/>.</summary>
    HarmToldByNegation = 1 << 3,

    /// <summary><see cref="Classification.CasualtyTally"/>.</summary>
    CasualtyTally = 1 << 4,

    /// <summary><see cref="Classification.HarmToldByOutcome"/>.</summary>
    HarmToldByOutcome = 1 << 5,

    /// <summary><see cref="Classification.FlightToldByParty"/>.</summary>
    FlightToldByParty = 1 << 6,

    /// <summary><see cref="Classification.DisappearanceToldByAbsence"/>.</summary>
    DisappearanceToldByAbsence = 1 << 7,

    /// <summary><see cref="Classification.ToldCount"/>.</summary>
    ToldCount = 1 << 8,

    /// <summary><see cref="Classification.TollToldBySource"/>.</summary>
    TollToldBySource = 1 << 9,

    /// <summary><see cref="Classification.WoundToldByBody"/>.</summary>
    WoundToldByBody = 1 << 10,

    /// <summary><see cref="Classification.NoHarmTold"/>.</summary>
    NoHarmTold = 1 << 11,

    /// <summary><see cref="Classification.KilledNotDetained"/>.</summary>
    KilledNotDetained = 1 << 12,

    /// <summary><see cref="Classification.ThingsTakenNotDetained"/>.</summary>
    ThingsTakenNotDetained = 1 << 13,

    /// <summary><see cref="Classification.TakenUnheardOf"/>.</summary>
    TakenUnheardOf = 1 << 14,

    /// <summary><see cref="Classification.BurnedPeopleNotDamage"/>.</summary>
    BurnedPeopleNotDamage = 1 << 15,

    /// <summary><see cref="Classification.NoDamageWordNotDamage"/>.</summary>
    NoDamageWordNotDamage = 1 << 16,

    /// <summary><see cref="Classification.CombatDeathsNotKilled"/>.</summary>
    CombatDeathsNotKilled = 1 << 17,

    /// <summary><see cref="Classification.AnimalDeathsNotKilled"/>.</summary>
    AnimalDeathsNotKilled = 1 << 18,

    /// <summary><see cref="Classification.DetainedNotKilled"/>.</summary>
    DetainedNotKilled = 1 << 19,

    /// <summary><see cref="Classification.RivalHarms"/>.</summary>
    RivalHarms = 1 << 20,

    /// <summary><see cref="Classification.DamageToldByStrike"/>.</summary>
    DamageToldByStrike = 1 << 21,

    /// <summary><see cref="Classification.DamageToldByRuin"/>.</summary>
    DamageToldByRuin = 1 << 22,

    /// <summary><see cref="Classification.TakingToldObjectFirst"/>.</summary>
    TakingToldObjectFirst = 1 << 23,

    /// <summary><see cref="Classification.ArmedVehicleNotDamage"/>.</summary>
    ArmedVehicleNotDamage = 1 << 24,

    /// <summary><see cref="Classification.DamageToldByCrops"/>.</summary>
    DamageToldByCrops = 1 << 25,

    /// <summary><see cref="Classification.BurnedPropertyNotInjury"/>.</summary>
    BurnedPropertyNotInjury = 1 << 26,

    /// <summary><see cref="Classification.KilledInDoubt"/>.</summary>
    KilledInDoubt = 1 << 27,

    /// <summary>Every rule.</summary>
    All = (1 << 28) - 1,
}
