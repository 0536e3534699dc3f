using System.Collections.Immutable;
using System.Globalization;

namespace TestimonyNlp.Training.Evaluation;

/// <summary>A plain text table: the first column left-aligned, the others right-aligned, two spaces between.</summary>
internal sealed class TextTable
{
    private readonly List<string[]> _rows = [];

    /// <summary>Creates a table with a header row.</summary>
    public TextTable(params string[] header)
    {
        _rows.Add(header);
    }

    /// <summary>Adds a row with as many cells as the header.</summary>
    public TextTable Add(params string[] cells)
    {
        _rows.Add(cells);
        return this;
    }

    /// <summary>Writes the rows, each line without trailing spaces.</summary>
    public void Write(TextWriter writer)
    {
        var columns = _rows.Max(r => r.Length);
        var widths = new int[columns];
        foreach (var row in _rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                widths[i] = Math.Max(widths[i], row[i].Length);
            }
        }

        foreach (var row in _rows)
        {
            var line = new System.Text.StringBuilder();
            for (var i = 0; i < row.Length; i++)
            {
                if (i == 0)
                {
                    line.Append(row[i].PadRight(widths[i]));
                }
                else
                {
                    line.Append("  ").Append(row[i].PadLeft(widths[i]));
                }
            }

            writer.Write(line.ToString().TrimEnd());
            writer.Write('\n');
        }
    }

    /// <summary>An integer cell.</summary>
    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Writes <paramref name="heading"/> and one line per example, or nothing when there are none.</summary>
    public static void WriteExamples<T>(TextWriter writer, string heading, ImmutableArray<T> examples)
    {
        if (examples.IsDefaultOrEmpty)
        {
            return;
        }

        writer.Write(heading);
        foreach (var example in examples)
        {
            writer.Write(example?.ToString());
            writer.Write('\n');
        }
    }

    /// <summary>A row of match counts: label, gold, predicted, tp, fp, fn, precision, recall, F1.</summary>
    public static string[] CountsRow(string label, MatchCounts counts) =>
    [
        label,
        Number(counts.Gold),
        Number(counts.Predicted),
        Number(counts.TruePositives),
        Number(counts.FalsePositives),
        Number(counts.FalseNegatives),
        Score(counts.Precision),
        Score(counts.Recall),
        Score(counts.F1),
    ];

    /// <summary>A score cell with three decimals, or <c>-</c> when undefined.</summary>
    public static string Score(double? value) =>
        value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "-";
}
