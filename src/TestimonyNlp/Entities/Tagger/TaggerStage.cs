using TestimonyNlp.Entities.Lexicons;
using TestimonyNlp.Model;
using TestimonyNlp.Pipeline;

namespace TestimonyNlp.Entities.Tagger;

/// <summary>
/// The tagger stage: runs after the spotters and adds the spans the averaged-perceptron tagger finds as
/// <see cref="EntityMention"/>s. Where a tagger span overlaps spotter mentions, the tagger's span replaces them
/// (taking a same-type spotter mention's canonical name, category or coordinates); a spotter mention the tagger
/// finds exactly stays, with the higher confidence of the two. EntityMerger then numbers what is left.
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
        if (spans.Count == 0)
        {
            return;
        }

        // The tagger reads the spotters' mentions as features and was trained on the corpus conventions, so where
        // it finds a span its boundaries and type win; a spotter mention of the same type inside it lends its
        // canonical name, category or coordinates. Spotter mentions the tagger does not touch stay as they are.
        var entities = document.Entities;
        entities.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        var spotted = entities.ToArray();
        var removed = new bool[spotted.Length];
        var calibration = _tagger.Model.Calibration;
        var added = new List<EntityMention>(spans.Count);
        var fragments = Fragments(document.Text, spotted, spans);
        var first = 0;
        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            while (first < spotted.Length && spotted[first].End <= span.Start && !Overlaps(spotted[first], span))
            {
                first++;
            }

            var confidence = Math.Round(calibration.Probability(span.Margin), 4);
            if (fragments[i] || OutweighedBySpotter(spotted, first, span, confidence))
            {
                continue;
            }

            EntityMention? donor = null;
            var exact = false;
            for (var k = first; k < spotted.Length && spotted[k].Start < span.End; k++)
            {
                var mention = spotted[k];
                if (!Overlaps(mention, span))
                {
                    continue;
                }

                if (mention.Type == span.Type && mention.Start == span.Start && mention.End == span.End)
                {
                    exact = true;
                    spotted[k] = mention with { Confidence = Math.Max(mention.Confidence, confidence) };
                    continue;
                }

                if (mention.Type == span.Type && donor is null && Lends(document.Text, mention, span))
                {
                    donor = mention;
                }

                removed[k] = true;
            }

            if (exact)
            {
                // A spotter mention that the tagger confirms stands; any other overlap the tagger saw is dropped.
                continue;
            }

            added.Add(new EntityMention(
                string.Empty,
                span.Type,
                span.Start,
                span.End,
                document.Text[span.Start..span.End],
                donor?.Normalized,
                confidence)
            {
                Category = donor?.Category,
                Geo = donor?.Geo,
            });
        }

        entities.Clear();
        for (var k = 0; k < spotted.Length; k++)
        {
            if (!removed[k])
            {
                entities.Add(spotted[k]);
            }
        }

        entities.AddRange(added);
    }

    // Tagger spans that cut one spotter mention into pieces, at least one of them of its type ("barrel" and "bomb"
    // inside a lexicon "barrel bomb", an actor "Dayr" and a place "Zawr" inside the gazetteer's "Dayr az Zawr"), give
    // way to it: two mentions where the lexicon knows one name are a tagging slip, not a boundary convention (those
    // trim an article or a title, leaving one span). So does one tagger place inside a gazetteer name that leaves
    // out a capitalised word of it ("Zawr" alone): the rest of the name would be lost, and no convention trims a
    // name's own words (a spotter match that took in a lower-case "at" as an article, "at Tal Afar", is cut rightly).
    private static bool[] Fragments(string text, EntityMention[] spotted, List<TaggedSpan> spans)
    {
        var fragments = new bool[spans.Count];
        var container = new int[spans.Count];
        var first = 0;
        for (var i = 0; i < spans.Count; i++)
        {
            container[i] = -1;
            var span = spans[i];
            while (first < spotted.Length && spotted[first].End <= span.Start)
            {
                first++;
            }

            for (var k = Math.Max(0, first - 1); k < spotted.Length && spotted[k].Start <= span.Start; k++)
            {
                if (spotted[k].Start <= span.Start && span.End <= spotted[k].End
                    && (spotted[k].Start != span.Start || spotted[k].End != span.End))
                {
                    container[i] = k;
                    break;
                }
            }
        }

        for (var i = 1; i < spans.Count; i++)
        {
            if (container[i] >= 0 && container[i] == container[i - 1]
                && (spans[i].Type == spotted[container[i]].Type || spans[i - 1].Type == spotted[container[i]].Type))
            {
                fragments[i] = fragments[i - 1] = true;
            }
        }

        for (var i = 0; i < spans.Count; i++)
        {
            if (container[i] >= 0 && !fragments[i] && spans[i].Type is EntityType.Place
                && spotted[container[i]].Type is EntityType.Place)
            {
                var name = spotted[container[i]];
                fragments[i] = HasCapitalisedWord(text.AsSpan(name.Start, spans[i].Start - name.Start))
                    || HasCapitalisedWord(text.AsSpan(spans[i].End, name.End - spans[i].End));
            }
        }

        return fragments;
    }

    // A spotter mention that is clearly surer than an overlapping, differing tagger span keeps its place (a lexicon
    // "barrel bomb" against an unsure tagger "barrel").
    private static bool OutweighedBySpotter(EntityMention[] spotted, int first, TaggedSpan span, double confidence)
    {
        for (var k = first; k < spotted.Length && spotted[k].Start < span.End; k++)
        {
            var mention = spotted[k];
            if (Overlaps(mention, span) && !(mention.Type == span.Type && mention.Start == span.Start && mention.End == span.End)
                && mention.Confidence > confidence + Defaults.SpotterLead)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Overlaps(EntityMention mention, TaggedSpan span) => mention.Start < span.End && span.Start < mention.End;

    // A spotter mention lends its normalised value to a tagger span that only adds or drops function words around
    // it ("the drones" and "drones", "Hashd" and "the Hashd"); a place whose name the tagger extended or cut is
    // another place, so it lends nothing; a weapon or an actor keeps its category and canonical name.
    private static bool Lends(string text, EntityMention mention, TaggedSpan span)
    {
        if (mention.Type is not EntityType.Place)
        {
            return true;
        }

        var (outerStart, outerEnd, innerStart, innerEnd) = mention.Start <= span.Start && mention.End >= span.End
            ? (mention.Start, mention.End, span.Start, span.End)
            : (span.Start, span.End, mention.Start, mention.End);
        if (innerStart < outerStart || innerEnd > outerEnd)
        {
            return false;
        }

        return OnlyFunctionWords(text.AsSpan(outerStart, innerStart - outerStart))
            && OnlyFunctionWords(text.AsSpan(innerEnd, outerEnd - innerEnd));
    }

    private static bool HasCapitalisedWord(ReadOnlySpan<char> gap)
    {
        foreach (var range in gap.SplitAny(" \t\r\n-"))
        {
            var word = gap[range];
            if (!word.IsEmpty && char.IsUpper(word[0]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool OnlyFunctionWords(ReadOnlySpan<char> gap)
    {
        foreach (var range in gap.SplitAny(" \t\r\n"))
        {
            var word = gap[range];
            if (!word.IsEmpty && !word.Equals("the", StringComparison.OrdinalIgnoreCase)
                && !word.Equals("a", StringComparison.OrdinalIgnoreCase) && !word.Equals("an", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Default file names.</summary>
    public static class Defaults
    {
        /// <summary>The model file in the models folder.</summary>
        public const string ModelFile = "tagger.bin";

        /// <summary>How much surer than a tagger span an overlapping spotter mention must be to keep its place
        /// (0.3 is the best lead on dev: the tagger's boundaries follow the corpus conventions, a sure lexicon match still holds).</summary>
        public const double SpotterLead = 0.3;
    }
}
