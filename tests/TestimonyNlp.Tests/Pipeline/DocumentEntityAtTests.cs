using TestimonyNlp.Model;

namespace TestimonyNlp.Tests.Pipeline;

public sealed class DocumentEntityAtTests
{
    private static Document TwoMentions()
    {
        var document = new Document(new Testimony
        {
            Source = "t.txt",
            TestimonyId = "t",
            ContentSha256 = "00",
            Format = "txt",
            Content = "Rami Haddad saw the army in Hama.",
        });
        document.Entities.Add(new EntityMention("e1", EntityType.Person, 0, 11, "Rami Haddad", "Rami Haddad", 0.9));
        document.Entities.Add(new EntityMention("e2", EntityType.Actor, 16, 24, "the army", "army", 0.9));
        return document;
    }

    [Theory]
    [InlineData(0, "e1")]
    [InlineData(10, "e1")]
    [InlineData(11, null)]
    [InlineData(16, "e2")]
    [InlineData(23, "e2")]
    [InlineData(24, null)]
    [InlineData(30, null)]
    public void EntityAt_Offset_GivesTheMentionHoldingItOrNull(int offset, string? expected)
    {
        Assert.Equal(expected, TwoMentions().EntityAt(offset)?.Id);
    }

    [Fact]
    public void EntityAt_NoMentions_Null()
    {
        var document = TwoMentions();
        document.Entities.Clear();

        Assert.Null(document.EntityAt(0));
    }
}
