using TestimonyNlp.Entities.Lexicons;
using static TestimonyNlp.Tests.Entities.Lexicons.LexiconTestHelper;

namespace TestimonyNlp.Tests.Entities.Lexicons;

public sealed class PhraseSpotterTests
{
    private static PhraseSpotter<string> Build(params (string Phrase, string Payload)[] phrases)
    {
        var builder = new PhraseSpotter<string>.Builder();
        foreach (var (phrase, payload) in phrases)
        {
            Assert.Equal(PhraseAddResult.Added, builder.Add(phrase, payload));
        }

        return builder.Build();
    }

    [Fact]
    public void FindAll_ShorterAndLongerPhrase_LongestWins()
    {
        var spotter = Build(("mortar", "M"), ("mortar shell", "MS"));

        Assert.Equal(["mortar shell=MS", "mortar=M"], Spot(spotter, "A mortar shell fell, then a mortar."));
    }

    [Fact]
    public void FindAll_PrefixOfLongerPhraseOnly_NoMatch()
    {
        var spotter = Build(("cluster bomb", "C"));

        Assert.Empty(Spot(spotter, "a cluster of houses"));
    }

    [Fact]
    public void FindAll_OverlappingCandidates_LeftmostLongestAndNoOverlap()
    {
        var spotter = Build(("car bomb", "A"), ("bomb shelter", "B"));

        Assert.Equal(["car bomb=A"], Spot(spotter, "the car bomb shelter"));
    }

    [Fact]
    public void FindAll_CaseDiacriticsAndApostrophes_Folded()
    {
        var spotter = Build(("hay'at tahrir al-sham", "HTS"), ("sanliurfa", "S"));

        Assert.Equal(
            ["Hay’at Tahrir al-Sham=HTS", "HAYAT TAHRIR AL SHAM=HTS", "Şanlıurfa=S"],
            Spot(spotter, "Hay’at Tahrir al-Sham, HAYAT TAHRIR AL SHAM, Şanlıurfa"));
    }

    [Fact]
    public void FindAll_HyphenatedEntry_MatchesHyphenatedSpacedAndJoinedText()
    {
        var spotter = Build(("air-strike", "AS"));

        Assert.Equal(["air-strike=AS", "air strike=AS", "Airstrike=AS"], Spot(spotter, "air-strike, air strike, Airstrike"));
    }

    [Fact]
    public void FindAll_JoinedEntry_MatchesHyphenatedText()
    {
        var spotter = Build(("antipersonnel mine", "AP"));

        Assert.Equal(["anti-personnel mine=AP"], Spot(spotter, "an anti-personnel mine"));
    }

    [Fact]
    public void FindAll_PhraseInsideHyphenatedToken_MatchesThePart()
    {
        var spotter = Build(("daesh", "IS"));

        Assert.Equal(["Daesh=IS", "Daesh=IS"], Spot(spotter, "Daesh-held areas, anti-Daesh"));
    }

    [Fact]
    public void FindAll_PunctuationBetweenWords_BreaksPhrase()
    {
        var spotter = Build(("mortar shell", "MS"));

        Assert.Empty(Spot(spotter, "the mortar, shell"));
    }

    [Fact]
    public void FindAll_Possessive_MatchesPhraseWithPossessive()
    {
        var spotter = Build(("haftar's forces", "LNA"));

        Assert.Equal(["Haftar’s forces=LNA"], Spot(spotter, "Haftar’s forces came."));
    }

    [Fact]
    public void FindAll_CaseSensitivePhrase_OnlyMatchingCase()
    {
        var builder = new PhraseSpotter<string>.Builder();
        builder.Add("IS", "Islamic State", caseSensitive: true);
        builder.Add("the State", "Islamic State", caseSensitive: true);

        Assert.Equal(
            ["IS=Islamic State", "The State=Islamic State"],
            Spot(builder.Build(), "It is IS. The State came. the state hospital"));
    }

    [Fact]
    public void FindAll_TokenRange_MatchesOnlyInsideRange()
    {
        var spotter = Build(("car bomb", "CB"));
        const string text = "car bomb and car bomb";
        var matches = new List<PhraseMatch<string>>();

        spotter.FindAll(text, Fold(text), 1, 4, matches);

        Assert.Equal([new PhraseMatch<string>(13, 21, 3, 4, "CB")], matches);
    }

    [Fact]
    public void FindAll_Match_ReportsOffsetsAndTokens()
    {
        var spotter = Build(("barrel bomb", "BB"));
        const string text = "A barrel bomb fell.";
        var matches = new List<PhraseMatch<string>>();

        spotter.FindAll(text, Fold(text), matches);

        Assert.Equal([new PhraseMatch<string>(2, 13, 1, 2, "BB")], matches);
    }

    [Fact]
    public void FindAll_EmptySpotter_NoMatch()
    {
        var spotter = new PhraseSpotter<string>.Builder().Build();

        Assert.Empty(Spot(spotter, "anything at all"));
    }

    [Fact]
    public void TryMatchWhole_WholePhrase_Payload()
    {
        var spotter = Build(("barrel bomb", "BB"));

        Assert.True(spotter.TryMatchWhole("Barrel-Bomb", out var payload));
        Assert.Equal("BB", payload);
    }

    [Fact]
    public void TryMatchWhole_PhrasePlusMore_False()
    {
        var spotter = Build(("barrel bomb", "BB"));

        Assert.False(spotter.TryMatchWhole("barrel bomb fell", out _));
        Assert.False(spotter.TryMatchWhole("barrel", out _));
        Assert.False(spotter.TryMatchWhole("", out _));
    }

    [Fact]
    public void Add_SameFoldedPhraseSamePayload_AlreadyPresent()
    {
        var builder = new PhraseSpotter<string>.Builder();
        builder.Add("air strike", "AS");

        Assert.Equal(PhraseAddResult.AlreadyPresent, builder.Add("Air  Strike", "AS"));
        Assert.Equal(1, builder.Count);
    }

    [Fact]
    public void Add_HyphenatedFormOfSpacedPhrase_AddsTheJoinedSpelling()
    {
        var builder = new PhraseSpotter<string>.Builder();
        builder.Add("air strike", "AS");

        Assert.Equal(PhraseAddResult.Added, builder.Add("air-strike", "AS"));
        Assert.Equal(["airstrike=AS"], Spot(builder.Build(), "airstrike"));
    }

    [Fact]
    public void Add_SameFoldedPhraseOtherPayload_ConflictWithExisting()
    {
        var builder = new PhraseSpotter<string>.Builder();
        builder.Add("mine", "LANDMINE");

        Assert.Equal(PhraseAddResult.Conflict, builder.Add("MINE", "MORTAR", caseSensitive: false, out var existing));
        Assert.Equal("LANDMINE", existing);
    }

    [Fact]
    public void Add_EmptyOrPunctuation_Refused()
    {
        var builder = new PhraseSpotter<string>.Builder();

        Assert.Equal(PhraseAddResult.Empty, builder.Add("  ", "X"));
        Assert.Equal(PhraseAddResult.Unmatchable, builder.Add("car, bomb", "X"));
        Assert.Equal(0, builder.Count);
    }

    [Fact]
    public void Count_VariantsOfOnePhrase_CountedOnce()
    {
        var spotter = Build(("al-hashd al-shaabi", "PMF"), ("hashd", "PMF"));

        Assert.Equal(2, spotter.Count);
    }
}
