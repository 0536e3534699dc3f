using TestimonyNlp.Linking.Sites;

namespace TestimonyNlp.Tests.Linking.Sites;

public sealed class LocalSiteNameTests
{
    [Theory]
    [InlineData("Dos Quebradas", "Dosquebradas")]
    [InlineData("Yahidne", "Yagidne")]
    [InlineData("Vokzalna street", "Vokzalnaya")]
    [InlineData("Bab al-Nairab", "Bab al-Nayrab")]
    [InlineData("Jobar", "Jobar farms")]
    public void AreVariants_OneNameSpelledTwoWays_True(string first, string second) =>
        Assert.True(LocalSiteName.AreVariants(LocalSiteName.Parse(first).Key, LocalSiteName.Parse(second).Key));

    [Theory]
    [InlineData("al-Shaar", "al-Sukkari")]
    [InlineData("Bab Amr", "Bab Hud")]
    [InlineData("Tal Afar", "Tal Abyad")]
    [InlineData("Sakhur", "Sakhr")]
    public void AreVariants_TwoNames_False(string first, string second) =>
        Assert.False(LocalSiteName.AreVariants(LocalSiteName.Parse(first).Key, LocalSiteName.Parse(second).Key));
}
