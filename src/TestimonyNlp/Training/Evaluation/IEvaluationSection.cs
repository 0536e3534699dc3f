using System.Text.Json;

namespace TestimonyNlp.Training.Evaluation;

/// <summary>One section of an <see cref="EvaluationReport"/>: the scores of one stage (entities, later claims and
/// linking), printable as aligned text and writable as JSON.</summary>
public interface IEvaluationSection
{
    /// <summary>The section's JSON property name (<c>entities</c>).</summary>
    string Name { get; }

    /// <summary>Writes the section's tables as plain aligned text, each table under a title line.</summary>
    void WriteText(TextWriter writer);

    /// <summary>Writes the section's numbers as one JSON object.</summary>
    void WriteJson(Utf8JsonWriter writer);
}
