using TestimonyNlp.Tests.Support;
using TestimonyNlp.Entities;
using TestimonyNlp.Model;

namespace TestimonyNlp.Tests.Entities;

public sealed class NumericDateSpotterTests
{
    private static Document Spot(string content, params EntityMention[] mentions)
    {
        var document = CraftedTranscript.WitnessDocument(content, new TestimonyMetadata());
        document.Entities.AddRange(mentions);
        new NumericDateSpotter().Process(document, CancellationToken.None);
        return document;
    }

    [Fact]
    public void Process_DayMonthAndYearDotted_AddsDateMention()
    {
        var document = Spot("On 17.08.21 the market in Hodan was hit.");

        var date = Assert.Single(document.Entities);
        Assert.Equal((EntityType.Date, 3, 11, "17.08.21"), (date.Type, date.Start, date.End, date.Text));
    }

    [Fact]
    public void Process_DayAndMonthAfterOn_AddsDateMention()
    {
        var document = Spot("Danylo was on duty on 16.08 in Sloviansk.");

        Assert.Equal("16.08", Assert.Single(document.Entities).Text);
    }

    [Theory]
    [InlineData("The water rose 16.08 metres.")]
    [InlineData("The bill was 3.10 dollars.")]
    [InlineData("We walked 2.5 km on 1.5 roads.")]
    [InlineData("The version 1.10.3 crashed.")]
    [InlineData("On 32.08.21 nothing happened.")]
    [InlineData("On 16.08km nothing happened.")]
    public void Process_DecimalOrNoDay_AddsNothing(string content)
    {
        Assert.Empty(Spot(content).Entities);
    }

    [Fact]
    public void Process_NameBeginningWithTheDate_DroppedForTheDate()
    {
        const string content = "On 17.08.21 she ran to Zoobe.";
        var place = new EntityMention("", EntityType.Place, 3, 15, "17.08.21 she", null, 0.6);

        var date = Assert.Single(Spot(content, place).Entities);

        Assert.Equal((EntityType.Date, "17.08.21"), (date.Type, date.Text));
    }

    [Fact]
    public void Process_DateAlreadyTagged_AddsNothing()
    {
        const string content = "On 17.08.21 she ran to Zoobe.";
        var tagged = new EntityMention("", EntityType.Date, 3, 11, "17.08.21", null, 0.8);

        Assert.Same(tagged, Assert.Single(Spot(content, tagged).Entities));
    }
}
