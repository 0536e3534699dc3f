using TestimonyNlp.Entities;
using TestimonyNlp.Entities.Lexicons;
using static TestimonyNlp.Tests.Entities.Lexicons.LexiconTestHelper;

namespace TestimonyNlp.Tests.Entities.Lexicons;

public sealed class GivenNameLexiconTests
{
    private const string Header = "# format: testimony-given-names 1\n";

    private static GivenNameLexicon Parse(string text) => GivenNameLexicon.Load(new StringReader(text), "given-names.tsv");

    private static string LoadError(string text) => Assert.Throws<ModelFormatException>(() => Parse(text)).Message;

    [Theory]
    [InlineData("Mohammed", "Mohammed")]
    [InlineData("Muhammad", "Mohammed")]
    [InlineData("Mohamad", "Mohammed")]
    [InlineData("Mehmet", "Mohammed")]
    [InlineData("Maxamed", "Mohammed")]
    [InlineData("Hussein", "Hussein")]
    [InlineData("Husayn", "Hussein")]
    [InlineData("Hüseyin", "Hussein")]
    [InlineData("Fatma", "Fatima")]
    [InlineData("Fatimah", "Fatima")]
    [InlineData("Abd al-Rahman", "Abdul Rahman")]
    [InlineData("Abdurrahman", "Abdul Rahman")]
    [InlineData("Abdirahman", "Abdul Rahman")]
    [InlineData("Habibullah", "Habibullah")]
    [InlineData("Serhii", "Serhiy")]
    [InlineData("Sergei", "Serhiy")]
    [InlineData("Yeison", "Yeison")]
    [InlineData("Kyaw", "Kyaw")]
    public void TryGet_CommittedFile_TransliterationGroup(string spelling, string canonical)
    {
        Assert.True(LexiconFiles.Names.TryGet(spelling, out var name, out var isKunya));
        Assert.Equal(canonical, name.Canonical);
        Assert.False(isKunya);
    }

    [Theory]
    [InlineData("Abu Yasser", "Yasser")]
    [InlineData("Umm Khalid", "Khalid")]
    [InlineData("Um Salah", "Salah")]
    [InlineData("Abu Mahmoud", "Mahmoud")]
    public void TryGet_Kunya_NameAfterPrefix(string kunya, string canonical)
    {
        Assert.True(LexiconFiles.Names.TryGet(kunya, out var name, out var isKunya));
        Assert.Equal(canonical, name.Canonical);
        Assert.True(isKunya);
    }

    [Theory]
    [InlineData("Abu")]
    [InlineData("Umm")]
    [InlineData("tomorrow")]
    [InlineData("the bakery")]
    [InlineData("Hussein Darwish")]
    [InlineData("")]
    [InlineData("said")]
    public void Contains_NotAWholeName_False(string text)
    {
        Assert.False(LexiconFiles.Names.Contains(text));
    }

    [Theory]
    [InlineData("Oleksandr", NameRegions.EastSlavic)]
    [InlineData("Yeison", NameRegions.Spanish)]
    [InlineData("Zozan", NameRegions.Kurdish)]
    [InlineData("Thandar", NameRegions.Burmese)]
    [InlineData("Spozhmai", NameRegions.Afghan)]
    [InlineData("Warsame", NameRegions.Somali)]
    [InlineData("Babiker", NameRegions.Sudan)]
    [InlineData("Mabrouk", NameRegions.Libya)]
    [InlineData("Kettle", NameRegions.None)]
    public void Regions_CommittedFile_RegionOfName(string name, NameRegions regions)
    {
        Assert.Equal(regions, LexiconFiles.Names.Regions(name));
    }

    [Fact]
    public void Regions_SharedIslamicName_EveryRegionGiven()
    {
        Assert.Equal(
            NameRegions.Arabic | NameRegions.Kurdish | NameRegions.Turkic | NameRegions.Afghan | NameRegions.Somali | NameRegions.Rohingya,
            LexiconFiles.Names.Regions("Ali"));
    }

    [Fact]
    public void Find_Sentence_NamesAndKunyasInTextOrder()
    {
        const string text = "Abu Yasser, Nour and Hussein Darwish left.";
        var matches = new List<GivenNameMatch>();

        LexiconFiles.Names.Find(text, Fold(text), 0, 9, matches);

        Assert.Equal(
            ["Abu Yasser=Yasser kunya", "Nour=Nour", "Hussein=Hussein"],
            matches.Select(m => $"{text[m.Start..m.End]}={m.Name.Canonical}{(m.IsKunya ? " kunya" : "")}"));
        Assert.Equal(new GivenNameMatch(0, 10, 0, 1, matches[0].Name, true), matches[0]);
    }

    [Fact]
    public void Load_SmallFile_CountsNamesAndSpellings()
    {
        var lexicon = Parse(Header + "kunya\tAbu\tar\tabu|abou\nname\tAli\tar,kur\tali|aly\nname\tKyaw\tmya\tkyaw\n");

        Assert.Equal(2, lexicon.NameCount);
        Assert.Equal(3, lexicon.VariantCount);
        Assert.True(lexicon.TryGet("Abou Ali", out var name, out var isKunya));
        Assert.Equal(new GivenName("Ali", NameRegions.Arabic | NameRegions.Kurdish), name);
        Assert.True(isKunya);
    }

    [Fact]
    public void Load_WrongVersion_Refused()
    {
        Assert.Equal(
            "given-names.tsv, line 1: format version 2 is not supported; this build reads '# format: testimony-given-names 1'",
            LoadError("# format: testimony-given-names 2\n"));
    }

    [Fact]
    public void Load_SpellingInTwoRows_RefusedNamingFirstRow()
    {
        Assert.Equal(
            "given-names.tsv, line 3: variant 'ali' is already on line 2",
            LoadError(Header + "name\tAli\tar\tali|aly\nname\tAlia\tar\talia|ali\n"));
    }

    [Fact]
    public void Load_SpellingTwiceInOneRow_Accepted()
    {
        var lexicon = Parse(Header + "name\tAli\tar\tali|ali\n");

        Assert.Equal(1, lexicon.VariantCount);
    }

    [Fact]
    public void Load_UnknownKind_Refused()
    {
        Assert.Equal(
            "given-names.tsv, line 2: unknown kind 'nickname'; expected name or kunya",
            LoadError(Header + "nickname\tAbu\tar\tabu\n"));
    }

    [Fact]
    public void Load_UnknownRegion_Refused()
    {
        Assert.Equal("given-names.tsv, line 2: unknown region 'fr'", LoadError(Header + "name\tJean\ten,fr\tjean\n"));
    }

    [Fact]
    public void Load_UpperCaseVariant_Refused()
    {
        Assert.Equal("given-names.tsv, line 2: variant 'Ali' is not lower case", LoadError(Header + "name\tAli\tar\tAli\n"));
    }
}
