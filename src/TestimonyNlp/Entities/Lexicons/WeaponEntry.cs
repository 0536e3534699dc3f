using TestimonyNlp.Model;

namespace TestimonyNlp.Entities.Lexicons;

/// <summary>What a weapon surface form means.</summary>
/// <param name="Category">The weapon category; for context-dependent forms, the category when the rule does not change it.</param>
/// <param name="Canonical">The canonical surface (<c>barrel bomb</c> for <c>barrels</c>), used as the mention's normalized form.</param>
/// <param name="Rule">The context rule the form needs before it counts as a weapon.</param>
public sealed record WeaponEntry(WeaponCategory Category, string Canonical, WeaponRule Rule)
{
    /// <summary>
    /// True for a word that is a weapon too rarely to be spotted on its own (<c>gas</c>, <c>bullet</c>,
    /// <c>explosives</c>): the lexicon stage never reports it, but it gives its category to a mention the tagger
    /// finds (<c>tagged</c> or <c>tagged-RULE</c> in the file).
    /// </summary>
    public bool TaggedOnly { get; init; }
}

/// <summary>Context rules for surface forms that are a weapon only in some sentences.</summary>
public enum WeaponRule
{
    /// <summary>Always a weapon (<c>-</c> in the file).</summary>
    None,

    /// <summary>Aircraft or tanks (<c>the planes</c>, <c>the jets</c>): a weapon only when they are the attacker,
    /// that is when an attack word is near; a <c>the</c> before the form belongs to the mention (<c>attacker</c>).</summary>
    Attacker,

    /// <summary>Singular <c>mine</c>, also the pronoun: a weapon only after an article or with a mine word near
    /// (stepped on, exploded, field); a mortar bomb when it fell or was fired (<c>mine</c>).</summary>
    Mine,

    /// <summary>Plural <c>mines</c>: always a weapon, a mortar bomb when they fell or were fired
    /// (<c>mine-plural</c>).</summary>
    MinePlural,

    /// <summary><c>barrel</c>: a barrel bomb in Syria or with a bomb word near, never before <c>of</c>
    /// (<c>barrel</c>).</summary>
    Barrel,

    /// <summary>Vague <c>strike</c>, <c>bombing</c>: AIRSTRIKE when aircraft are near, DRONE_STRIKE when drones
    /// are, else EXPLOSIVE_UNSPECIFIED; never a verb (<c>vague</c>).</summary>
    Vague,

    /// <summary>Generic <c>shell</c>: takes the category of the mortar, artillery or rocket mention before it,
    /// else its own; never a verb (<c>generic</c>).</summary>
    Generic,

    /// <summary>A drone or other attacking vehicle that is always a weapon (<c>drone</c>, <c>zanana</c>,
    /// <c>Antonov</c>): like <see cref="None"/>, but a <c>the</c> before it belongs to the mention, as it does for
    /// <see cref="Attacker"/> forms (<c>vehicle</c>).</summary>
    Vehicle,

    /// <summary>A thing that is a weapon only when launched (<c>cylinders</c>, the gas-cylinder mortars of Colombia
    /// and Syria): a weapon when an attack or falling word or another weapon is in its sentence (<c>launched</c>).</summary>
    Launched,
}
