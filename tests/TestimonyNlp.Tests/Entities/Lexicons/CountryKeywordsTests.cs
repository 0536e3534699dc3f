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

    [Fact]
    public void Detect_NoPlaces_Unknown()
    {
        Assert.Equal(DocumentCountry.Unknown, Detect("We heard them all night.", place: "Sanliurfa, Turkey"));
    }
}
