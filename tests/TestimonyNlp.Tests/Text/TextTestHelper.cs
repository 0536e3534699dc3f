using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Tests.Text;

/// <summary>Runs the text stage parts on small inputs and renders the results for readable assertions.</summary>
internal static class TextTestHelper
{
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        new Tokenizer().Tokenize(text, 0, text.Length, tokens);
        return tokens;
    }

    /// <summary>Tokens as <c>text|Kind</c>, space separated: <c>Sa'ad|Word al-Rashidiya|Word</c>.</summary>
    public static string Render(string text, IEnumerable<Token> tokens) =>
        string.Join(" ", tokens.Select(t => $"{text.Substring(t.Start, t.Length)}|{t.Kind}"));

    public static string RenderTokens(string text) => Render(text, Tokenize(text));

    /// <summary>Splits <paramref name="text"/> as one turn of one segment.</summary>
    public static List<Sentence> Split(string text)
    {
        var tokens = Tokenize(text);
        var sentences = new List<Sentence>();
        new SentenceSplitter().Split(text, tokens, 0, tokens.Count, 0, sentences);
        return sentences;
    }

    /// <summary>Sentences as their text, separated by <c> | </c>.</summary>
    public static string RenderSentences(string text, IEnumerable<Sentence> sentences) =>
        string.Join(" | ", sentences.Select(s => text[s.Start..s.End]));

    public static string RenderSentences(string text) => RenderSentences(text, Split(text));
}
