using TestimonyNlp.Entities;
using TestimonyNlp.Model;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Entities;

public sealed class CalendarDateSpansTests
{
    private static Document Mend(string content, params string[] tagged)
    {
        var document = CraftedTranscript.WitnessDocument(content, new TestimonyMetadata());
        foreach (var words in tagged)
        {
            var start = content.IndexOf(words, StringComparison.Ordinal);
            document.Entities.Add(new EntityMention(string.Empty, EntityType.Date, start, start + words.Length, words, null, 0.8));
        }

        new CalendarDateSpans().Process(document, CancellationToken.None);
        return document;
    }

    private static string[] Dates(Document document) =>
        [.. document.Entities.Where(e => e.Type == EntityType.Date).OrderBy(e => e.Start).Select(e => e.Text)];

    [Theory]
    [InlineData("Yes, the fourth of September was the day.", "September", "the fourth of September")]
    [InlineData("It was Monday, the eighteenth of March.", "March", "the eighteenth of March")]
    [InlineData("They came on the twenty-first of May.", "May", "the twenty-first of May")]
    [InlineData("On 11 October the shelling began.", "October", "11 October")]
    [InlineData("At the start of July we left.", "July", "the start of July")]
    [InlineData("It was the beginning of 2014.", "2014", "the beginning of 2014")]
    [InlineData("In the second half of June the shelling came.", "June", "the second half of June")]
    [InlineData("In the last days of December they left.", "last days of December", "the last days of December")]
    [InlineData("It was the 18th of March.", "18th of March", "the 18th of March")]
    public void Process_DayOrPartBeforeTheMonthLeftOut_WidensTheMention(string content, string tagged, string expected)
    {
        Assert.Equal([expected], Dates(Mend(content, tagged)));
    }

    [Theory]
    [InlineData("In summer 2015 we left Baiji.", new[] { "summer", "2015" }, "summer 2015")]
    [InlineData("It was spring 2018 when they came back.", new[] { "spring", "2018" }, "spring 2018")]
    [InlineData("On the 18th of March 2014 the Antonov came.", new[] { "the 18th of March", "2014" }, "the 18th of March 2014")]
    public void Process_YearRightAfterTheMonthOrSeason_JoinsThem(string content, string[] tagged, string expected)
    {
        Assert.Equal([expected], Dates(Mend(content, tagged)));
    }

    [Fact]
    public void Process_YearSetOffByAComma_StaysAMentionOfItsOwn()
    {
        var document = Mend("It was the fourth of September, 2016, a Sunday.", "the fourth of September", "2016");

        Assert.Equal(["the fourth of September", "2016"], Dates(document));
    }

    [Theory]
    [InlineData("On 9 September we ran to the school.", "9 September")]
    [InlineData("On 11 October 2020 they came again.", "11 October 2020")]
    [InlineData("It was the 2nd of February, in the night.", "the 2nd of February")]
    [InlineData("They came back on October 11.", "October 11")]
    [InlineData("A: Nehase 1, in our calendar. The young men came down.", "Nehase 1")]
    [InlineData("I read it to you: 20/10/2022. Coming from the north.", "20/10/2022")]
    [InlineData("He has run a pharmacy on the main street since 1989.", "1989")]
    [InlineData("His full name is Kiflom Weldegiorgis, born 1998.", "1998")]
    [InlineData("How many people were killed in the 2019 attack?", "2019")]
    public void Process_DayAndMonthNothingCovers_AddsADateMention(string content, string expected)
    {
        var date = Assert.Single(Mend(content).Entities);

        Assert.Equal((EntityType.Date, content.IndexOf(expected, StringComparison.Ordinal), expected), (date.Type, date.Start, date.Text));
    }

    [Theory]
    [InlineData("They may come back in the night.")]
    [InlineData("We had to march 5 kilometres.")]
    [InlineData("May 5 people stay here, God willing.")]
    [InlineData("Five of them, 11 men, in the truck.")]
    [InlineData("We were 2019 people in the camp.")]
    [InlineData("The number was 1998, the officer said.")]
    public void Process_NoCalendarDate_AddsNothing(string content)
    {
        Assert.Empty(Mend(content).Entities);
    }

    [Fact]
    public void Process_WordsBeforeTheMonthHeldByAnotherMention_LeavesTheMention()
    {
        const string content = "The fourth of September was quiet.";
        var document = CraftedTranscript.WitnessDocument(content, new TestimonyMetadata());
        document.Entities.Add(new EntityMention(string.Empty, EntityType.Person, 4, 10, "fourth", null, 0.5));
        document.Entities.Add(new EntityMention(string.Empty, EntityType.Date, 14, 23, "September", null, 0.8));

        new CalendarDateSpans().Process(document, CancellationToken.None);

        Assert.Equal(["September"], Dates(document));
    }

    [Fact]
    public void Process_DateOnAHeaderLine_AddsNothing()
    {
        const string content = "Place: Arsal, Lebanon\nDate: 11 October 2013\n\nWITNESS: We lived in Qusayr.\n";
        var document = CraftedTranscript.Tokenized(content);

        new CalendarDateSpans().Process(document, CancellationToken.None);

        Assert.Empty(document.Entities);
    }
}
