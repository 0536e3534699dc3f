namespace TestimonyNlp.Model;

/// <summary>The closed vocabulary of harm types a claim asserts (CONTRACT.md).</summary>
public enum Harm
{
#pragma warning disable CS1591
    Killed,
    Injured,
    Missing,
    Detained,
    Displaced,
    PropertyDamage,
#pragma warning restore CS1591
}

/// <summary>How the speaker knows what a claim asserts (CONTRACT.md).</summary>
public enum Basis
{
    /// <summary>The speaker saw or heard it.</summary>
    Witnessed,

    /// <summary>It happened to the speaker.</summary>
    Experienced,

    /// <summary>Others told the speaker.</summary>
    Hearsay,

    /// <summary>A document, the media or an organisation reported it.</summary>
    Reported,
}

/// <summary>How precisely a site is located (CONTRACT.md).</summary>
public enum SitePrecision
{
#pragma warning disable CS1591
    Building,
    Street,
    Neighbourhood,
    Town,
    District,
    Governorate,
    Country,
#pragma warning restore CS1591
}

/// <summary>How well an incident is corroborated (CONTRACT.md).</summary>
public enum IncidentGrade
{
    /// <summary>Two or more independent testimonies agree.</summary>
    Corroborated,

    /// <summary>Only one testimony tells of it.</summary>
    SingleSource,

    /// <summary>Independent testimonies disagree on date, site, weapon, actor or toll.</summary>
    Contested,
}
