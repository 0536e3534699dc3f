using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace TestimonyNlp.Benchmarks;

/// <summary>
/// A column of millions of units (words, tokens) per second: the units one operation handles divided by the
/// benchmark's mean time. The unit count is computed lazily in the host process, the same way the benchmark
/// builds its input, so it matches what the measured process did.
/// </summary>
internal sealed class RateColumn : IColumn
{
    private readonly Lazy<double> _unitsPerOperation;
    private readonly Func<BenchmarkCase, bool> _appliesTo;

    /// <summary>Creates the column.</summary>
    /// <param name="name">Column header, e.g. <c>Mtokens/s</c>.</param>
    /// <param name="legend">What the column means.</param>
    /// <param name="unitsPerOperation">Units handled by one benchmark operation.</param>
    /// <param name="appliesTo">Which benchmarks the rate is shown for (others show <c>-</c>); all when null.</param>
    public RateColumn(string name, string legend, Func<double> unitsPerOperation, Func<BenchmarkCase, bool>? appliesTo = null)
    {
        ColumnName = name;
        Legend = legend;
        _unitsPerOperation = new Lazy<double>(unitsPerOperation);
        _appliesTo = appliesTo ?? (_ => true);
    }

    /// <inheritdoc />
    public string Id => nameof(RateColumn) + "." + ColumnName;

    /// <inheritdoc />
    public string ColumnName { get; }

    /// <inheritdoc />
    public bool AlwaysShow => true;

    /// <inheritdoc />
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc />
    public int PriorityInCategory => 0;

    /// <inheritdoc />
    public bool IsNumeric => true;

    /// <inheritdoc />
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc />
    public string Legend { get; }

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        GetValue(summary, benchmarkCase, SummaryStyle.Default);

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var nanoseconds = summary[benchmarkCase]?.ResultStatistics?.Mean;
        return _appliesTo(benchmarkCase) && nanoseconds is > 0
            ? (_unitsPerOperation.Value / nanoseconds.Value * 1000).ToString("N2", CultureInfo.InvariantCulture)
            : "-";
    }

    /// <inheritdoc />
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc />
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
