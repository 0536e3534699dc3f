namespace TestimonyNlp.Model;

/// <summary>
/// The wire names of the closed vocabularies, exactly as CONTRACT.md spells them, and their parsers.
/// </summary>
public static class Vocabulary
{
    /// <summary>Wire name of an entity type (<c>PERSON</c>).</summary>
    public static string ToWire(this EntityType type) => type switch
    {
        EntityType.Person => "PERSON",
        EntityType.Place => "PLACE",
        EntityType.Weapon => "WEAPON",
        EntityType.Actor => "ACTOR",
        EntityType.Date => "DATE",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    /// <summary>Wire name of a weapon category (<c>BARREL_BOMB</c>).</summary>
    public static string ToWire(this WeaponCategory category) => category switch
    {
        WeaponCategory.Airstrike => "AIRSTRIKE",
        WeaponCategory.DroneStrike => "DRONE_STRIKE",
        WeaponCategory.BarrelBomb => "BARREL_BOMB",
        WeaponCategory.Artillery => "ARTILLERY",
        WeaponCategory.Mortar => "MORTAR",
        WeaponCategory.Rocket => "ROCKET",
        WeaponCategory.Missile => "MISSILE",
        WeaponCategory.ClusterMunition => "CLUSTER_MUNITION",
        WeaponCategory.Landmine => "LANDMINE",
        WeaponCategory.Ied => "IED",
        WeaponCategory.Chemical => "CHEMICAL",
        WeaponCategory.Incendiary => "INCENDIARY",
        WeaponCategory.SmallArms => "SMALL_ARMS",
        WeaponCategory.ExplosiveUnspecified => "EXPLOSIVE_UNSPECIFIED",
        _ => throw new ArgumentOutOfRangeException(nameof(category)),
    };

    /// <summary>Wire name of a harm (<c>KILLED</c>).</summary>
    public static string ToWire(this Harm harm) => harm switch
    {
        Harm.Killed => "KILLED",
        Harm.Injured => "INJURED",
        Harm.Missing => "MISSING",
        Harm.Detained => "DETAINED",
        Harm.Displaced => "DISPLACED",
        Harm.PropertyDamage => "PROPERTY_DAMAGE",
        _ => throw new ArgumentOutOfRangeException(nameof(harm)),
    };

    /// <summary>Wire name of a basis (<c>WITNESSED</c>).</summary>
    public static string ToWire(this Basis basis) => basis switch
    {
        Basis.Witnessed => "WITNESSED",
        Basis.Experienced => "EXPERIENCED",
        Basis.Hearsay => "HEARSAY",
        Basis.Reported => "REPORTED",
        _ => throw new ArgumentOutOfRangeException(nameof(basis)),
    };

    /// <summary>Wire name of a site precision (<c>TOWN</c>).</summary>
    public static string ToWire(this SitePrecision precision) => precision switch
    {
        SitePrecision.Building => "BUILDING",
        SitePrecision.Street => "STREET",
        SitePrecision.Neighbourhood => "NEIGHBOURHOOD",
        SitePrecision.Town => "TOWN",
        SitePrecision.District => "DISTRICT",
        SitePrecision.Governorate => "GOVERNORATE",
        SitePrecision.Country => "COUNTRY",
        _ => throw new ArgumentOutOfRangeException(nameof(precision)),
    };

    /// <summary>Wire name of an incident grade (<c>CORROBORATED</c>).</summary>
    public static string ToWire(this IncidentGrade grade) => grade switch
    {
        IncidentGrade.Corroborated => "CORROBORATED",
        IncidentGrade.SingleSource => "SINGLE_SOURCE",
        IncidentGrade.Contested => "CONTESTED",
        _ => throw new ArgumentOutOfRangeException(nameof(grade)),
    };

    /// <summary>Wire name of a speaker role (<c>INTERVIEWER</c>).</summary>
    public static string ToWire(this SpeakerRole role) => role switch
    {
        SpeakerRole.Unknown => "UNKNOWN",
        SpeakerRole.Interviewer => "INTERVIEWER",
        SpeakerRole.Witness => "WITNESS",
        SpeakerRole.Interpreter => "INTERPRETER",
        SpeakerRole.Note => "NOTE",
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    /// <summary>Parses a wire name of an entity type.</summary>
    public static bool TryParseEntityType(string? wire, out EntityType type) =>
        TryParse(wire, Enum.GetValues<EntityType>(), ToWire, out type);

    /// <summary>Parses a wire name of a weapon category.</summary>
    public static bool TryParseWeaponCategory(string? wire, out WeaponCategory category) =>
        TryParse(wire, Enum.GetValues<WeaponCategory>(), ToWire, out category);

    /// <summary>Parses a wire name of a harm.</summary>
    public static bool TryParseHarm(string? wire, out Harm harm) =>
        TryParse(wire, Enum.GetValues<Harm>(), ToWire, out harm);

    /// <summary>Parses a wire name of a basis.</summary>
    public static bool TryParseBasis(string? wire, out Basis basis) =>
        TryParse(wire, Enum.GetValues<Basis>(), ToWire, out basis);

    /// <summary>Parses a wire name of a site precision.</summary>
    public static bool TryParseSitePrecision(string? wire, out SitePrecision precision) =>
        TryParse(wire, Enum.GetValues<SitePrecision>(), ToWire, out precision);

    /// <summary>Parses a wire name of an incident grade.</summary>
    public static bool TryParseIncidentGrade(string? wire, out IncidentGrade grade) =>
        TryParse(wire, Enum.GetValues<IncidentGrade>(), ToWire, out grade);

    /// <summary>Parses a wire name of a speaker role.</summary>
    public static bool TryParseSpeakerRole(string? wire, out SpeakerRole role) =>
        TryParse(wire, Enum.GetValues<SpeakerRole>(), ToWire, out role);

    /// <summary>Parses the wire name of any closed vocabulary, given its <paramref name="toWire"/> mapping.</summary>
    public static bool TryParse<T>(string? wire, T[] values, Func<T, string> toWire, out T value)
        where T : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(toWire);
        foreach (var candidate in values)
        {
            if (string.Equals(toWire(candidate), wire, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
