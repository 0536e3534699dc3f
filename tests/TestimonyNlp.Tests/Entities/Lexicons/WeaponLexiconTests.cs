using TestimonyNlp.Entities;
using TestimonyNlp.Entities.Lexicons;
using TestimonyNlp.Model;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Entities.Lexicons;

public sealed class WeaponLexiconTests
{
    private const string Header = "# format: testimony-weapons 1\n";

    private static WeaponLexicon Parse(string text) => WeaponLexicon.Load(new StringReader(text), "weapons.tsv");

    private static string LoadError(string text) => Assert.Throws<ModelFormatException>(() => Parse(text)).Message;

    [Theory]
    [InlineData("airstrikes", WeaponCategory.Airstrike, "air strike", WeaponRule.None)]
    [InlineData("Air-Strike", WeaponCategory.Airstrike, "air strike", WeaponRule.None)]
    [InlineData("the planes", WeaponCategory.Airstrike, "aircraft", WeaponRule.Attacker)]
    [InlineData("zanana", WeaponCategory.DroneStrike, "zanana", WeaponRule.Vehicle)]
    [InlineData("the Antonov", WeaponCategory.Airstrike, "antonov", WeaponRule.None)]
    [InlineData("tear gas", WeaponCategory.Chemical, "tear gas", WeaponRule.None)]
    [InlineData("poison bombs", WeaponCategory.Chemical, "chemical weapon", WeaponRule.None)]
    [InlineData("bombardment", WeaponCategory.ExplosiveUnspecified, "bombing", WeaponRule.None)]
    [InlineData("cylinders", WeaponCategory.Mortar, "gas cylinder mortar", WeaponRule.Launched)]
    [InlineData("barrel bombs", WeaponCategory.BarrelBomb, "barrel bomb", WeaponRule.None)]
    [InlineData("barrels", WeaponCategory.BarrelBomb, "barrel bomb", WeaponRule.Barrel)]
    [InlineData("artillery", WeaponCategory.Artillery, "artillery", WeaponRule.None)]
    [InlineData("shells", WeaponCategory.Artillery, "artillery shell", WeaponRule.Generic)]
    [InlineData("hawn", WeaponCategory.Mortar, "mortar", WeaponRule.None)]
    [InlineData("mortar rounds", WeaponCategory.Mortar, "mortar", WeaponRule.None)]
    [InlineData("grad rockets", WeaponCategory.Rocket, "grad rocket", WeaponRule.None)]
    [InlineData("katyusha", WeaponCategory.Rocket, "katyusha", WeaponRule.None)]
    [InlineData("ballistic missile", WeaponCategory.Missile, "ballistic missile", WeaponRule.None)]
    [InlineData("bomblets", WeaponCategory.ClusterMunition, "cluster munition", WeaponRule.None)]
    [InlineData("quiebrapatas", WeaponCategory.Landmine, "landmine", WeaponRule.None)]
    [InlineData("mine", WeaponCategory.Landmine, "landmine", WeaponRule.Mine)]
    [InlineData("mines", WeaponCategory.Landmine, "landmine", WeaponRule.MinePlural)]
    [InlineData("svbied", WeaponCategory.Ied, "car bomb", WeaponRule.None)]
    [InlineData("roadside bomb", WeaponCategory.Ied, "ied", WeaponRule.None)]
    [InlineData("sarin", WeaponCategory.Chemical, "sarin", WeaponRule.None)]
    [InlineData("white phosphorus", WeaponCategory.Incendiary, "white phosphorus", WeaponRule.None)]
    [InlineData("kalashnikovs", WeaponCategory.SmallArms, "rifle", WeaponRule.None)]
    [InlineData("gunfire", WeaponCategory.SmallArms, "gunfire", WeaponRule.None)]
    [InlineData("strike", WeaponCategory.ExplosiveUnspecified, "strike", WeaponRule.Vague)]
    [InlineData("hand grenade", WeaponCategory.ExplosiveUnspecified, "grenade", WeaponRule.None)]
    public void TryGet_CommittedFile_CategoryCanonicalAndRule(string surface, WeaponCategory category, string canonical, WeaponRule rule)
    {
        Assert.True(LexiconFiles.Weapons.TryGet(surface, out var entry));
        Assert.Equal(new WeaponEntry(category, canonical, rule), entry);
    }

    [Theory]
    [InlineData("explosion")]
    [InlineData("shrapnel")]
    [InlineData("rubble")]
    [InlineData("the grad")]
    public void TryGet_EffectsAndArticleForms_NotInFile(string surface)
    {
        Assert.False(LexiconFiles.Weapons.TryGet(surface, out _));
    }

    [Theory]
    [InlineData("gas", WeaponCategory.Chemical, "chemical weapon", WeaponRule.None)]
    [InlineData("bullet", WeaponCategory.SmallArms, "gunfire", WeaponRule.None)]
    [InlineData("explosives", WeaponCategory.ExplosiveUnspecified, "explosive", WeaponRule.Vague)]
    public void TryGet_TaggedForms_TaggedOnlyEntry(string surface, WeaponCategory category, string canonical, WeaponRule rule)
    {
        Assert.True(LexiconFiles.Weapons.TryGet(surface, out var entry));
        Assert.Equal(new WeaponEntry(category, canonical, rule) { TaggedOnly = true }, entry);
    }

    [Fact]
    public void Load_TaggedRules_TaggedOnlyWithBaseRule()
    {
        var lexicon = Parse(Header + "gas\tCHEMICAL\tchemical weapon\ttagged\nexplosives\tEXPLOSIVE_UNSPECIFIED\texplosive\ttagged-vague\n");

        Assert.True(lexicon.TryGet("gas", out var gas));
        Assert.True(lexicon.TryGet("explosives", out var explosives));
        Assert.Equal(
            (new WeaponEntry(WeaponCategory.Chemical, "chemical weapon", WeaponRule.None) { TaggedOnly = true },
             new WeaponEntry(WeaponCategory.ExplosiveUnspecified, "explosive", WeaponRule.Vague) { TaggedOnly = true }),
            (gas, explosives));
    }

    [Fact]
    public void Load_TaggedWithUnknownRule_Refused()
    {
        Assert.StartsWith(
            "weapons.tsv, line 2: unknown rule 'tagged-maybe'",
            LoadError(Header + "gas\tCHEMICAL\tchemical weapon\ttagged-maybe\n"));
    }

    [Fact]
    public void Load_CrlfAndByteOrderMark_Read()
    {
        var lexicon = Parse("\uFEFF# format: testimony-weapons 1\r\n# comment\r\n\r\nmortar\tMORTAR\tmortar\t-\r\n");

        Assert.Equal(1, lexicon.Count);
        Assert.True(lexicon.TryGet("Mortar", out var entry));
        Assert.Equal(new WeaponEntry(WeaponCategory.Mortar, "mortar", WeaponRule.None), entry);
    }

    [Fact]
    public void Load_WrongVersion_Refused()
    {
        Assert.Equal(
            "weapons.tsv, line 1: format version 2 is not supported; this build reads '# format: testimony-weapons 1'",
            LoadError("# format: testimony-weapons 2\nmortar\tMORTAR\tmortar\t-\n"));
    }

    [Fact]
    public void Load_OtherFormatName_Refused()
    {
        Assert.Equal(
            "weapons.tsv, line 2: this is a testimony-actors file; expected '# format: testimony-weapons 1'",
            LoadError("# lexicon\n# format: testimony-actors 1\n"));
    }

    [Fact]
    public void Load_MalformedFormatLine_Refused()
    {
        Assert.Equal(
            "weapons.tsv, line 1: malformed format line; expected '# format: testimony-weapons 1'",
            LoadError("# format: testimony-weapons one\n"));
    }

    [Fact]
    public void Load_EntryBeforeFormatLine_Refused()
    {
        Assert.Equal(
            "weapons.tsv, line 1: an entry comes before the format line; expected '# format: testimony-weapons 1' first",
            LoadError("mortar\tMORTAR\tmortar\t-\n" + Header));
    }

    [Fact]
    public void Load_EmptyFile_Refused()
    {
        Assert.Equal("weapons.tsv, line 1: no format line; expected '# format: testimony-weapons 1'", LoadError(""));
    }

    [Fact]
    public void Load_MissingColumn_RefusedWithLineNumber()
    {
        Assert.Equal(
            "weapons.tsv, line 3: expected 4 tab-separated columns, found 3",
            LoadError(Header + "mortar\tMORTAR\tmortar\t-\nrocket\tROCKET\trocket\n"));
    }

    [Fact]
    public void Load_EmptyColumn_Refused()
    {
        Assert.Equal("weapons.tsv, line 2: column 3 is empty", LoadError(Header + "mortar\tMORTAR\t \t-\n"));
    }

    [Fact]
    public void Load_UnknownCategory_Refused()
    {
        Assert.Equal("weapons.tsv, line 2: unknown weapon category 'NAPALM'", LoadError(Header + "napalm\tNAPALM\tnapalm\t-\n"));
    }

    [Fact]
    public void Load_UpperCaseSurface_Refused()
    {
        Assert.Equal("weapons.tsv, line 2: surface 'Grad' is not lower case", LoadError(Header + "Grad\tROCKET\tgrad\t-\n"));
    }

    [Fact]
    public void Load_UnknownRule_Refused()
    {
        Assert.Equal(
            "weapons.tsv, line 2: unknown rule 'maybe'; expected -, attacker, mine, mine-plural, barrel, vague, generic, vehicle or launched, alone or after 'tagged-', or tagged",
            LoadError(Header + "mine\tLANDMINE\tlandmine\tmaybe\n"));
    }

    [Fact]
    public void Load_SurfaceWithPunctuation_Refused()
    {
        Assert.Equal(
            "weapons.tsv, line 2: surface 'car, bomb' has punctuation, symbols or too many parts and can never match",
            LoadError(Header + "car, bomb\tIED\tcar bomb\t-\n"));
    }

    [Fact]
    public void Load_SamePhraseTwoMeanings_RefusedNamingFirstLine()
    {
        Assert.Equal(
            "weapons.tsv, line 4: surface 'mortar' is the same phrase as a form on line 2 with another category, canonical form or rule",
            LoadError(Header + "mortar\tMORTAR\tmortar\t-\nmortars\tMORTAR\tmortar\t-\nmortar\tARTILLERY\tartillery\t-\n"));
    }

    [Fact]
    public void Load_SamePhraseSameMeaning_Accepted()
    {
        var lexicon = Parse(Header + "air strike\tAIRSTRIKE\tair strike\t-\nair  strike\tAIRSTRIKE\tair strike\t-\n");

        Assert.Equal(1, lexicon.Count);
    }

    [Fact]
    public void Load_PathWithWrongVersion_ExceptionNamesFileAndLine()
    {
        using var folder = new TempDirectory();
        var path = folder.Write("weapons.tsv", "# format: testimony-weapons 3\n");

        var exception = Assert.Throws<ModelFormatException>(() => WeaponLexicon.Load(path));

        Assert.Equal(path, exception.File);
        Assert.Equal(1, exception.Line);
        Assert.Equal("format version 3 is not supported; this build reads '# format: testimony-weapons 1'", exception.Problem);
    }
}
