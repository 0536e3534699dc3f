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
        var spotted = document.Entities.Count;
        var calibration = _tagger.Model.Calibration;
        foreach (var span in spans)
        {
            if (SpottedAlready(document.Entities, spotted, span))
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
    }

    private static bool SpottedAlready(List<EntityMention> mentions, int count, TaggedSpan span)
    {
        for (var i = 0; i < count; i++)
        {
            var mention = mentions[i];
            if (mention.Start == span.Start && mention.End == span.End && mention.Type == span.Type)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Default file names.</summary>
    public static class Defaults
    {
        /// <summary>The model file in the models folder.</summary>
        public const string ModelFile = "tagger.bin";
    }
}
