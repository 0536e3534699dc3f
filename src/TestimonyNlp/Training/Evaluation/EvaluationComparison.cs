using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using TestimonyNlp.Model;

namespace TestimonyNlp.Training.Evaluation;

/// <summary>One figure of a section before and after.</summary>
/// <param name="Name">The figure (<c>PERSON f1</c>, <c>all tp</c>).</param>
/// <param name="Before">Its value with the baseline models, or null when undefined there.</param>
/// <param name="After">Its value with the models evaluated, or null when undefined there.</param>
/// <param name="IsCount">True for a count (printed without decimals), false for a score.</param>
public sealed record ComparedFigure(string Name, double? Before, double? After, bool IsCount = false)
{
    /// <summary>After minus before, or null when either is undefined.</summary>
    public double? Delta => Before is { } b && After is { } a ? a - b : null;
}

/// <summary>One section's figures before and after.</summary>
/// <param name="Name">The section's JSON name (<c>entities</c>).</param>
/// <param name="Figures">Its figures, in print order.</param>
/// <param name="Intervals">The 95% intervals of its headline changes over paired draws of the testimonies
/// (<see cref="ComparisonIntervals"/>); empty when the reports keep no per-testimony counts.</param>
public sealed record ComparedSection(string Name, ImmutableArray<ComparedFigure> Figures, ImmutableArray<DeltaInterval> Intervals);

/// <summary>
/// Two evaluations of one corpus split, with a baseline's models and with the models evaluated: each section's
/// headline figures side by side with the difference, so that a retraining (on reviewed corrections, say) shows
/// what it changed.
/// </summary>
/// <param name="Before">The report of the baseline models.</param>
/// <param name="After">The report of the models evaluated.</param>
/// <param name="BeforeModels">Where the baseline models came from, as given.</param>
/// <param name="AfterModels">Where the evaluated models came from, as given.</param>
public sealed record EvaluationComparison(EvaluationReport Before, EvaluationReport After, string BeforeModels, string AfterModels)
{
    /// <summary>The sections of <see cref="After"/> (then any only in <see cref="Before"/>), paired by name.</summary>
    public ImmutableArray<ComparedSection> Sections
    {
        get
        {
            var names = After.Sections.Select(s => s.Name).Concat(Before.Sections.Select(s => s.Name)).Distinct(StringComparer.Ordinal);
            return [.. names.Select(name => Compare(
                name,
                Before.Sections.FirstOrDefault(s => s.Name == name),
                After.Sections.FirstOrDefault(s => s.Name == name)))];
        }
    }

    /// <summary>The heading: the corpus, split and size, and which models are before and after.</summary>
    public string Heading => string.Create(
        CultureInfo.InvariantCulture,
        $"eval: corpus {After.Corpus}, split {After.Split}, sentences {After.Sentences}: {After.Transcripts} transcripts, {After.Tokens} tokens, {After.Words} words; before = models {BeforeModels}, after = models {AfterModels}{(After.WithoutRules is { } rules ? " without rules " + rules : string.Empty)}");

    /// <summary>Writes the heading and a table per section (figure, before, after, delta), a blank line between.</summary>
    public void WriteText(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Heading);
        writer.Write('\n');
        foreach (var section in Sections)
        {
            writer.Write('\n');
            writer.Write(section.Name + " (before, after, delta)\n");
            var table = new TextTable("figure", "before", "after", "delta");
            foreach (var figure in section.Figures)
            {
                table.Add(figure.Name, Value(figure.Before, figure.IsCount), Value(figure.After, figure.IsCount), Delta(figure.Delta, figure.IsCount));
            }

            table.Write(writer);
            if (!section.Intervals.IsDefaultOrEmpty)
            {
                writer.Write(string.Create(
                    CultureInfo.InvariantCulture,
                    $"delta 95% intervals (paired bootstrap over the {section.Intervals[0].Testimonies} testimonies both scored, {TestimonyDraws.Defaults.Resamples} draws): "));
                writer.Write(string.Join("; ", section.Intervals.Select(i => string.Create(
                    CultureInfo.InvariantCulture,
                    $"{i.Figure} {Signed(i.Delta.Low)} to {Signed(i.Delta.High)}, higher in {i.BetterShare:0%} of draws"))));
                writer.Write('\n');
            }
        }
    }

    /// <summary>Writes both reports and the comparison as one JSON object.</summary>
    public void WriteJson(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("before_models", BeforeModels);
        writer.WriteString("after_models", AfterModels);
        writer.WritePropertyName("before");
        Before.WriteJson(writer);
        writer.WritePropertyName("after");
        After.WriteJson(writer);
        writer.WriteStartObject("comparison");
        foreach (var section in Sections)
        {
            writer.WriteStartArray(section.Name);
            foreach (var figure in section.Figures)
            {
                writer.WriteStartObject();
                writer.WriteString("figure", figure.Name);
                JsonScores.Write(writer, "before", figure.Before);
                JsonScores.Write(writer, "after", figure.After);
                JsonScores.Write(writer, "delta", figure.Delta);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        writer.WriteStartObject("comparison_intervals");
        foreach (var section in Sections.Where(s => !s.Intervals.IsDefaultOrEmpty))
        {
            writer.WriteStartObject(section.Name);
            foreach (var interval in section.Intervals)
            {
                writer.WriteStartObject(interval.Figure);
                writer.WriteNumber("testimonies", interval.Testimonies);
                interval.Delta.WriteJson(writer, "delta");
                writer.WriteNumber("higher_share", Math.Round(interval.BetterShare, 6));
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>The headline figures of a section, in print order; a section of a kind it does not know has none.</summary>
    public static ImmutableArray<(string Name, double? Value, bool IsCount)> Figures(IEvaluationSection? section) => section switch
    {
        EntityScores entities => [.. EntityFigures(entities)],
        GeocodingScores geocoding => [.. GeocodingFigures(geocoding)],
        ClaimScores claims => [.. ClaimFigures(claims)],
        LinkingScores linking => [.. LinkingFigures(linking)],
        _ => [],
    };

    private static ComparedSection Compare(string name, IEvaluationSection? before, IEvaluationSection? after)
    {
        var beforeFigures = Figures(before);
        var afterFigures = Figures(after);
        var names = afterFigures.Select(f => (f.Name, f.IsCount)).Concat(beforeFigures.Select(f => (f.Name, f.IsCount))).Distinct();
        return new ComparedSection(
            name,
            [.. names.Select(n => new ComparedFigure(
                n.Name,
                beforeFigures.Where(f => f.Name == n.Name).Select(f => f.Value).FirstOrDefault(),
                afterFigures.Where(f => f.Name == n.Name).Select(f => f.Value).FirstOrDefault(),
                n.IsCount))],
            ComparisonIntervals.Of(before, after));
    }

    private static IEnumerable<(string, double?, bool)> EntityFigures(EntityScores scores)
    {
        foreach (var (type, counts) in scores.ByType)
        {
            yield return (type.ToWire() + " f1", counts.F1, false);
        }

        foreach (var figure in CountFigures("all", scores.Overall))
        {
            yield return figure;
        }

        yield return ("weapon categories f1", scores.WeaponCategories.F1, false);
        yield return ("category accuracy", scores.CategoryAccuracy.Value, false);
        yield return ("ACTOR normalisation", scores.ActorNormalization.Value, false);
        yield return ("PLACE normalisation", scores.PlaceNormalization.Value, false);
        yield return ("DATE normalisation", scores.DateNormalization.Value, false);
    }

    private static IEnumerable<(string, double?, bool)> GeocodingFigures(GeocodingScores scores)
    {
        foreach (var (country, counts) in scores.ByCountry)
        {
            yield return (country + " accuracy", counts.Accuracy, false);
        }

        yield return ("all accuracy", scores.Overall.Accuracy, false);
        yield return ("all correct", scores.Overall.Correct, true);
    }

    private static IEnumerable<(string, double?, bool)> ClaimFigures(ClaimScores scores)
    {
        foreach (var (harm, counts) in scores.ByHarm)
        {
            yield return (harm.ToWire() + " f1", counts.F1, false);
        }

        foreach (var figure in CountFigures("all", scores.Overall))
        {
            yield return figure;
        }

        yield return ("harm macro-F1", scores.HarmMacroF1, false);
        foreach (var (field, share) in scores.Fields)
        {
            yield return (field.ToWire() + " agreement", share.Value, false);
        }
    }

    private static IEnumerable<(string, double?, bool)> LinkingFigures(LinkingScores scores)
    {
        foreach (var figure in CountFigures("pairwise", scores.Pairwise))
        {
            yield return figure;
        }

        yield return ("b-cubed precision", scores.BCubedPrecision, false);
        yield return ("b-cubed recall", scores.BCubedRecall, false);
        yield return ("b-cubed f1", scores.BCubedF1, false);
    }

    private static IEnumerable<(string, double?, bool)> CountFigures(string label, MatchCounts counts)
    {
        yield return (label + " tp", counts.TruePositives, true);
        yield return (label + " fp", counts.FalsePositives, true);
        yield return (label + " fn", counts.FalseNegatives, true);
        yield return (label + " precision", counts.Precision, false);
        yield return (label + " recall", counts.Recall, false);
        yield return (label + " f1", counts.F1, false);
    }

    private static string Signed(double? value) =>
        value is { } v ? (v >= 0 ? "+" : "-") + Math.Abs(v).ToString("0.000", CultureInfo.InvariantCulture) : "-";

    private static string Value(double? value, bool isCount) =>
        value is { } v && isCount ? v.ToString("0", CultureInfo.InvariantCulture) : TextTable.Score(value);

    private static string Delta(double? delta, bool isCount) => delta switch
    {
        null => "-",
        { } d when isCount => d.ToString("+0;-0;0", CultureInfo.InvariantCulture),
        { } d => Math.Round(d, 3) == 0 ? "0.000" : d.ToString("+0.000;-0.000", CultureInfo.InvariantCulture),
    };
}
