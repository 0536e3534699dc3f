namespace TestimonyNlp.Model;

/// <summary>The closed vocabulary of entity types (CONTRACT.md).</summary>
public enum EntityType
{
    /// <summary>A named individual person or family.</summary>
    Person,

    /// <summary>A named place.</summary>
    Place,

    /// <summary>A weapon or means of attack.</summary>
    Weapon,

    /// <summary>An armed force, armed group, coalition or state acting as a party.</summary>
    Actor,

    /// <summary>A date, time or period that places an event.</summary>
    Date,
}
