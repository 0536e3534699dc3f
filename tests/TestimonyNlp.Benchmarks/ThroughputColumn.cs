using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace TestimonyNlp.Benchmarks;

/// <summary>
/// Reports throughput for benchmarks whose one operation is one input character
/// (<c>[Benchmark(OperationsPerInvoke = length)]</c>): the Mean column is then nanoseconds per character, and
/// this column shows millions of characters per second or, given the input's UTF-8 bytes per character,
/// megabytes (10^6 bytes) of UTF-8 input per second.
/// </summary>
public sealed class ThroughputColumn : IColumn
{
    private readonly double _bytesPerChar;

    private ThroughputColumn(string name, double bytesPerChar)
    {
        ColumnName = name;
        _bytesPerChar = bytesPerChar;
    }

    /// <summary>Millions of characters per second.</summary>
    public static ThroughputColumn CharsPerSecond() => new("Mchar/s", 0);

    /// <summary>Megabytes of UTF-8 input per second.</summary>
    public static ThroughputColumn BytesPerSecond(double utf8BytesPerChar) => new("MB/s (UTF-8)", utf8BytesPerChar);

    /// <inheritdoc />
    public string Id => nameof(ThroughputColumn) + "." + ColumnName;

    /// <inheritdoc />
    public string ColumnName { get; }

    /// <inheritdoc />
    public bool AlwaysShow => true;

    /// <inheritdoc />
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc />
    public int PriorityInCategory => _bytesPerChar > 0 ? 1 : 0;

    /// <inheritdoc />
    public bool IsNumeric => true;

    /// <inheritdoc />
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc />
    public string Legend => _bytesPerChar > 0
        ? "Megabytes (10^6) of UTF-8 input per second, from Mean (ns per character)"
        : "Millions of characters per second: 1000 / Mean (ns per character)";

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        GetValue(summary, benchmarkCase, SummaryStyle.Default);

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var nanosecondsPerChar = summary[benchmarkCase]?.ResultStatistics?.Mean;
        if (nanosecondsPerChar is not > 0)
        {
            return "NA";
        }

        var megaCharsPerSecond = 1000.0 / nanosecondsPerChar.Value;
        var value = _bytesPerChar > 0 ? megaCharsPerSecond * _bytesPerChar : megaCharsPerSecond;
        return value.ToString("N1", CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc />
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
