using System.Runtime.InteropServices;
using TestimonyNlp.Entities.Lexicons;
using static TestimonyNlp.Tests.Entities.Lexicons.LexiconTestHelper;

namespace TestimonyNlp.Tests.Entities.Lexicons;

public sealed class CountryKeywordsTests
{
    private static DocumentCountry Detect(string content, string? place = null)
    {
        var document = Tokenized(content, place);
        var folded = new FoldedTokens();
        folded.Fold(document.Text, CollectionsMarshal.AsSpan(document.Tokens));
        return CountryKeywords.Detect(document, folded, []);
    }

    [Fact]
    public void Detect_TownsInText_TheirCountry()
    {
        Assert.Equal(new DocumentCountry("SY", CountrySource.Text), Detect("We lived in Deir al-Zour, then in al-Hasakah."));
    }

    [Fact]
    public void Detect_HeaderPlaceOnly_HeaderCountry()
    {
        Assert.Equal(new DocumentCountry("YE", CountrySource.Metadata), Detect("We left at night.", place: "Taiz, Yemen"));
    }

    [Fact]
    public void Detect_OneTextMentionAgainstHeader_TextWins()
    {
        Assert.Equal(new DocumentCountry("IQ", CountrySource.Text), Detect("We fled Mosul.", place: "Taiz, Yemen"));
    }

    [Fact]
    public void Detect_TwoCountriesEqually_Unknown()
    {
        Assert.Equal(DocumentCountry.Unknown, Detect("From Aleppo we went to Mosul."));
    }

    [Fact]
    public void Detect_DiacriticsAndApostrophes_Folded()
    {
        Assert.Equal(new DocumentCountry("PS", CountrySource.Text), Detect("In Khuzaʿa and in Khuza’a."));
        Assert.Equal(new DocumentCountry("CO", CountrySource.Text), Detect("We came from BRICEÑO."));
    }

    [Theory]
    [InlineData("We fled from Bama to Maiduguri.", "NG")]
    [InlineData("We lived in Malakal until the fighting.", "SS")]
    [InlineData("They shelled Goma and Kiwanja.", "CD")]
    [InlineData("The road from Palma to Pemba was closed.", "MZ")]
    [InlineData("A rocket fell on Ganja at night.", "AZ")]
    [InlineData("A drone hit Stepanakert at night.", "AM")]
    [InlineData("We left Mekelle for Axum.", "ET")]
    [InlineData("In Nabatieh and in Tyre the roads were empty.", "LB")]
    [InlineData("From Djibo we walked to Kaya.", "BF")]
    [InlineData("From Mopti we went to Bamako.", "ML")]
    [InlineData("From Lashio we walked towards Hsenwi.", "MM")]
    public void Detect_TownsOfEachCoveredConflict_TheirCountry(string content, string code)
    {
        Assert.Equal(new DocumentCountry(code, CountrySource.Text), Detect(content));
    }

    [Fact]
    public void Detect_NoPlaces_Unknown()
    {
        Assert.Equal(DocumentCountry.Unknown, Detect("We heard them all night.", place: "Sanliurfa, Turkey"));
    }
}
