using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using TestimonyNlp.Training.Corpus;

namespace TestimonyNlp.Training;

/// <summary>
/// The hash that ties a trained model to its corpus split: SHA-256 over the bytes of split.tsv followed by the
/// lines of gold.jsonl of the training transcripts (each with its line feed), in file order.
/// </summary>
public static class TaggerTrainingSplitHash
{
    /// <summary>The split hash (lower-case hex) of the corpus in <paramref name="corpusDirectory"/>.</summary>
    public static string Compute(string corpusDirectory)
    {
        ArgumentNullException.ThrowIfNull(corpusDirectory);
        var splitBytes = File.ReadAllBytes(CorpusFiles.Full(corpusDirectory, CorpusFiles.SplitFile));
        var errors = new List<CorpusError>();
        var split = SplitTable.Parse(Encoding.UTF8.GetString(splitBytes), errors);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(splitBytes);
        var gold = File.ReadAllText(CorpusFiles.Full(corpusDirectory, CorpusFiles.GoldFile), Encoding.UTF8);
        foreach (var line in gold.Split('\n'))
        {
            if (line.Length == 0 || !split.Assignments.TryGetValue(IdOf(line), out var assigned) || assigned != CorpusSplit.Train)
            {
                continue;
            }

            hash.AppendData(Encoding.UTF8.GetBytes(line));
            hash.AppendData("\n"u8);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static string IdOf(string line)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            return json.RootElement.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString()! : string.Empty;
        }
        catch (JsonException)
        {
            return string.Empty;
        }
    }
}
