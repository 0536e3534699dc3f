using System.Globalization;

namespace TestimonyNlp.Linking.Incidents;

/// <summary>Incident ids: <c>I</c> and at least four digits (<c>I0001</c>).</summary>
public static class IncidentIds
{
    /// <summary>The least number of digits of an id.</summary>
    public const int MinDigits = 4;

    /// <summary>The id with number <paramref name="number"/>.</summary>
    public static string Of(long number) =>
        "I" + number.ToString("D" + MinDigits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>The number of <paramref name="id"/>, or null when it is not an incident id.</summary>
    public static long? NumberOf(string? id)
    {
        if (id is null || id.Length < 2 || id[0] != 'I')
        {
            return null;
        }

        return long.TryParse(id.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
    }

    /// <summary>Orders ids by number, ids that are not incident ids last, then ordinally.</summary>
    public static int Compare(string? x, string? y)
    {
        var nx = NumberOf(x) ?? long.MaxValue;
        var ny = NumberOf(y) ?? long.MaxValue;
        return nx != ny ? nx.CompareTo(ny) : string.CompareOrdinal(x, y);
    }
}
