using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace TestimonyNlp.Cli;

/// <summary>A progress column showing files per second and words per second.</summary>
internal sealed class ThroughputColumn : ProgressColumn
{
    private readonly RunStatistics _statistics;

    /// <summary>Shows the rates of <paramref name="statistics"/>.</summary>
    public ThroughputColumn(RunStatistics statistics)
    {
        _statistics = statistics;
    }

    /// <inheritdoc />
    protected override bool NoWrap => true;

    /// <inheritdoc />
    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime)
    {
        var seconds = Math.Max(_statistics.Elapsed.TotalSeconds, 1e-3);
        var text = string.Create(
            CultureInfo.InvariantCulture,
            $"{_statistics.Files / seconds:N1} files/s  {_statistics.Words / seconds:N0} words/s");
        return new Markup(Markup.Escape(text));
    }
}
