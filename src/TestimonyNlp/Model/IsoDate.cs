using System.Globalization;

namespace TestimonyNlp.Model;

/// <summary>The one way every output of the project writes a day: ISO 8601 <c>yyyy-MM-dd</c>.</summary>
public static class IsoDate
{
    /// <summary>The format string.</summary>
    public const string Format = "yyyy-MM-dd";

    /// <summary>Formats <paramref name="date"/>, or returns null.</summary>
    public static string? ToText(DateOnly? date) => date?.ToString(Format, CultureInfo.InvariantCulture);
}
