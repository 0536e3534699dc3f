using TestimonyNlp.Claims.Counts;
using TestimonyNlp.Tests.Support;
using static TestimonyNlp.Tests.Claims.Counts.CountTestHelper;

namespace TestimonyNlp.Tests.Claims.Counts;

public sealed class NumberReaderTests
{
    private static string ReadAt0(string text)
    {
        var tokens = Tokenize(text);
        if (!NumberReader.TryRead(text, tokens, 0, out var reading))
        {
            return "none";
        }

        var end = tokens[reading.EndToken - 1].End;
        return $"{text[..end]} {reading.Min}/{reading.Max?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null"} {reading.Form}";
    }

    [Theory]
    [InlineData("12 people", "12 12/12 Digits")]
    [InlineData("1,200 people", "1,200 1200/1200 Digits")]
    [InlineData("3 thousand people", "3 thousand 3000/3000 Digits")]
    [InlineData("0 people", "0 0/0 Digits")]
    [InlineData("seven people", "seven 7/7 Words")]
    [InlineData("Seven people", "Seven 7/7 Words")]
    [InlineData("twenty-two people", "twenty-two 22/22 Words")]
    [InlineData("twenty two people", "twenty two 22/22 Words")]
    [InlineData("a hundred and five people", "a hundred and five 105/105 Words")]
    [InlineData("one hundred people", "one hundred 100/100 Words")]
    [InlineData("three hundred and twelve people", "three hundred and twelve 312/312 Words")]
    [InlineData("two thousand five hundred people", "two thousand five hundred 2500/2500 Words")]
    [InlineData("one hundred and one hundred fifty", "one hundred 100/100 Words")]
    [InlineData("twelve hundred people", "twelve hundred 1200/1200 Words")]
    [InlineData("a thousand people", "a thousand 1000/1000 Words")]
    [InlineData("a dozen people", "a dozen 12/12 Words")]
    [InlineData("two dozen people", "two dozen 24/24 Words")]
    [InlineData("half a dozen people", "half a dozen 6/6 Words")]
    [InlineData("a couple of people", "a couple 2/2 Words")]
    [InlineData("dozens of people", "dozens 24/null Collective")]
    [InlineData("hundreds of people", "hundreds 200/null Collective")]
    [InlineData("thousands of people", "thousands 2000/null Collective")]
    [InlineData("tens of people", "tens 20/null Collective")]
    [InlineData("tens of thousands", "tens of thousands 20000/null Collective")]
    [InlineData("hundreds of thousands", "hundreds of thousands 200000/null Collective")]
    public void TryRead_NumberForms_ExactValue(string text, string expected)
    {
        Assert.Equal(expected, ReadAt0(text));
    }

    [Theory]
    [InlineData("seven eight")]
    [InlineData("twenty thirty")]
    [InlineData("five and six")]
    public void TryRead_TwoNumbersSideBySide_ReadsOnlyTheFirst(string text)
    {
        var tokens = Tokenize(text);

        Assert.True(NumberReader.TryRead(text, tokens, 0, out var reading));
        Assert.Equal(1, reading.TokenCount);
    }

    [Theory]
    [InlineData("second strike")]
    [InlineData("12th of March")]
    [InlineData("1.5 km")]
    [InlineData("0933 456")]
    [InlineData("9639334567 is his number")]
    [InlineData("a man")]
    [InlineData("hundred people")]
    [InlineData("half the village")]
    [InlineData("4/11/2016")]
    [InlineData("10:30")]
    [InlineData("two-year-old")]
    [InlineData("people")]
    public void TryRead_NotANumber_False(string text)
    {
        Assert.Equal("none", ReadAt0(text));
    }

    [Fact]
    public void TryRead_IndexInsideSentence_FirstTokenIsThatIndex()
    {
        const string text = "they killed twenty two men";
        var tokens = Tokenize(text);

        Assert.True(NumberReader.TryRead(text, tokens, 2, out var reading));

        Assert.Equal(new NumberReading(22, 22, 2, 2, NumberForm.Words), reading);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3)]
    [InlineData(4)]
    public void TryRead_IndexOutsideTheTokens_False(int index)
    {
        const string text = "they killed twenty";
        var tokens = Tokenize(text);

        Assert.False(NumberReader.TryRead(text, tokens, index, out var reading));
        Assert.Equal(default, reading);
    }

    [Fact]
    public void StartsAt_TokenPastTheDocument_False()
    {
        var document = CraftedTranscript.Tokenized("A: They killed twenty\n");

        Assert.False(NumberReader.StartsAt(document, document.Tokens.Count));
    }

    [Theory]
    [InlineData("Three years they gave him.", 0, true)]
    [InlineData("For 12 years they gave us nothing.", 1, true)]
    [InlineData("For years they gave us nothing.", 1, false)]
    public void StartsAt_TokenOfDocument_TellsWhetherANumberStartsThere(string answer, int token, bool expected)
    {
        var document = CraftedTranscript.Tokenized("Q: And then?\nA: " + answer + "\n");
        var first = document.Sentences[1].FirstToken;

        Assert.Equal(expected, NumberReader.StartsAt(document, first + token));
    }
}
