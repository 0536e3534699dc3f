using TestimonyNlp.Entities.Lexicons;
using TestimonyNlp.Model;
using TestimonyNlp.Pipeline;

namespace TestimonyNlp.Entities.Tagger;

/// <summary>
/// The tagger stage: runs after the spotters and adds the spans the averaged-perceptron tagger finds as
/// <see cref="EntityMention"/>s, leaving alone spans a spotter already found with the same type; EntityMerger then
/// keeps one mention per overlap.
/// </summary>
public sealed class TaggerStage : IPipelineStage
{
    [ThreadStatic]
    private static List<TaggedSpan>? t_spans;

    [ThreadStatic]
    private static HashSet<(int Start, int End, EntityType Type)>? t_spotted;

    private readonly AveragedPerceptronTagger _tagger;

    /// <summary>Creates the stage over <paramref name="model"/>; <paramref name="names"/> feeds the given-name features.</summary>
    public TaggerStage(TaggerModel model, GivenNameLexicon? names)
    {
        _tagger = new AveragedPerceptronTagger(model, names);
    }

    /// <inheritdoc/>
    public string Name => "tagger";

    /// <summary>Loads models/tagger.bin and models/given-names.tsv from <paramref name="modelsDirectory"/>.</summary>
    public static TaggerStage Load(string modelsDirectory, string? expectedSplitHash = null)
    {
        ArgumentNullException.ThrowIfNull(modelsDirectory);
        return new TaggerStage(
            TaggerModel.Load(Path.Combine(modelsDirectory, Defaults.ModelFile), expectedSplitHash),
            GivenNameLexicon.Load(Path.Combine(modelsDirectory, LexiconSpotter.Defaults.GivenNamesFile)));
    }

    /// <inheritdoc/>
    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var spans = t_spans ??= [];
        spans.Clear();
        _tagger.Tag(document, spans, cancellationToken);
        var spotted = t_spotted ??= [];
        spotted.Clear();
        foreach (var mention in document.Entities)
        {
            spotted.Add((mention.Start, mention.End, mention.Type));
        }

        var calibration = _tagger.Model.Calibration;
        foreach (var span in spans)
        {
            if (spotted.Contains((span.Start, span.End, span.Type)))
            {
                continue;
            }

            var confidence = Math.Round(calibration.Probability(span.Margin), 4);
            document.Entities.Add(new EntityMention(
                string.Empty,
                span.Type,
                span.Start,
                span.End,
                document.Text[span.Start..span.End],
                null,
                confidence));
        }

        if (spotted.Count > Defaults.MaxReusedSpotted)
        {
            // Keeping a huge document's set alive on the worker thread would hold memory for nothing.
            t_spotted = null;
        }
    }

    /// <summary>Default file names.</summary>
    public static class Defaults
    {
        /// <summary>The model file in the models folder.</summary>
        public const string ModelFile = "tagger.bin";

        /// <summary>The largest set of spotted spans kept for the next document on a thread.</summary>
        public const int MaxReusedSpotted = 1 << 16;
    }
}
