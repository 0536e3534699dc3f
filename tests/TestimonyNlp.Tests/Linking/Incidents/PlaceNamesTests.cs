using TestimonyNlp.Linking.Incidents;

namespace TestimonyNlp.Tests.Linking.Incidents;

public sealed class PlaceNamesTests
{
    [Theory]
    [InlineData("al-Badu", "badu")]
    [InlineData("Al Badu", "badu")]
    [InlineData("Khān Shaykhūn", "khan shikhun")]
    [InlineData("Khan Sheikhoun", "khan shikhun")]
    [InlineData("Raqqah", "raka")]
    public void Fold_Name_FoldsLikeThePlaceGazetteer(string name, string expected)
    {
        Assert.Equal(expected, PlaceNames.Fold(name));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    [InlineData("-")]
    public void Fold_NothingLeft_ReturnsNull(string? name)
    {
        Assert.Null(PlaceNames.Fold(name));
    }

    [Fact]
    public void Around_MentionsNearAndFarAndSite_KeepsNearAndSiteSortedOnce()
    {
        (string?, int, int)[] places =
        [
            ("saraqib", 100, 107),
            ("ariha", 5000, 5005),
            (null, 120, 125),
            ("saraqib", 350, 360),
            ("sarmin", 395, 410),
            ("taftanaz", 20, 28),
        ];

        var names = PlaceNames.Around(places, evidenceStart: 50, evidenceEnd: 300, site: "binnish", contextChars: 100);

        Assert.Equal<string>(["binnish", "saraqib", "taftanaz"], names);
    }
}
