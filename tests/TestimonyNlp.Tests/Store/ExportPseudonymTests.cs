using TestimonyNlp.Store;

namespace TestimonyNlp.Tests.Store;

/// <summary><see cref="Pseudonymiser"/> and <see cref="PseudonymNames"/> under a fixed key (bytes 0..31); the
/// expected pseudonyms are HMAC-SHA256 values computed outside the project.</summary>
public sealed class ExportPseudonymTests
{
    private static readonly Pseudonymiser Fixed = new(Enumerable.Range(0, 32).Select(i => (byte)i).ToArray());

    [Theory]
    [InlineData("Hussein Darwish", "Person-94D8AA768A")]
    [InlineData("HUSSEIN  DARWISH ", "Person-94D8AA768A")]
    [InlineData("Hüssein Darwísh", "Person-94D8AA768A")]
    [InlineData("Umm Khalid", "Person-BADF7C458D")]
    public void For_Name_GivesHmacOfFoldedName(string name, string expected) =>
        Assert.Equal(expected, Fixed.For(name));

    [Theory]
    [InlineData("Şükrü\tÖZ", "sukru oz")]
    [InlineData("Abu-Yasser", "abu yasser")]
    [InlineData("  Abu   Yasser ", "abu yasser")]
    [InlineData("", "")]
    public void Fold_Name_LowersDropsMarksAndUnifiesSeparators(string name, string expected) =>
        Assert.Equal(expected, Pseudonymiser.Fold(name));

    [Fact]
    public void Constructor_ShortKey_Throws() =>
        Assert.Throws<ArgumentException>(() => new Pseudonymiser(new byte[15]));

    [Fact]
    public void Replace_Quote_ReplacesWholeNamesRegardlessOfCaseLongestFirst()
    {
        var names = PseudonymNames.Collect([("Hussein Darwish", null), ("Umm Khalid", null)], Fixed);

        Assert.Equal(
            "Person-94D8AA768A and Person-BADF7C458D died; Umm Khalidi and Husseinia did not.",
            names.Replace("hussein darwish and Umm Khalid died; Umm Khalidi and Husseinia did not."));
    }

    [Fact]
    public void Replace_SurfaceWithNormalisedName_UsesThePseudonymOfTheNormalisedName()
    {
        var names = PseudonymNames.Collect([("Abu Hussein", "Hussein Darwish")], Fixed);

        Assert.Equal("Person-94D8AA768A came. Person-94D8AA768A left.", names.Replace("Abu Hussein came. Hussein Darwish left."));
    }

    [Fact]
    public void Replace_NoNames_KeepsTextAndNull()
    {
        var names = PseudonymNames.Collect([], Fixed);

        Assert.Equal("Hussein Darwish", names.Replace("Hussein Darwish"));
        Assert.Null(names.Replace(null));
    }
}
