using TestimonyNlp.Linking.Incidents;

namespace TestimonyNlp.Tests.Linking.Incidents;

public sealed class TargetLexiconTests
{
    [Theory]
    [InlineData("We were standing in the queue at the bakery when it hit.", TargetKinds.Bakery | TargetKinds.Queue)]
    [InlineData("Two buses were burning by the bridge.", TargetKinds.Bus | TargetKinds.Bridge)]
    [InlineData("The shell fell next to the water well.", TargetKinds.Water)]
    [InlineData("They bombed the WEDDING tent.", TargetKinds.Wedding | TargetKinds.Camp)]
    [InlineData("Both churches and the hospital's gate were damaged.", TargetKinds.Worship | TargetKinds.Hospital)]
    [InlineData("We hid in the school basement.", TargetKinds.School | TargetKinds.Shelter)]
    [InlineData("My brother was hurt as well, and my uncle too.", TargetKinds.None)]
    [InlineData("The tank came down the street.", TargetKinds.None)]
    [InlineData("", TargetKinds.None)]
    public void Find_Sentence_ReturnsKindsNamed(string text, TargetKinds expected)
    {
        Assert.Equal(expected, TargetLexicon.Find(text));
    }

    [Theory]
    [InlineData(150, TargetKinds.None)]
    [InlineData(400, TargetKinds.Bakery | TargetKinds.Queue)]
    public void Around_TargetBeforeEvidence_FoundWithinContextOnly(int contextChars, TargetKinds expected)
    {
        var text = "We queued at the bakery." + new string(' ', 300) + "The shell killed three of us.";
        var start = text.IndexOf("The shell", StringComparison.Ordinal);

        Assert.Equal(expected, TargetLexicon.Around(text, start, text.Length, contextChars));
    }

    [Fact]
    public void Around_OffsetsPastTheText_ReturnsNone()
    {
        Assert.Equal(TargetKinds.None, TargetLexicon.Around("The bakery.", 500, 520));
    }
}
