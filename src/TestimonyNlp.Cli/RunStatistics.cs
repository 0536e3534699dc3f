using System.Diagnostics;
using System.Globalization;

namespace TestimonyNlp.Cli;

/// <summary>Counts kept while a batch runs; updated on the consumer thread only.</summary>
internal sealed class RunStatistics
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    /// <summary>Inputs (files) fully handled.</summary>
    public int Files { get; set; }

    /// <summary>Testimonies run through the pipeline.</summary>
    public int Processed { get; set; }

    /// <summary>Testimonies already stored (or repeated within the run) and not processed again.</summary>
    public int AlreadyStored { get; set; }

    /// <summary>Inputs or records that could not be read.</summary>
    public int Failures { get; set; }

    /// <summary>Testimonies read with a warning (fallback decoding).</summary>
    public int Warnings { get; set; }

    /// <summary>Words in the processed testimonies.</summary>
    public long Words { get; set; }

    /// <summary>Time since the run started.</summary>
    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>Stops the clock.</summary>
    public void Stop() => _clock.Stop();

    /// <summary>The one-line summary written at the end of every run.</summary>
    public string Summary()
    {
        var seconds = Math.Max(Elapsed.TotalSeconds, 1e-6);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{Files:N0} files, {Processed:N0} testimonies processed, {AlreadyStored:N0} already stored, {Words:N0} words, {Failures:N0} failures, {Warnings:N0} warnings, {Elapsed.TotalSeconds:0.00} s ({Words / seconds:N0} words/s)");
    }
}
