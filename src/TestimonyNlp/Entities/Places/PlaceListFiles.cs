using System.Globalization;
using TestimonyNlp.Model;

namespace TestimonyNlp.Entities.Places;

/// <summary>A row of models/place-aliases.tsv.</summary>
internal abstract record PlaceAliasRow(int Line);

/// <summary><c>alias NAME TARGET CC [PRECISION [REGION]]</c>: another name of an existing place (the one in REGION
/// when the country has several of the name).</summary>
internal sealed record PlaceAliasName(int Line, string Alias, string Target, string Country, SitePrecision? Precision, string? Region = null)
    : PlaceAliasRow(Line);

/// <summary><c>known NAME CC [REGION]</c>: a town to rank as well known (the one in REGION when the country has
/// several of the name).</summary>
internal sealed record PlaceKnown(int Line, string Name, string Country, string? Region = null) : PlaceAliasRow(Line);

/// <summary><c>capital CC NAME [REGION]</c>: the town that is the country's capital, when the package's name for it
/// is spelt differently or is ambiguous.</summary>
internal sealed record PlaceCapital(int Line, string Country, string Name, string? Region) : PlaceAliasRow(Line);

/// <summary><c>add NAME CC LAT LON PRECISION [REGION]</c>: a place missing from the source.</summary>
internal sealed record PlaceAdded(int Line, string Name, string Country, double Lat, double Lon, SitePrecision Precision, string? Region)
    : PlaceAliasRow(Line);

/// <summary>Reads the hand-written files the gazetteer is built with.</summary>
internal static class PlaceListFiles
{
    /// <summary>The first line of models/place-aliases.tsv.</summary>
    public const string AliasHeader = "# format: testimony-place-aliases 1";

    /// <summary>The first line of models/places-stoplist.txt.</summary>
    public const string StopListHeader = "# format: testimony-places-stoplist 1";

    private const int MaxNameLength = 200;

    /// <summary>Parses the alias file; returns null and an error naming the file and line when it is malformed.</summary>
    public static IReadOnlyList<PlaceAliasRow>? ParseAliases(string[] lines, string fileName, out string? error)
    {
        if (lines.Length == 0 || lines[0].TrimEnd() != AliasHeader)
        {
            error = $"{fileName}: line 1 must be \"{AliasHeader}\"";
            return null;
        }

        var rows = new List<PlaceAliasRow>();
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            var number = i + 1;
            var row = ParseRow(fields, number, out var problem);
            if (row is null)
            {
                error = $"{fileName}: line {number}: {problem}";
                return null;
            }

            rows.Add(row);
        }

        error = null;
        return rows;
    }

    /// <summary>Parses the stop list: one phrase a line after the header; '#' starts a comment line.</summary>
    public static IReadOnlyList<string>? ParseStopList(string[] lines, string fileName, out string? error)
    {
        if (lines.Length == 0 || lines[0].TrimEnd() != StopListHeader)
        {
            error = $"{fileName}: line 1 must be \"{StopListHeader}\"";
            return null;
        }

        var phrases = new List<string>();
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.Length > MaxNameLength)
            {
                error = $"{fileName}: line {i + 1}: the phrase is longer than {MaxNameLength} characters";
                return null;
            }

            phrases.Add(line);
        }

        error = null;
        return phrases;
    }

    private static PlaceAliasRow? ParseRow(string[] fields, int line, out string? problem)
    {
        problem = null;
        for (var f = 0; f < fields.Length; f++)
        {
            fields[f] = fields[f].Trim();
            if (fields[f].Length > MaxNameLength)
            {
                problem = $"field {f + 1} is longer than {MaxNameLength} characters";
                return null;
            }
        }

        switch (fields[0])
        {
            case "alias" when fields.Length is 4 or 5 or 6:
            {
                if (!CheckName(fields[1], out problem) || !CheckName(fields[2], out problem) || !CheckCountry(fields[3], out problem))
                {
                    return null;
                }

                SitePrecision? precision = null;
                if (fields.Length >= 5)
                {
                    if (!TryParsePrecision(fields[4], out var parsed))
                    {
                        problem = $"unknown precision '{fields[4]}' (TOWN, DISTRICT, GOVERNORATE or COUNTRY)";
                        return null;
                    }

                    precision = parsed;
                }

                return new PlaceAliasName(line, fields[1], fields[2], fields[3], precision, fields.Length == 6 && fields[5].Length > 0 ? fields[5] : null);
            }

            case "known" when fields.Length is 3 or 4:
                return CheckName(fields[1], out problem) && CheckCountry(fields[2], out problem)
                    ? new PlaceKnown(line, fields[1], fields[2], fields.Length == 4 && fields[3].Length > 0 ? fields[3] : null)
                    : null;

            case "capital" when fields.Length is 3 or 4:
                return CheckCountry(fields[1], out problem) && CheckName(fields[2], out problem)
                    ? new PlaceCapital(line, fields[1], fields[2], fields.Length == 4 && fields[3].Length > 0 ? fields[3] : null)
                    : null;

            case "add" when fields.Length is 6 or 7:
            {
                if (!CheckName(fields[1], out problem) || !CheckCountry(fields[2], out problem))
                {
                    return null;
                }

                if (!double.TryParse(fields[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat) || lat is < -90 or > 90
                    || !double.TryParse(fields[4], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon) || lon is < -180 or > 180)
                {
                    problem = "latitude and longitude must be decimal degrees";
                    return null;
                }

                if (!TryParsePrecision(fields[5], out var precision))
                {
                    problem = $"unknown precision '{fields[5]}' (TOWN, DISTRICT, GOVERNORATE or COUNTRY)";
                    return null;
                }

                var region = fields.Length == 7 && fields[6].Length > 0 ? fields[6] : null;
                return new PlaceAdded(line, fields[1], fields[2], lat, lon, precision, region);
            }

            default:
                problem = "expected 'alias NAME TARGET CC [PRECISION [REGION]]', 'known NAME CC [REGION]', 'capital CC NAME [REGION]' or " +
                          "'add NAME CC LAT LON PRECISION [REGION]', tab-separated";
                return null;
        }
    }

    private static bool CheckName(string name, out string? problem)
    {
        problem = name.Length == 0 ? "a name is empty" : null;
        return problem is null;
    }

    private static bool CheckCountry(string code, out string? problem)
    {
        problem = PlaceData.IsCountryCode(code) ? null : $"'{code}' is not an ISO 3166-1 alpha-2 code in capitals";
        return problem is null;
    }

    private static bool TryParsePrecision(string wire, out SitePrecision precision)
    {
        foreach (var candidate in (ReadOnlySpan<SitePrecision>)[SitePrecision.Town, SitePrecision.District, SitePrecision.Governorate, SitePrecision.Country])
        {
            if (candidate.ToWire() == wire)
            {
                precision = candidate;
                return true;
            }
        }

        precision = default;
        return false;
    }
}
