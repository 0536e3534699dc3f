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
}
