using TestimonyNlp.Entities;
using TestimonyNlp.Entities.Lexicons;
using TestimonyNlp.Tests.Support;
using TestimonyNlp.Training.Corpus;

namespace TestimonyNlp.Tests.Entities.Lexicons;

public sealed class ActorLexiconTests
{
    private const string Header = "# format: testimony-actors 2\n";

    private static ActorLexicon Parse(string text) => ActorLexicon.Load(new StringReader(text), "actors.tsv");

    private static string LoadError(string text) => Assert.Throws<ModelFormatException>(() => Parse(text)).Message;

    private static IEnumerable<string> MarkupCanonicals()
    {
        var markup = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "corpus", CanonicalActors.FileName));
        return CanonicalActors.Parse(markup, out _)!.Names;
    }

    [Fact]
    public void Canonicals_CommittedFile_SameAsMarkupTable()
    {
        Assert.Equal(MarkupCanonicals().Order(StringComparer.Ordinal), LexiconFiles.Actors.Canonicals.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Daesh", null, "Islamic State", ActorResolutionKind.Unambiguous)]
    [InlineData("ISIS", "IQ", "Islamic State", ActorResolutionKind.Unambiguous)]
    [InlineData("Daesh", "AF", "Islamic State", ActorResolutionKind.Unambiguous)]
    [InlineData("ISKP", "AF", "Islamic State Khorasan Province", ActorResolutionKind.Unambiguous)]
    [InlineData("the State", "IQ", "Islamic State", ActorResolutionKind.Country)]
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
    [InlineData("the army", "NG", "Nigerian armed forces", ActorResolutionKind.Country)]
    [InlineData("the army", "CD", "FARDC", ActorResolutionKind.Country)]
    [InlineData("the army", "LY", "Libyan National Army", ActorResolutionKind.Country)]
    [InlineData("the enemy", "AZ", "Armenian forces", ActorResolutionKind.Country)]
    [InlineData("the enemy", "AM", "Azerbaijani forces", ActorResolutionKind.Country)]
    [InlineData("the enemy", "LB", "Israeli forces", ActorResolutionKind.Country)]
    [InlineData("al-Shabaab", "MZ", "Ahlu Sunna Wal Jama'a", ActorResolutionKind.Country)]
    [InlineData("al-Shabaab", "SO", "al-Shabaab", ActorResolutionKind.Default)]
    [InlineData("Hashd", null, "Popular Mobilization Forces", ActorResolutionKind.Unambiguous)]
    [InlineData("Giants Brigades", "YE", "Yemeni government forces", ActorResolutionKind.Unambiguous)]
    [InlineData("FSA", null, "Syrian armed opposition", ActorResolutionKind.Unambiguous)]
    [InlineData("TNLA", null, "Ta'ang National Liberation Army", ActorResolutionKind.Unambiguous)]
    [InlineData("Shekau's people", null, "Boko Haram", ActorResolutionKind.Unambiguous)]
    [InlineData("yan gora", null, "Civilian JTF", ActorResolutionKind.Unambiguous)]
    [InlineData("ISWAP", null, "ISWAP", ActorResolutionKind.Unambiguous)]
    [InlineData("Haftar", null, "Libyan National Army", ActorResolutionKind.Unambiguous)]
    [InlineData("Frente 33", null, "FARC dissidents", ActorResolutionKind.Unambiguous)]
    [InlineData("the 33", "CO", "FARC dissidents", ActorResolutionKind.Country)]
    [InlineData("Faylaq al-Rahman", null, "Syrian armed opposition", ActorResolutionKind.Unambiguous)]
    [InlineData("al-Bunyan al-Marsous", null, "Government of National Accord forces", ActorResolutionKind.Unambiguous)]
    [InlineData("Military Security", "SY", "Syrian government forces", ActorResolutionKind.Country)]
    public void TryResolve_CommittedFile_CanonicalByCountry(string alias, string? country, string canonical, ActorResolutionKind kind)
    {
        Assert.True(LexiconFiles.Actors.TryResolve(alias, country, out var resolution));
        Assert.Equal(new ActorResolution(canonical, kind), resolution);
    }

    [Theory]
    [InlineData("is", null)]
    [InlineData("ana", null)]
    [InlineData("the soldiers", "SY")]
    [InlineData("the army", "TR")]
    [InlineData("the junta", "CO")]
    [InlineData("the State", "NG")]
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

    [Theory]
    [InlineData("the Hashd")]
    [InlineData("the Taliban")]
    [InlineData("the RSF")]
    [InlineData("Daesh fighters")]
    [InlineData("the Russian planes")]
    [InlineData("Russian planes")]
    [InlineData("the Turkish drones")]
    public void TryResolve_ArticleOrNounOutsideTheConvention_NotAnAlias(string surface)
    {
        Assert.False(LexiconFiles.Actors.Phrases.TryMatchWhole(surface, out _));
    }

    [Fact]
    public void Phrases_NationalityAdjective_Attributive()
    {
        Assert.True(LexiconFiles.Actors.Phrases.TryMatchWhole("Russian", out var russian));
        Assert.True(russian.IsAttributive);
        Assert.True(LexiconFiles.Actors.Phrases.TryMatchWhole("the Russians", out var russians));
        Assert.False(russians.IsAttributive);
    }

    [Fact]
    public void Load_AttributiveMarker_AttributiveAlias()
    {
        var lexicon = Parse(Header + "Alpha\t*\t+alphan|alpha|+=AL\n");

        Assert.Equal(3, lexicon.AliasCount);
        Assert.True(lexicon.Phrases.TryMatchWhole("Alphan", out var adjective));
        Assert.True(adjective.IsAttributive);
        Assert.True(lexicon.Phrases.TryMatchWhole("AL", out var acronym));
        Assert.True(acronym.IsAttributive);
        Assert.False(lexicon.Phrases.TryMatchWhole("al", out _));
        Assert.True(lexicon.Phrases.TryMatchWhole("alpha", out var name));
        Assert.False(name.IsAttributive);
    }

    [Fact]
    public void Load_AttributiveInOneRowOnly_Refused()
    {
        Assert.Equal(
            "actors.tsv, line 3: alias 'alphan' is attributive ('+') on line 2 but not on line 3",
            LoadError(Header + "Alpha\tSY\t+alphan\nBeta\tIQ\talphan\n"));
    }

    [Fact]
    public void IsCommonNoun_CountryRowsOnly_True()
    {
        var lexicon = Parse(Header + "Alpha\tSY\tthe army\nBeta\tIQ\tthe army\nGamma\t*\tgamma\nGamma\tYE\tthe gammas\nDelta\tSD\tgamma\n");

        Assert.True(lexicon.Phrases.TryMatchWhole("the army", out var army));
        Assert.True(army.IsCommonNoun);
        Assert.True(lexicon.Phrases.TryMatchWhole("gamma", out var gamma));
        Assert.False(gamma.IsCommonNoun);
    }

    [Fact]
    public void Load_WrongVersion_Refused()
    {
        Assert.Equal(
            "actors.tsv, line 1: format version 1 is not supported; this build reads '# format: testimony-actors 2'",
            LoadError("# format: testimony-actors 1\nDaesh\t*\tdaesh\n"));
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
