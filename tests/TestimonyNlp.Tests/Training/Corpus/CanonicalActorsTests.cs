using TestimonyNlp.Tests.Support;
using TestimonyNlp.Training.Corpus;

namespace TestimonyNlp.Tests.Training.Corpus;

public sealed class CanonicalActorsTests
{
    [Fact]
    public void Parse_TableUnderHeading_FirstColumnWithoutHeaderOrNextSection()
    {
        var actors = CanonicalActors.Parse(CorpusTestFolder.Markup, out var error);

        Assert.Null(error);
        Assert.Equal(["Islamic State", "Syrian government forces", "Russian forces"], actors!.Names.ToArray());
        Assert.True(actors.Contains("Islamic State"));
        Assert.False(actors.Contains("islamic state"));
        Assert.False(actors.Contains("Not an actor"));
        Assert.False(actors.Contains(null));
    }

    [Fact]
    public void Parse_NoHeading_Error()
    {
        Assert.Null(CanonicalActors.Parse("# Markup\n| a | b |\n", out var error));
        Assert.Equal("MARKUP.md: no '## Canonical actors' section", error!.ToString());
    }

    [Fact]
    public void Parse_HeadingWithoutRows_Error()
    {
        Assert.Null(CanonicalActors.Parse("x\n## Canonical actors\n\n| canonical | examples |\n| --- | --- |\n", out var error));
        Assert.Equal("MARKUP.md:2: the canonical actor table is empty", error!.ToString());
    }

    [Fact]
    public void Parse_CrlfFile_SameNames()
    {
        var actors = CanonicalActors.Parse(CorpusTestFolder.Markup.Replace("\n", "\r\n", StringComparison.Ordinal), out _);

        Assert.Equal(["Islamic State", "Syrian government forces", "Russian forces"], actors!.Names.ToArray());
    }

    [Fact]
    public void Load_RepositoryMarkup_EveryCanonicalActorOfTheTable()
    {
        var actors = CanonicalActors.Load(Path.Combine(TestPaths.RepositoryRoot, "corpus"), out var error);

        Assert.Null(error);
        Assert.Equal("Islamic State", actors!.Names[0]);
        Assert.True(actors.Contains("US forces"));
        Assert.True(actors.Contains("Saudi-led coalition"));
        Assert.True(actors.Contains("Russian armed forces in Ukraine"));
        Assert.False(actors.Contains("canonical"));
        Assert.Equal(actors.Names.Length, actors.Names.Distinct(StringComparer.Ordinal).Count());
    }
}
