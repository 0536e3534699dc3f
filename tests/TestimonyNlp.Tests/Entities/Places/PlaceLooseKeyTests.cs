using TestimonyNlp.Entities.Places;

namespace TestimonyNlp.Tests.Entities.Places;

public sealed class PlaceLooseKeyTests
{
    [Theory]
    [InlineData("Kyauk Taw", "kyauktu")]
    [InlineData("Addigrat", "adigrat")]
    [InlineData("al-Tenek", "tinik")]
    public void Compact_Name_FoldedWithoutSpaces(string name, string expected) =>
        Assert.Equal(expected, PlaceLooseKey.Compact(PlaceLooseKey.Folded(name)));

    [Theory]
    [InlineData("Ganja", "knk")]
    [InlineData("Gəncə", "knk")]
    [InlineData("Gyandzha", "knk")]
    [InlineData("Helebce", "hlbk")]
    [InlineData("Halabcha", "hlbk")]
    [InlineData("Berde", "brt")]
    [InlineData("Sabha", "sbh")]
    [InlineData("Khan Shaykhun", "kn skn")]
    [InlineData("Cabo Delgado", "kb tlkt")]
    [InlineData("Chapadão do Lageado", "kbt t lkt")]
    public void Loose_Transliterations_OneKey(string name, string expected) =>
        Assert.Equal(expected, PlaceLooseKey.Loose(PlaceLooseKey.Folded(name)));
}
