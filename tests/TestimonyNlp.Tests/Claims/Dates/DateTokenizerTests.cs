using TestimonyNlp.Claims.Dates;

namespace TestimonyNlp.Tests.Claims.Dates;

public sealed class DateTokenizerTests
{
    private static DateToken[] Tokenize(string text)
    {
        var buffer = new DateToken[DateResolver.Defaults.MaxTokens];
        int count = DateTokenizer.Tokenize(text, buffer);
        return buffer[..count];
    }

    [Fact]
    public void Tokenize_OrdinalSuffix_GivesOrdinalWithOffsets()
    {
        var tokens = Tokenize("the 21st");

        Assert.Equal(2, tokens.Length);
        Assert.Equal(new DateToken(DateWord.Ordinal, 21, 2, 4, 4), tokens[1]);
    }

    [Fact]
    public void Tokenize_NumberFollowedByOtherLetters_IsPlainNumber()
    {
        var tokens = Tokenize("10am");

        Assert.Equal(DateWord.Number, tokens[0].Kind);
        Assert.Equal(10, tokens[0].Value);
        Assert.Equal(DateWord.TimeOfDay, tokens[1].Kind);
    }

    [Fact]
    public void Tokenize_SlashDate_GivesNumbersAndMarks()
    {
        var kinds = Tokenize("9/9/2016").Select(t => t.Kind);

        Assert.Equal([DateWord.Number, DateWord.Punct, DateWord.Number, DateWord.Punct, DateWord.Number], kinds);
    }

    [Theory]
    [InlineData("Sha'ban", "HijriMonth", 8)]
    [InlineData("sha\u2019ban", "HijriMonth", 8)]
    [InlineData("SEPTEMBER", "Month", 9)]
    [InlineData("Eid's", "Eid", 0)]
    [InlineData("Saratan", "SolarMonth", 4)]
    [InlineData("weeks", "Unit", 4)]
    [InlineData("Zanana", "Unknown", 0)]
    public void Tokenize_Word_LooksUpIgnoringCaseAndApostrophes(string text, string kind, int value)
    {
        var token = Assert.Single(Tokenize(text));

        Assert.Equal(Enum.Parse<DateWord>(kind), token.Kind);
        Assert.Equal(value, token.Value);
    }

    [Fact]
    public void Tokenize_MoreTokensThanBuffer_StopsAtBuffer()
    {
        var buffer = new DateToken[3];

        int count = DateTokenizer.Tokenize("one two three four five", buffer);

        Assert.Equal(3, count);
    }
}
