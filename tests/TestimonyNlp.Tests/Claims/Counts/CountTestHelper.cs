using TestimonyNlp.Claims.Counts;
using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Tests.Claims.Counts;

/// <summary>Runs the count readers on one crafted sentence and renders what they find.</summary>
internal static class CountTestHelper
{
    public static Token[] Tokenize(string text)
    {
        var tokens = new List<Token>();
        new Tokenizer().Tokenize(text, 0, text.Length, tokens);
        return [.. tokens];
    }

    public static List<CountMention> Find(string text)
    {
        var found = new List<CountMention>();
        new VictimCountReader().Find(text, Tokenize(text), found);
        return found;
    }

    /// <summary>A mention as <c>start:phrase min/max Target</c>, null bounds as <c>null</c>.</summary>
    public static string Render(string text, CountMention m) =>
        $"{m.Start}:{text[m.Start..m.End]} {Bound(m.Min)}/{Bound(m.Max)} {m.Target}";

    /// <summary>Every mention of the sentence, rendered, separated by <c> | </c>.</summary>
    public static string RenderAll(string text) => string.Join(" | ", Find(text).Select(m => Render(text, m)));

    /// <summary>People counts only, rendered.</summary>
    public static string RenderPeople(string text) =>
        string.Join(" | ", Find(text).Where(m => m.Target == CountTarget.People).Select(m => Render(text, m)));

    private static string Bound(int? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null";
}
