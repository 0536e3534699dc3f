using TestimonyNlp.Claims.Building;
using TestimonyNlp.Model;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Claims.Building;

public sealed class DocumentLayoutTests
{
    private const string Answer = "A: Karim Haddad drove from Homs to Hama.\n";

    private static DocumentLayout Layout()
    {
        var document = CraftedTranscript.Tokenized(Answer);
        foreach (var (type, text) in new[] { (EntityType.Person, "Karim Haddad"), (EntityType.Place, "Homs"), (EntityType.Place, "Hama") })
        {
            var start = Answer.IndexOf(text, StringComparison.Ordinal);
            document.Entities.Add(new EntityMention($"e{document.Entities.Count + 1}", type, start, start + text.Length, text, null, 0.9));
        }

        return new DocumentLayout(document);
    }

    [Theory]
    [InlineData("Karim", "e1")]
    [InlineData("Haddad", "e1")]
    [InlineData("Homs", "e2")]
    [InlineData("Hama", "e3")]
    public void EntityAt_OffsetInAMention_ThatMention(string word, string id)
    {
        Assert.Equal(id, Layout().EntityAt(Answer.IndexOf(word, StringComparison.Ordinal))?.Id);
    }

    [Theory]
    [InlineData("drove")]
    [InlineData(" to")]
    [InlineData(".")]
    public void EntityAt_OffsetOutsideMentions_Null(string word)
    {
        Assert.Null(Layout().EntityAt(Answer.IndexOf(word, StringComparison.Ordinal)));
    }

    // Offsets into "A: Karim Haddad drove from Homs to Hama.": Karim Haddad 3-15, Homs 27-31, Hama 35-39.
    [Theory]
    [InlineData(0, 41, "e1 e2 e3")]
    [InlineData(3, 31, "e1 e2")]
    [InlineData(4, 31, "e2")]
    [InlineData(3, 30, "e1")]
    [InlineData(16, 26, "")]
    [InlineData(28, 38, "")]
    public void EntitiesWithin_Range_MentionsWhollyInside(int start, int end, string ids)
    {
        Assert.Equal(ids, string.Join(' ', Layout().EntitiesWithin(start, end).ToArray().Select(e => e.Id)));
    }

    [Theory]
    [InlineData(0, 41, "e1 e2 e3")]
    [InlineData(14, 28, "e1 e2")]
    [InlineData(15, 27, "")]
    [InlineData(30, 36, "e2 e3")]
    [InlineData(38, 41, "e3")]
    public void EntitiesOverlapping_Range_MentionsSharingACharacter(int start, int end, string ids)
    {
        Assert.Equal(ids, string.Join(' ', Layout().EntitiesOverlapping(start, end).ToArray().Select(e => e.Id)));
    }

    [Theory]
    [InlineData("Karim Haddad", "drove from Homs to Hama .")]
    [InlineData("Homs", "to Hama .")]
    [InlineData("Hama", ".")]
    public void TokensAfter_Mention_TokensToTheEndOfItsSentence(string mention, string expected)
    {
        var layout = Layout();
        var entity = layout.Document.Entities.Single(e => e.Text == mention);
        var words = layout.TokensAfter(entity).ToArray().Select(t => Answer[t.Start..t.End]);
        Assert.Equal(expected, string.Join(' ', words));
    }

    [Fact]
    public void TokensAfter_MentionEndingItsSentence_Empty()
    {
        const string answer = "A: They came from Homs\nQ: When?\n";
        var document = CraftedTranscript.Tokenized(answer);
        var start = answer.IndexOf("Homs", StringComparison.Ordinal);
        document.Entities.Add(new EntityMention("e1", EntityType.Place, start, start + 4, "Homs", null, 0.9));
        Assert.True(new DocumentLayout(document).TokensAfter(document.Entities[0]).IsEmpty);
    }
}
