namespace TestimonyNlp.Model;

/// <summary>The closed vocabulary of weapon categories (CONTRACT.md).</summary>
public enum WeaponCategory
{
#pragma warning disable CS1591 // the names are the contract's own
    Airstrike,
    DroneStrike,
    BarrelBomb,
    Artillery,
    Mortar,
    Rocket,
    Missile,
    ClusterMunition,
    Landmine,
    Ied,
    Chemical,
    Incendiary,
    SmallArms,
    ExplosiveUnspecified,
#pragma warning restore CS1591
}
