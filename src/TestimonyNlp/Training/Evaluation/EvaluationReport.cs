using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

namespace TestimonyNlp.Training.Evaluation;

/// <summary>What one evaluation run measured: where it ran, how much it read, and one section per stage scored.</summary>
/// <param name="Corpus">The corpus folder as given.</param>
/// <param name="Split">The split's wire name.</param>
/// <param name="Transcripts">Transcripts evaluated (read and run through the pipeline).</param>
/// <param name="Tokens">Tokens of those transcripts.</param>
/// <param name="Words">Word and number tokens of those transcripts.</param>
/// <param name="Elapsed">Time taken.</param>
/// <param name="Sections">The sections, in print order.</param>
public sealed record EvaluationReport(
    string Corpus,
    string Split,
    int Transcripts,
    long Tokens,
    long Words,
    TimeSpan Elapsed,
    ImmutableArray<IEvaluationSection> Sections)
{
    /// <summary>Where the claims' sentence assessments came from: <c>model</c> (the classifiers) or <c>gold</c> (the
    /// gold claims, scoring the claim builder alone).</summary>
    public string Sentences { get; init; } = "model";

    /// <summary>The rules after the sentence classifiers that were left out (<c>eval --without-rules</c>, as a comma
    /// list or <c>all</c>), or null when every rule applied.</summary>
    public string? WithoutRules { get; init; }

    /// <summary>The heading line: corpus, split, sentence source, rules left out, size and elapsed time.</summary>
    public string Heading => string.Create(
        CultureInfo.InvariantCulture,
        $"eval: corpus {Corpus}, split {Split}, sentences {Sentences}{(WithoutRules is null ? string.Empty : ", without rules " + WithoutRules)}: {Transcripts} transcripts, {Tokens} tokens, {Words} words, {Elapsed.TotalSeconds:0.0} s");

    /// <summary>Writes the heading and every section as plain text, a blank line between them.</summary>
    public void WriteText(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Heading);
        writer.Write('\n');
        foreach (var section in Sections)
        {
            writer.Write('\n');
            section.WriteText(writer);
        }
    }

    /// <summary>Writes the report as one JSON object.</summary>
    public void WriteJson(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("corpus", Corpus);
        writer.WriteString("split", Split);
        writer.WriteString("sentences", Sentences);
        if (WithoutRules is not null)
        {
            writer.WriteString("without_rules", WithoutRules);
        }
        writer.WriteNumber("transcripts", Transcripts);
        writer.WriteNumber("tokens", Tokens);
        writer.WriteNumber("words", Words);
        writer.WriteNumber("elapsed_seconds", Math.Round(Elapsed.TotalSeconds, 3));
        foreach (var section in Sections)
        {
            writer.WritePropertyName(section.Name);
            section.WriteJson(writer);
        }

        writer.WriteEndObject();
    }
}
