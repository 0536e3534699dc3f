using TestimonyNlp.Claims.Building;
using TestimonyNlp.Model;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Claims.Building;

public sealed class ActorPlaceTests
{
    // Tokens: The(0) men(1) came(2) to(3) Aleppo(4) .(5) | They(6) accused(7) Omar(8) of(9) helping(10) the(11) army(12) .(13)
    private const string Accusation = "A: The men came to Aleppo. They accused Omar of helping the army.\n";

    /// <summary>A layout of <paramref name="text"/> with one ACTOR mention, <paramref name="name"/> where it first stands.</summary>
    private static (DocumentLayout Layout, EntityMention Actor) WithActor(string text, string name)
    {
        var document = CraftedTranscript.Tokenized(text);
        var start = text.IndexOf(name, StringComparison.Ordinal);
        var actor = new EntityMention("e1", EntityType.Actor, start, start + name.Length, name, null, 0.9);
        document.Entities.Add(actor);
        return (new DocumentLayout(document), actor);
    }

    private static string Words(ReadOnlySpan<Token> run, string text)
    {
        var words = new List<string>();
        foreach (var token in run)
        {
            words.Add(token.Span(text).ToString());
        }

        return string.Join(' ', words);
    }

    [Fact]
    public void Of_ActorInSecondSentence_SentenceOpeningAndFirstToken()
    {
        var (layout, actor) = WithActor(Accusation, "army");
        Assert.Equal(new ActorPlace(1, 6, 12), ActorPlace.Of(layout, actor));
    }

    [Fact]
    public void Of_ActorInHeaderLine_Null()
    {
        var (layout, actor) = WithActor("Date of interview: 14 May 2018\n\nA: Nobody came.\n", "Date");
        Assert.Null(ActorPlace.Of(layout, actor));
    }

    [Theory]
    [InlineData(3, "of helping the")]
    [InlineData(6, "They accused Omar of helping the")]
    [InlineData(10, "They accused Omar of helping the")]
    [InlineData(0, "")]
    public void WordsBefore_Window_WordsBackToTheSentenceOpening(int window, string words)
    {
        var (layout, actor) = WithActor(Accusation, "army");
        var place = ActorPlace.Of(layout, actor)!.Value;
        Assert.Equal(words, Words(place.WordsBefore(layout.Document, window), Accusation));
    }

    [Fact]
    public void WordsBefore_CommaBeforeTheActor_StopsAtTheComma()
    {
        const string text = "A: Yes, the army came.\n";
        var (layout, actor) = WithActor(text, "army");
        var place = ActorPlace.Of(layout, actor)!.Value;
        Assert.Equal("the", Words(place.WordsBefore(layout.Document, 6), text));
    }

    [Fact]
    public void WordsBefore_EarlierToken_WordsBeforeThatToken()
    {
        var (layout, actor) = WithActor(Accusation, "army");
        var place = ActorPlace.Of(layout, actor)!.Value;
        Assert.Equal("accused Omar", Words(place.WordsBefore(layout.Document, 9, 2), Accusation));
    }

    [Fact]
    public void WordBeforeArticle_ArticleOutsideTheName_TheWordBeforeTheArticle()
    {
        var (layout, actor) = WithActor(Accusation, "army");
        Assert.Equal(10, ActorPlace.Of(layout, actor)!.Value.WordBeforeArticle(layout.Document));
    }

    [Fact]
    public void WordBeforeArticle_NoArticle_TheWordRightBefore()
    {
        var (layout, actor) = WithActor(Accusation, "Omar");
        Assert.Equal(7, ActorPlace.Of(layout, actor)!.Value.WordBeforeArticle(layout.Document));
    }

    [Fact]
    public void WordBeforeArticle_ActorOpensTheSentence_BelowTheOpening()
    {
        var (layout, actor) = WithActor(Accusation, "They");
        Assert.Equal(5, ActorPlace.Of(layout, actor)!.Value.WordBeforeArticle(layout.Document));
    }

    [Fact]
    public void WordBeforeArticle_ArticleOpensTheSentence_TheArticle()
    {
        var (layout, actor) = WithActor(Accusation, "men");
        Assert.Equal(0, ActorPlace.Of(layout, actor)!.Value.WordBeforeArticle(layout.Document));
    }
}
