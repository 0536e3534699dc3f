using TestimonyNlp.Entities;
using TestimonyNlp.Entities.Lexicons;

namespace TestimonyNlp.Tests.Entities.Lexicons;

public sealed class ActorLexiconTests
{
    private const string Header = "# format: testimony-actors 1\n";

    private static ActorLexicon Parse(string text) => ActorLexicon.Load(new StringReader(text), "actors.tsv");

    private static string LoadError(string text) => Assert.Throws<ModelFormatException>(() => Parse(text)).Message;

    // The canonical table of corpus/MARKUP.md.
    public static TheoryData<string> MarkupCanonicals =>
    [
        "Islamic State", "Syrian government forces", "Russian forces", "US-led coalition", "Syrian Democratic Forces",
        "Iraqi forces", "Popular Mobilization Forces", "Hayat Tahrir al-Sham", "Turkish forces", "Saudi-led coalition",
        "Houthis", "Sudanese Armed Forces", "Rapid Support Forces", "Russian armed forces in Ukraine", "Ukrainian armed forces",
        "Israeli forces", "Hamas", "Tatmadaw", "Arakan Army", "Taliban", "Afghan forces", "Libyan National Army",
        "Government of National Accord forces", "Wagner Group", "al-Shabaab", "FARC dissidents", "ELN", "Clan del Golfo",
        "Colombian armed forces", "Somali forces", "US forces",
    ];

    [Theory]
    [MemberData(nameof(MarkupCanonicals))]
    public void Canonicals_CommittedFile_HoldEveryMarkupCanonical(string canonical)
    {
        Assert.Contains(canonical, LexiconFiles.Actors.Canonicals);
    }

    [Theory]
    [InlineData("Daesh", null, "Islamic State", ActorResolutionKind.Default)]
    [InlineData("ISIS", "IQ", "Islamic State", ActorResolutionKind.Default)]
    [InlineData("ISIL", "SY", "Islamic State", ActorResolutionKind.Default)]
    [InlineData("Daesh", "AF", "Islamic State Khorasan Province", ActorResolutionKind.Country)]
    [InlineData("IS", null, "Islamic State", ActorResolutionKind.Unambiguous)]
    [InlineData("QSD", null, "Syrian Democratic Forces", ActorResolutionKind.Unambiguous)]
    [InlineData("al-Hashd al-Shaabi", null, "Popular Mobilization Forces", ActorResolutionKind.Unambiguous)]
    [InlineData("Hay’at Tahrir al-Sham", null, "Hayat Tahrir al-Sham", ActorResolutionKind.Unambiguous)]
    [InlineData("Assad's forces", null, "Syrian government forces", ActorResolutionKind.Unambiguous)]
    [InlineData("the coalition", "IQ", "US-led coalition", ActorResolutionKind.Country)]
    [InlineData("the coalition", "YE", "Saudi-led coalition", ActorResolutionKind.Country)]
    [InlineData("the coalition", null, "US-led coalition", ActorResolutionKind.Guess)]
    [InlineData("the army", "SY", "Syrian government forces", ActorResolutionKind.Country)]
    [InlineData("the army", "SD", "Sudanese Armed Forces", ActorResolutionKind.Country)]
    [InlineData("the army", "CO", "Colombian armed forces", ActorResolutionKind.Country)]
    [InlineData("the Russians", "SY", "Russian forces", ActorResolutionKind.Country)]
    [InlineData("the Russians", "UA", "Russian armed forces in Ukraine", ActorResolutionKind.Country)]
    [InlineData("the Russians", "LY", "Wagner Group", ActorResolutionKind.Country)]
    [InlineData("the Americans", "SO", "US forces", ActorResolutionKind.Country)]
    [InlineData("the Americans", "SY", "US-led coalition", ActorResolutionKind.Country)]
    [InlineData("the soldiers", "MM", "Tatmadaw", ActorResolutionKind.Country)]
    [InlineData("SNA", "SO", "Somali forces", ActorResolutionKind.Country)]
    [InlineData("SNA", "SY", "Syrian National Army", ActorResolutionKind.Country)]
    public void TryResolve_CommittedFile_CanonicalByCountry(string alias, string? country, string canonical, ActorResolutionKind kind)
    {
        Assert.True(LexiconFiles.Actors.TryResolve(alias, country, out var resolution));
        Assert.Equal(new ActorResolution(canonical, kind), resolution);
    }

    [Theory]
    [InlineData("is", null)]
    [InlineData("ana", null)]
    [InlineData("the soldiers", "SY")]
    [InlineData("the army", "LY")]
    [InlineData("Amnesty", null)]
    public void TryResolve_NotAnActorThere_False(string alias, string? country)
    {
        Assert.False(LexiconFiles.Actors.TryResolve(alias, country, out _));
    }

    [Fact]
    public void Load_CountryRows_ResolveEachCountry()
    {
        var lexicon = Parse(Header + "Alpha\tSY,IQ\tthe army\nBeta\tYE\tthe army\nGamma\t*\tgamma|=GMA\n");

        Assert.Equal(["Alpha", "Beta", "Gamma"], lexicon.Canonicals.ToArray());
        Assert.Equal(4, lexicon.AliasCount);
        Assert.True(lexicon.TryResolve("The Army", "IQ", out var iraq));
        Assert.Equal(new ActorResolution("Alpha", ActorResolutionKind.Country), iraq);
        Assert.True(lexicon.TryResolve("the army", "YE", out var yemen));
        Assert.Equal(new ActorResolution("Beta", ActorResolutionKind.Country), yemen);
        Assert.False(lexicon.TryResolve("the army", "SD", out _));
        Assert.True(lexicon.TryResolve("GMA", "SD", out var gamma));
        Assert.Equal(new ActorResolution("Gamma", ActorResolutionKind.Unambiguous), gamma);
        Assert.False(lexicon.TryResolve("gma", null, out _));
    }

    [Fact]
    public void Load_WrongVersion_Refused()
    {
        Assert.Equal(
            "actors.tsv, line 1: format version 0 is not supported; this build reads '# format: testimony-actors 1'",
            LoadError("# format: testimony-actors 0\nDaesh\t*\tdaesh\n"));
    }

    [Fact]
    public void Load_OverlappingCountries_RefusedNamingBothLines()
    {
        Assert.Equal(
            "actors.tsv, line 3: alias 'the army' is also on line 2 for an overlapping set of countries",
            LoadError(Header + "Alpha\tSY,IQ\tthe army\nBeta\tIQ,YE\tthe army\n"));
    }

    [Fact]
    public void Load_AliasAnywhereTwice_Refused()
    {
        Assert.Equal(
            "actors.tsv, line 3: alias 'hts' is also on line 2 for an overlapping set of countries",
            LoadError(Header + "Alpha\t*\thts\nBeta\t*\thts\n"));
    }

    [Fact]
    public void Load_BadCountryCode_Refused()
    {
        Assert.Equal(
            "actors.tsv, line 2: country 'Syria' is not an upper-case ISO 3166-1 alpha-2 code; use '*' for any country",
            LoadError(Header + "Alpha\tSyria\tthe army\n"));
    }

    [Fact]
    public void Load_UpperCaseAliasWithoutMarker_Refused()
    {
        Assert.Equal(
            "actors.tsv, line 2: alias 'SDF' is not lower case (prefix it with '=' to match its case)",
            LoadError(Header + "Syrian Democratic Forces\t*\tsdf|SDF\n"));
    }

    [Fact]
    public void Load_EmptyAlias_Refused()
    {
        Assert.Equal("actors.tsv, line 2: empty alias", LoadError(Header + "Alpha\t*\talpha||beta\n"));
    }

    [Fact]
    public void Load_SpellingsDifferingInHyphensOnly_OneAlias()
    {
        var lexicon = Parse(Header + "Alpha\t*\tal-hashd|alhashd|al hashd\n");

        Assert.Equal(3, lexicon.AliasCount);
        Assert.True(lexicon.TryResolve("Al-Hashd", null, out var resolution));
        Assert.Equal(new ActorResolution("Alpha", ActorResolutionKind.Unambiguous), resolution);
    }
}
