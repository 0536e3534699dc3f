using System.Diagnostics;
using System.Globalization;
using TestimonyNlp.Training.Reviewed;

namespace TestimonyNlp.Cli;

/// <summary>What <c>train</c> writes for each model it trains: the transcripts it left out, and the model file with
/// its training record.</summary>
internal static class TrainingOutput
{
    /// <summary>Names on <paramref name="error"/> each transcript the trainer could not read.</summary>
    public static void WarnUnread(TextWriter error, IEnumerable<string> transcriptIds)
    {
        foreach (var id in transcriptIds)
        {
            error.WriteLine($"warning: {id}: transcript could not be read; left out");
        }
    }

    /// <summary>Writes <paramref name="bytes"/> as <paramref name="fileName"/> into <paramref name="models"/> (created
    /// when missing) with its training record, and names the file, its size and the time since
    /// <paramref name="clock"/> started on <paramref name="error"/>.</summary>
    public static void WriteModel(
        TextWriter error, string models, string fileName, byte[] bytes, string splitHash, ReviewedData reviewed, ReviewedTaught taught, Stopwatch clock)
    {
        Directory.CreateDirectory(models);
        var path = Path.Combine(models, fileName);
        File.WriteAllBytes(path, bytes);
        TrainingRecord.Write(models, fileName, splitHash, reviewed, taught);
        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {path} ({bytes.Length / 1024} KiB) in {clock.Elapsed.TotalSeconds:0.0} s"));
    }
}
