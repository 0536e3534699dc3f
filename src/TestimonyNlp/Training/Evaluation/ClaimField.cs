namespace TestimonyNlp.Training.Evaluation;

/// <summary>The fields of a claim compared on each matched gold/predicted pair.</summary>
public enum ClaimField
{
    /// <summary>Least number of victims, exactly (null equals null).</summary>
    VictimsMin,

    /// <summary>Greatest number of victims, exactly (null equals null).</summary>
    VictimsMax,

    /// <summary>Weapon category (null equals null).</summary>
    Weapon,

    /// <summary>Actor: the canonical name of the predicted ACTOR mention against the gold canonical name (null equals
    /// null).</summary>
    Actor,

    /// <summary>Site: the predicted PLACE mention overlaps the gold one, or has its normalised name (null equals
    /// null).</summary>
    Site,

    /// <summary>Date: the two ranges share a day (both without days match, one without days does not).</summary>
    Date,

    /// <summary>Basis (a prediction without one does not match).</summary>
    Basis,
}

/// <summary>Wire names of <see cref="ClaimField"/> (<c>victims_min</c>, ...).</summary>
public static class ClaimFields
{
    /// <summary>The wire name, as printed and written to JSON.</summary>
    public static string ToWire(this ClaimField field) => field switch
    {
        ClaimField.VictimsMin => "victims_min",
        ClaimField.VictimsMax => "victims_max",
        ClaimField.Weapon => "weapon",
        ClaimField.Actor => "actor",
        ClaimField.Site => "site",
        ClaimField.Date => "date",
        ClaimField.Basis => "basis",
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };
}
