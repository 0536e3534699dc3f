namespace TestimonyNlp.Training.Evaluation;

/// <summary>How a matched claim's predicted date range stands to the gold claim's: the breakdown of the date field
/// that <c>eval</c> prints, and what <c>eval --gold-date-kinds</c> chooses.</summary>
public enum ClaimDateKind
{
    /// <summary>The same first and last day.</summary>
    Exact,

    /// <summary>The predicted range holds the gold one and more ("March" for the 12th of March).</summary>
    Wider,

    /// <summary>The predicted range lies inside the gold one and is shorter.</summary>
    Narrower,

    /// <summary>The ranges share some days, and each has days the other lacks.</summary>
    Straddling,

    /// <summary>No day shared, at most <see cref="ClaimDateKinds.DaysOffMax"/> days apart.</summary>
    DaysOff,

    /// <summary>No day shared, the predicted range in another year but starting in the gold range's month (a year
    /// taken from the interview or from another story).</summary>
    YearsOff,

    /// <summary>No day shared, further apart than a few days, and not only in the year.</summary>
    Further,

    /// <summary>Gold has a date, the prediction none.</summary>
    Missing,

    /// <summary>The prediction has a date, gold none.</summary>
    Extra,

    /// <summary>Neither has a date.</summary>
    BothUndated,
}

/// <summary>Classifies date pairs into <see cref="ClaimDateKind"/>, and its wire names.</summary>
public static class ClaimDateKinds
{
    /// <summary>Most days between two ranges that are only a few days off.</summary>
    public const int DaysOffMax = 7;

    private static readonly (string Name, ClaimDateKind Kind)[] Names =
    [
        ("exact", ClaimDateKind.Exact),
        ("wider", ClaimDateKind.Wider),
        ("narrower", ClaimDateKind.Narrower),
        ("straddling", ClaimDateKind.Straddling),
        ("days_off", ClaimDateKind.DaysOff),
        ("years_off", ClaimDateKind.YearsOff),
        ("further", ClaimDateKind.Further),
        ("missing", ClaimDateKind.Missing),
        ("extra", ClaimDateKind.Extra),
        ("both_undated", ClaimDateKind.BothUndated),
    ];

    /// <summary>The kinds in wire order.</summary>
    public static IEnumerable<ClaimDateKind> All => Names.Select(n => n.Kind);

    /// <summary>The wire name, as printed and written to JSON.</summary>
    public static string ToWire(this ClaimDateKind kind) => Array.Find(Names, n => n.Kind == kind).Name
        ?? throw new ArgumentOutOfRangeException(nameof(kind));

    /// <summary>Parses a comma list of wire names into a set; false on an unknown name or an empty list.</summary>
    public static bool TryParse(string? text, out IReadOnlySet<ClaimDateKind> kinds)
    {
        var set = new HashSet<ClaimDateKind>();
        kinds = set;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            var index = Array.FindIndex(Names, n => string.Equals(n.Name, part, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                return false;
            }

            set.Add(Names[index].Kind);
        }

        return true;
    }

    /// <summary>The kind of a predicted range against a gold one. A range with only one end is open on the other
    /// (as the date field scores it).</summary>
    public static ClaimDateKind Of((DateOnly? From, DateOnly? To) gold, (DateOnly? From, DateOnly? To) predicted)
    {
        var goldDated = gold.From is not null || gold.To is not null;
        var predictedDated = predicted.From is not null || predicted.To is not null;
        if (!goldDated || !predictedDated)
        {
            return goldDated ? ClaimDateKind.Missing : predictedDated ? ClaimDateKind.Extra : ClaimDateKind.BothUndated;
        }

        var (goldFrom, goldTo) = (gold.From ?? DateOnly.MinValue, gold.To ?? DateOnly.MaxValue);
        var (predictedFrom, predictedTo) = (predicted.From ?? DateOnly.MinValue, predicted.To ?? DateOnly.MaxValue);
        if (goldFrom == predictedFrom && goldTo == predictedTo)
        {
            return ClaimDateKind.Exact;
        }

        if (goldFrom <= predictedTo && predictedFrom <= goldTo)
        {
            return predictedFrom <= goldFrom && predictedTo >= goldTo ? ClaimDateKind.Wider
                : predictedFrom >= goldFrom && predictedTo <= goldTo ? ClaimDateKind.Narrower
                : ClaimDateKind.Straddling;
        }

        var gap = predictedTo < goldFrom
            ? goldFrom.DayNumber - predictedTo.DayNumber
            : predictedFrom.DayNumber - goldTo.DayNumber;
        if (gap <= DaysOffMax)
        {
            return ClaimDateKind.DaysOff;
        }

        return predictedFrom.Year != goldFrom.Year && predictedFrom.Month == goldFrom.Month
            ? ClaimDateKind.YearsOff
            : ClaimDateKind.Further;
    }
}
