using static TestimonyNlp.Tests.Claims.Counts.CountTestHelper;

namespace TestimonyNlp.Tests.Claims.Counts;

/// <summary>Counts of damaged things set off after them or named with a modifier, and listed groups headed by the one
/// told of or closed by their total.</summary>
public sealed class ThingAndListCountTests
{
    [Theory]
    [InlineData("They burned our house and many houses, more than eighty.", "39:more than eighty 81/null Things")]
    [InlineData("The shelters near the river, maybe sixty, all burned.", "29:maybe sixty 60/60 Things")]
    [InlineData("The mortars fell on the tents near the water, maybe ten, maybe more.", "")]
    [InlineData("By the tents near the water, fifteen, sixteen.", "29:fifteen, sixteen 15/16 People")]
    public void Find_FigureSetOffAfterDamagedThings_CountsTheThings(string text, string expected)
    {
        Assert.Equal(expected, RenderAll(text));
    }

    [Theory]
    [InlineData("About sixty olive trees were burned down to the stump.", "0:About sixty olive trees 60/60 Things")]
    [InlineData("They burned three sewing machines in the shop.", "12:three sewing machines 3/3 Things")]
    [InlineData("Eight garages burned together.", "0:Eight garages 8/8 Things")]
    public void Find_UnknownWordBeforeAThing_IsItsModifier(string text, string expected)
    {
        Assert.Equal(expected, RenderAll(text));
    }

    [Theory]
    [InlineData("His arms burned, both of them, up to the elbow.", "")]
    [InlineData("His legs, both of them, were full of metal.", "")]
    [InlineData("The boys of Rahim, both of them, were taken.", "19:both of them 2/2 People")]
    public void Find_BothOfThemAfterBodyParts_CountsNoPeople(string text, string expected)
    {
        Assert.Equal(expected, RenderPeople(text));
    }

    [Theory]
    [InlineData("She says that in January she, her husband and her daughter left Sittwe on a boat.", "25:she, her husband and her daughter 3/3 People")]
    [InlineData("They took me, my brother and my cousin to the school.", "10:me, my brother and my cousin 3/3 People")]
    [InlineData("Next to me, Farid.", "")]
    public void Find_ListHeadedByTheOneToldOf_CountsThem(string text, string expected)
    {
        Assert.Equal(expected, RenderPeople(text));
    }

    [Theory]
    [InlineData("Me, my wife, Selam and my mother, four, in a lorry to Mekelle.", "0:Me, my wife, Selam and my mother, four 4/4 People")]
    [InlineData("Me, my wife and my mother, four years ago.", "0:Me, my wife and my mother 3/3 People")]
    [InlineData("My son and my daughter, six, were taken.", "0:My son and my daughter 2/2 People")]
    public void Find_FigureAfterAList_IsItsTotal(string text, string expected)
    {
        Assert.Equal(expected, RenderPeople(text));
    }

    [Theory]
    [InlineData("They took \"twenty, maybe thirty\" men from the village.", "11:twenty, maybe thirty\" men 20/30 People")]
    [InlineData("He says \"more than 10\" people died in the houses around him.", "9:more than 10\" people 11/null People")]
    [InlineData("They took \u201Cabout fifteen\u201D men from our street.", "11:about fifteen\u201D men 15/15 People")]
    public void Find_QuotedCount_ReadAsUnquoted(string text, string expected)
    {
        Assert.Equal(expected, RenderPeople(text));
    }

    [Theory]
    [InlineData("We went by boat to Ibo, me, my mother and my two small ones.", "24:me, my mother and my two small ones 4/4 People")]
    [InlineData("The cluster bombs, small ones, fell everywhere.", "")]
    public void Find_SmallOnesAfterANumber_AreChildren(string text, string expected)
    {
        Assert.Equal(expected, RenderPeople(text));
    }

    [Theory]
    [InlineData("In April we left, me, Omar, Nour, by bus to the border.", "18:me, Omar, Nour 3/3 People")]
    [InlineData("They took me, Yeison, Yeison Tobon and my brother.", "10:me, Yeison, Yeison Tobon and my brother 3/3 People")]
    public void Find_NameAfterANameInAList_IsAnotherPerson(string text, string expected)
    {
        Assert.Equal(expected, RenderPeople(text));
    }
}
