using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TestimonyNlp.Training.Corpus;

namespace TestimonyNlp.Training.Reviewed;

/// <summary>
/// <c>models/training.json</c>: for each model file <c>train</c> wrote, the corpus split hash and the reviewed sets
/// that went into it (folder name, SHA-256 of its <c>reviewed.jsonl</c>, testimonies, refused, taught) with their
/// weight. The model files carry the split hash themselves; this file says what else they learnt from. Every
/// <c>train</c> rewrites the entry of each model it writes, an empty <c>reviewed</c> list included.
/// </summary>
public static class TrainingRecord
{
    /// <summary>Records <paramref name="model"/> (a file name such as <c>tagger.bin</c>) in
    /// <paramref name="modelsDirectory"/>'s record, keeping the other models' entries.</summary>
    /// <exception cref="IOException">The file could not be written.</exception>
    public static void Write(string modelsDirectory, string model, string splitHash, ReviewedData reviewed, ReviewedTaught taught)
    {
        ArgumentNullException.ThrowIfNull(modelsDirectory);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(splitHash);
        ArgumentNullException.ThrowIfNull(reviewed);
        ArgumentNullException.ThrowIfNull(taught);
        var path = Path.Combine(modelsDirectory, Defaults.FileName);
        var models = new SortedDictionary<string, JsonNode?>(StringComparer.Ordinal);
        if (Read(path)?["models"] is JsonObject existing)
        {
            foreach (var (name, entry) in existing)
            {
                models[name] = entry?.DeepClone();
            }
        }

        var sets = new JsonArray();
        foreach (var set in reviewed.Sets)
        {
            sets.Add(new JsonObject
            {
                ["set"] = set.Name,
                ["sha256"] = set.Sha256,
                ["testimonies"] = set.Testimonies,
                ["refused"] = set.Refused,
            });
        }

        models[model] = new JsonObject
        {
            ["split_hash"] = splitHash,
            ["reviewed"] = sets,
            ["reviewed_testimonies_taught"] = taught.Testimonies,
            ["reviewed_sentences_taught"] = taught.Sentences,
            ["reviewed_weight"] = reviewed.IsEmpty ? null : reviewed.Weight,
        };

        var root = new JsonObject { ["format"] = Defaults.Format, ["models"] = new JsonObject() };
        foreach (var (name, entry) in models)
        {
            root["models"]!.AsObject()[name] = entry;
        }

        var text = root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }).ReplaceLineEndings("\n") + "\n";
        CorpusFiles.WriteAtomically(path, Encoding.UTF8.GetBytes(text));
    }

    /// <summary>The record at <paramref name="path"/>, or null when there is none or it is not a JSON object.</summary>
    public static JsonObject? Read(string path)
    {
        try
        {
            return File.Exists(path) ? JsonNode.Parse(File.ReadAllText(path, Encoding.UTF8)) as JsonObject : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Default values.</summary>
    public static class Defaults
    {
        /// <summary>The record's file name in the models folder.</summary>
        public const string FileName = "training.json";

        /// <summary>The format line.</summary>
        public const string Format = "testimony-training 1";
    }
}
