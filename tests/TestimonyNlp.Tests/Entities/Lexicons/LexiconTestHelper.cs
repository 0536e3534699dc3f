using System.Globalization;
using TestimonyNlp.Entities.Lexicons;
using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Tests.Entities.Lexicons;

/// <summary>Runs the text stage and the lexicon stage on one witness turn and renders the entities.</summary>
internal static class LexiconTestHelper
{
    private static readonly Lazy<LexiconSpotter> LazyStage = new(() => new LexiconSpotter(LexiconFiles.Weapons, LexiconFiles.Actors));

    public static LexiconSpotter Stage => LazyStage.Value;

    /// <summary>A testimony whose whole content is one witness segment.</summary>
    public static Testimony Testimony(string content, string? place = null) => new()
    {
        Source = "interviews/test-001.txt",
        TestimonyId = "test-001",
        Content = content,
        ContentSha256 = new string('0', 64),
        Format = "text",
        Metadata = new TestimonyMetadata { Place = place },
        Segments = [new Segment(0, content.Length, SpeakerRole.Witness, "A", 0)],
    };

    /// <summary>The document after the text stage only.</summary>
    public static Document Tokenized(string content, string? place = null)
    {
        var document = new Document(Testimony(content, place));
        new TextStage().Process(document, CancellationToken.None);
        return document;
    }

    /// <summary>The document after the text stage and the lexicon stage.</summary>
    public static Document Run(string content, string? place = null)
    {
        var document = Tokenized(content, place);
        Stage.Process(document, CancellationToken.None);
        return document;
    }

    /// <summary>Entities as <c>text|TYPE|normalized|CATEGORY</c> (the category only for weapons).</summary>
    public static string[] Render(Document document) =>
        [.. document.Entities.Select(Render)];

    public static string Render(EntityMention e) =>
        e.Type == EntityType.Weapon
            ? $"{e.Text}|{e.Type.ToWire()}|{e.Normalized}|{e.Category?.ToWire()}"
            : $"{e.Text}|{e.Type.ToWire()}|{e.Normalized}";

    /// <summary>Entities of <paramref name="content"/>, rendered.</summary>
    public static string[] Spotted(string content, string? place = null) => Render(Run(content, place));

    /// <summary>Entities with their confidences: <c>text|confidence</c>.</summary>
    public static string[] Confidences(string content, string? place = null) =>
        [.. Run(content, place).Entities.Select(e => $"{e.Text}|{e.Confidence.ToString(CultureInfo.InvariantCulture)}")];

    /// <summary>Tokens of <paramref name="text"/> folded, for spotter tests.</summary>
    public static FoldedTokens Fold(string text)
    {
        var tokens = new List<Token>();
        new Tokenizer().Tokenize(text, 0, text.Length, tokens);
        var folded = new FoldedTokens();
        folded.Fold(text, tokens.ToArray());
        return folded;
    }

    /// <summary>Matches of <paramref name="spotter"/> in <paramref name="text"/> as <c>slice=payload</c>.</summary>
    public static string[] Spot<T>(PhraseSpotter<T> spotter, string text)
    {
        var matches = new List<PhraseMatch<T>>();
        spotter.FindAll(text, Fold(text), matches);
        return [.. matches.Select(m => $"{text[m.Start..m.End]}={m.Payload}")];
    }
}
