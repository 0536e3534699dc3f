using TestimonyNlp.Claims.Counts;
using static TestimonyNlp.Tests.Claims.Counts.CountTestHelper;

namespace TestimonyNlp.Tests.Claims.Counts;

public sealed class VictimDetailsReaderTests
{
    private static VictimDetails Read(string text, string mention)
    {
        var start = text.IndexOf(mention, StringComparison.Ordinal);
        Assert.True(start >= 0, "the mention must be in the text");
        return new VictimDetailsReader().Read(text, Tokenize(text), start, start + mention.Length);
    }

    [Theory]
    [InlineData("Salma, who was seven, was killed.", "Salma", 7)]
    [InlineData("Hussein Darwish, 52, was killed.", "Hussein Darwish", 52)]
    [InlineData("A two-year-old was killed.", "A two-year-old", 2)]
    [InlineData("My son, 14, was hit in the leg.", "My son", 14)]
    [InlineData("The boy, aged 9, died.", "The boy", 9)]
    [InlineData("Karim, he was sixty-one, died in the kitchen.", "Karim", 61)]
    [InlineData("A man of about forty died at the door.", "A man", 40)]
    [InlineData("My daughter, six months old, died.", "My daughter", 0)]
    [InlineData("Salma was seven years old.", "Salma", 7)]
    [InlineData("Salma was seven.", "Salma", 7)]
    [InlineData("My 14-year-old son Karim was shot.", "Karim", 14)]
    [InlineData("My father, Aung Kyaw, he was sixty-one, was killed.", "My father", 61)]
    [InlineData("Nour, twelve years, was hurt.", "Nour", 12)]
    public void Read_AgePhrasing_ExactAge(string text, string mention, int age)
    {
        Assert.Equal(age, Read(text, mention).Age);
    }

    [Theory]
    [InlineData("Karim, 10 people died with him.", "Karim")]
    [InlineData("Karim, on the 12th, was shot.", "Karim")]
    [InlineData("My father, the doctor, died.", "My father")]
    [InlineData("Karim died at 3 in the morning.", "Karim")]
    [InlineData("Karim was there for two weeks.", "Karim")]
    public void Read_NoAge_NullAge(string text, string mention)
    {
        Assert.Null(Read(text, mention).Age);
    }

    [Theory]
    [InlineData("My brother was killed.", "My brother", Sex.Male)]
    [InlineData("His wife was injured.", "His wife", Sex.Female)]
    [InlineData("The girl was hit.", "The girl", Sex.Female)]
    [InlineData("Umm Khalid was wounded.", "Umm Khalid", Sex.Female)]
    [InlineData("Mr. Haddad was wounded.", "Haddad", Sex.Male)]
    [InlineData("Nour was hit and she fell.", "Nour", Sex.Female)]
    [InlineData("Karim ran out and he was shot.", "Karim", Sex.Male)]
    [InlineData("My uncle Wardougou was there.", "Wardougou", Sex.Male)]
    public void Read_SexCue_ExactSex(string text, string mention, Sex sex)
    {
        Assert.Equal(sex, Read(text, mention).Sex);
    }

    [Theory]
    [InlineData("Karim and his mother were shot.", "Karim")]
    [InlineData("My cousin was killed.", "My cousin")]
    [InlineData("My three cousins were taken and they never came back.", "My three cousins")]
    public void Read_NoSexCue_NullSex(string text, string mention)
    {
        Assert.Null(Read(text, mention).Sex);
    }

    [Theory]
    [InlineData("My brother was killed.", "My brother", "brother")]
    [InlineData("My three cousins were taken.", "My three cousins", "cousin")]
    [InlineData("Our neighbour was killed.", "Our neighbour", "neighbour")]
    [InlineData("My uncle Wardougou was there.", "Wardougou", "uncle")]
    [InlineData("Masoud, my cousin, was killed.", "Masoud", "cousin")]
    [InlineData("My brother's son was killed.", "My brother's son", "brother's son")]
    [InlineData("My brother-in-law was taken.", "My brother-in-law", "brother-in-law")]
    [InlineData("My little daughters were hurt.", "My little daughters", "daughter")]
    public void Read_FirstPersonRelation_Lemma(string text, string mention, string relation)
    {
        Assert.Equal(relation, Read(text, mention).Relation);
    }

    [Theory]
    [InlineData("His wife was injured.", "His wife")]
    [InlineData("The boy was hit.", "The boy")]
    [InlineData("My uncle's house burned and Karim died.", "Karim")]
    public void Read_NoRelationToSpeaker_NullRelation(string text, string mention)
    {
        Assert.Null(Read(text, mention).Relation);
    }

    [Fact]
    public void Read_AllThree_OneRecord()
    {
        Assert.Equal(new VictimDetails(14, Sex.Male, "son"), Read("My son, 14, was hit in the leg.", "My son"));
    }

    [Fact]
    public void Read_NothingKnown_None()
    {
        Assert.Same(VictimDetails.None, Read("Karim was shot.", "Karim"));
    }

    [Fact]
    public void Read_MentionOutsideSentence_None()
    {
        const string text = "My son was hit.";

        var details = new VictimDetailsReader().Read(text, Tokenize(text), 40, 45);

        Assert.Same(VictimDetails.None, details);
    }
}
