using System.Globalization;

namespace TestimonyNlp.Entities.Lexicons;

/// <summary>One data line of a tab-separated model file.</summary>
/// <param name="Number">The 1-based line number.</param>
/// <param name="Columns">The columns, trimmed of surrounding spaces.</param>
internal readonly record struct ModelLine(int Number, string[] Columns);

/// <summary>
/// Reads the tab-separated lexicon files: a <c># format: NAME VERSION</c> line among the leading comment lines,
/// then one entry per line. Blank lines and lines starting with <c>#</c> are skipped; a line with the wrong number
/// of columns or an empty column is an error naming the file and line.
/// </summary>
internal static class ModelFile
{
    private const string FormatPrefix = "# format:";

    /// <summary>Reads the data lines of <paramref name="reader"/>, checking the format line first.</summary>
    /// <param name="reader">The file's text.</param>
    /// <param name="file">The file as named in errors.</param>
    /// <param name="format">The expected format name (<c>testimony-weapons</c>).</param>
    /// <param name="version">The expected format version.</param>
    /// <param name="columns">The number of tab-separated columns every data line must have.</param>
    /// <exception cref="ModelFormatException">The format line is missing or wrong, or a line is malformed.</exception>
    public static IEnumerable<ModelLine> Read(TextReader reader, string file, string format, int version, int columns)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var expected = $"{FormatPrefix} {format} {version.ToString(CultureInfo.InvariantCulture)}";
        var number = 0;
        var formatSeen = false;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (number == 1 && line.Length > 0 && line[0] == '\uFEFF')
            {
                line = line[1..];
            }

            line = line.TrimEnd('\r');
            if (line.Length == 0 || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (line[0] == '#')
            {
                if (!formatSeen && line.StartsWith(FormatPrefix, StringComparison.Ordinal))
                {
                    CheckFormat(line, file, number, format, version, expected);
                    formatSeen = true;
                }

                continue;
            }

            if (!formatSeen)
            {
                throw new ModelFormatException(file, number, $"an entry comes before the format line; expected '{expected}' first");
            }

            var parts = line.Split('\t');
            if (parts.Length != columns)
            {
                throw new ModelFormatException(
                    file, number, $"expected {columns} tab-separated columns, found {parts.Length}");
            }

            for (var c = 0; c < parts.Length; c++)
            {
                parts[c] = parts[c].Trim(' ');
                if (parts[c].Length == 0)
                {
                    throw new ModelFormatException(file, number, $"column {c + 1} is empty");
                }
            }

            yield return new ModelLine(number, parts);
        }

        if (!formatSeen)
        {
            throw new ModelFormatException(file, Math.Max(number, 1), $"no format line; expected '{expected}'");
        }
    }

    private static void CheckFormat(string line, string file, int number, string format, int version, string expected)
    {
        var words = line[FormatPrefix.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length != 2 || !int.TryParse(words[1], NumberStyles.None, CultureInfo.InvariantCulture, out var found))
        {
            throw new ModelFormatException(file, number, $"malformed format line; expected '{expected}'");
        }

        if (!string.Equals(words[0], format, StringComparison.Ordinal))
        {
            throw new ModelFormatException(file, number, $"this is a {words[0]} file; expected '{expected}'");
        }

        if (found != version)
        {
            throw new ModelFormatException(
                file, number, $"format version {found} is not supported; this build reads '{expected}'");
        }
    }

    /// <summary>Opens <paramref name="path"/> as UTF-8 and reads it with <paramref name="load"/>.</summary>
    public static T Load<T>(string path, Func<TextReader, string, T> load)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return load(reader, path);
    }

    /// <summary>True when <paramref name="surface"/> has no upper-case letter.</summary>
    public static bool IsLowerCase(string surface)
    {
        foreach (var c in surface)
        {
            if (char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
