namespace TestimonyNlp.Training.Corpus;

/// <summary>
/// Reads a file of annotations in JSON Lines (<c>gold.jsonl</c>, <c>reviewed.jsonl</c>): each line with its number,
/// parsed by <see cref="GoldJson.Parse"/>. The file's own decoding and what a bad line means are the caller's.
/// </summary>
internal static class GoldJsonLines
{
    /// <summary>
    /// The lines of <paramref name="text"/> split at <c>\n</c>, in file order; an empty line comes unparsed
    /// (<see cref="GoldJsonLine.IsEmpty"/>), and the empty rest after the final terminator does not come at all.
    /// </summary>
    public static IEnumerable<GoldJsonLine> Read(string text)
    {
        var lines = text.Split('\n');
        var count = lines[^1].Length == 0 ? lines.Length - 1 : lines.Length;
        for (var i = 0; i < count; i++)
        {
            var problems = new List<string>();
            var gold = lines[i].Length == 0 ? null : GoldJson.Parse(lines[i], problems);
            yield return new GoldJsonLine(i + 1, lines[i], gold, problems);
        }
    }
}

/// <summary>One line of an annotation file.</summary>
/// <param name="Number">The line number, from 1.</param>
/// <param name="Text">The line without its terminator.</param>
/// <param name="Gold">The annotation, or null when the line is empty or not valid.</param>
/// <param name="Problems">Why the line is not valid (empty for an empty line); a caller that checks the line further
/// adds its own.</param>
internal readonly record struct GoldJsonLine(int Number, string Text, GoldTestimony? Gold, List<string> Problems)
{
    /// <summary>True for an empty line.</summary>
    public bool IsEmpty => Text.Length == 0;
}
