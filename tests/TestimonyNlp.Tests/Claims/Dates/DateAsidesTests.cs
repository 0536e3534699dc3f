using TestimonyNlp.Claims.Dates;
using TestimonyNlp.Model;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Claims.Dates;

public sealed class DateAsidesTests
{
    [Theory]
    [InlineData("I am sure because my son had his exam the day after.", "the day after", true)]
    [InlineData("I know the date because my aunt was born two days before.", "two days before", true)]
    [InlineData("I remember because the week after we moved to Homs.", "the week after", true)]
    [InlineData("I am sure because my son had his exam that day.", "that day", false)]
    [InlineData("We left because the day after they shelled the road.", "the day after", false)]
    [InlineData("I am sure. The day after they shelled the road.", "The day after", false)]
    public void IsMemoryReason_OffsetAfterMemoryCue_IsTheReason(string text, string mention, bool expected)
    {
        var document = CraftedTranscript.WitnessDocument(text, new TestimonyMetadata());
        var start = text.IndexOf(mention, StringComparison.Ordinal);

        Assert.Equal(expected, DateAsides.IsMemoryReason(document, start, start + mention.Length));
    }

    [Theory]
    [InlineData("It was the 3rd. I know because my cousin's wedding was on the 5th.", "the 5th", true)]
    [InlineData("The 9th. I remember because my sister called on Saturday.", "Saturday", true)]
    [InlineData("The 9th. We left because on Saturday they shelled the road.", "Saturday", false)]
    [InlineData("I remember because the wedding was the 5th.", "the 5th", false)]
    public void IsMemoryReason_DaySomethingHappenedOnAfterMemoryCue_IsTheReason(string text, string mention, bool expected)
    {
        var document = CraftedTranscript.WitnessDocument(text, new TestimonyMetadata());
        var start = text.IndexOf(mention, StringComparison.Ordinal);

        Assert.Equal(expected, DateAsides.IsMemoryReason(document, start, start + mention.Length));
    }

    [Fact]
    public void IsMemoryReason_DistanceToldAsTheDayItself_IsTheReason()
    {
        const string text = "It was the 7th. I remember because it was the day before the school trip.";
        var document = CraftedTranscript.WitnessDocument(text, new TestimonyMetadata());
        var start = text.IndexOf("the day before the school trip", StringComparison.Ordinal);

        Assert.True(DateAsides.IsMemoryReason(document, start, start + "the day before the school trip".Length));
    }

    [Theory]
    [InlineData("The bakers had gone home the day before.", "the day before", true)]
    [InlineData("They had left for Idlib one week before, thank God.", "one week before", true)]
    [InlineData("The flour had come the night before because the road was open.", "the night before because the road was open", true)]
    [InlineData("The soldiers came the day before.", "the day before", false)]
    [InlineData("We had left the morning before school.", "the morning before school", false)]
    [InlineData("They had left two days before Eid.", "two days before Eid", false)]
    public void IsDoneBefore_DayCountedBackInThePastPerfect_IsBackground(string text, string mention, bool expected)
    {
        var document = CraftedTranscript.WitnessDocument(text, new TestimonyMetadata());
        var start = text.IndexOf(mention, StringComparison.Ordinal);

        Assert.Equal(expected, DateAsides.IsDoneBefore(document, start, start + mention.Length));
    }

    [Theory]
    [InlineData("My aunt heard on the radio the next day that he was dead.", "the next day", true)]
    [InlineData("We buried them two days later near the mosque.", "two days later", true)]
    [InlineData("Two days later his son told me.", "Two days later", true)]
    [InlineData("Two days later they came back and shot him.", "Two days later", false)]
    [InlineData("My aunt heard on the radio that the day before the soldiers had come.", "the day before", false)]
    [InlineData("My aunt heard on the radio on the 5th that he was dead.", "the 5th", false)]
    public void IsToldAfter_DayCountedOnInASentenceOfHearingOrBurying_IsAfterTheEvent(string text, string mention, bool expected)
    {
        var document = CraftedTranscript.WitnessDocument(text, new TestimonyMetadata());
        var start = text.IndexOf(mention, StringComparison.Ordinal);

        Assert.Equal(expected, DateAsides.IsToldAfter(document, start, start + mention.Length));
    }

    [Theory]
    [InlineData("I went the next morning with my brother to help.", "the next morning", true)]
    [InlineData("She arrived two days later with the water truck.", "two days later", true)]
    [InlineData("My cousin called me the next day from the village.", "the next day", true)]
    [InlineData("The soldiers brought his body three days later.", "three days later", true)]
    [InlineData("Two days later they came back and shot him.", "Two days later", false)]
    [InlineData("I went to the market the day before.", "the day before", false)]
    [InlineData("I went to the market on the 5th.", "the 5th", false)]
    public void IsVisitAfter_DayCountedOnInASentenceOfAVisitOrACall_IsAfterTheEvent(string text, string mention, bool expected)
    {
        var document = CraftedTranscript.WitnessDocument(text, new TestimonyMetadata());
        var start = text.IndexOf(mention, StringComparison.Ordinal);

        Assert.Equal(expected, DateAsides.IsVisitAfter(document, start, start + mention.Length));
    }

    [Theory]
    [InlineData("My grandfather died in 2019, it was his heart.", "2019", true)]
    [InlineData("I was born in Homs in 1980.", "1980", true)]
    [InlineData("We moved to Goma in 2021.", "2021", true)]
    [InlineData("My aunt passed away in 2015.", "2015", true)]
    [InlineData("In 2016 the planes came every day.", "2016", false)]
    [InlineData("My father opened the bakery in 1988, by the mosque.", "1988", true)]
    [InlineData("I paid off my taxi in 2018.", "2018", true)]
    [InlineData("We stayed in Kramatorsk in 2022, my mother could not travel.", "2022", true)]
    [InlineData("You stayed in Kramatorsk in 2022?", "2022", false)]
    [InlineData("We stayed in Kramatorsk until 2022.", "2022", false)]
    public void InLifeEvent_SentenceOfTheYear_SaysWhetherItIsBackground(string text, string year, bool expected)
    {
        var document = CraftedTranscript.WitnessDocument(text, new TestimonyMetadata());

        Assert.Equal(expected, DateAsides.InLifeEvent(document, text.IndexOf(year, StringComparison.Ordinal)));
    }

    [Fact]
    public void InLifeEvent_BackgroundWordsOfTheInterviewer_IsNotBackground()
    {
        const string text = "INTERVIEWER: I want to ask about the time you stayed in Kherson in 2022.\nWITNESS: We stayed there in 2022, my mother was sick.\n";
        var document = CraftedTranscript.Tokenized(text);

        Assert.False(DateAsides.InLifeEvent(document, text.IndexOf("2022", StringComparison.Ordinal)));
        Assert.True(DateAsides.InLifeEvent(document, text.LastIndexOf("2022", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Was the square shelled before?", true)]
    [InlineData("Did anything happen there earlier?", true)]
    [InlineData("Was the square shelled before.", false)]
    [InlineData("What happened after that?", false)]
    [InlineData("Were the beforehand warnings given?", false)]
    public void AsksOfEarlierTime_QuestionOfAnEarlierTime_True(string sentence, bool expected) =>
        Assert.Equal(expected, DateAsides.AsksOfEarlierTime(sentence));
}
