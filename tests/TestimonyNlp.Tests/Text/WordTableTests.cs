using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TestimonyNlp.Text;

namespace TestimonyNlp.Tests.Text;

public sealed class WordTableTests
{
    private static readonly string[] Seeing = ["saw", "seen", "watched"];
    private static readonly string[] Telling = ["told", "said", "saw"];
    private static readonly string[] Persons = ["i", "we", "didn't"];

    private static readonly WordTable Table = new(Seeing, Telling, Persons);

    [Theory]
    [InlineData("seen", 1)]
    [InlineData("said", 2)]
    [InlineData("saw", 3)]
    [InlineData("didn't", 4)]
    public void Of_WordOfTheLists_BitsOfTheListsHoldingIt(string word, int expected)
    {
        Assert.Equal(expected, Table.Of(word));
    }

    [Theory]
    [InlineData("SAW")]
    [InlineData("Watched")]
    [InlineData("I")]
    public void Of_OtherCase_SameBits(string word)
    {
        Assert.Equal(Table.Of(word.ToLowerInvariant()), Table.Of(word));
    }

    [Theory]
    [InlineData("")]
    [InlineData("sa")]
    [InlineData("sawn")]
    [InlineData("watchedwatched")]
    [InlineData("didn\u2019t")]
    public void Of_WordOfNoList_Zero(string word)
    {
        Assert.Equal(0, Table.Of(word));
    }

    [Fact]
    public void Ctor_ListWordOutsideAscii_Throws()
    {
        Assert.Throws<ArgumentException>(() => new WordTable(["caf\u00E9"]));
    }

    // Letters of other scripts that case-map into ASCII (the dotless i, the Kelvin sign, the long s) and the rest of
    // UTF-16, around the list words.
    private static readonly string[] Pieces =
        ["saw", "seen", "told", "i", "we", "didn't", "S", "A", "W", "I", "\u0131", "\u0130", "\u212A", "\u017F", "'", "\u2019", "e"];

    private static Gen<string> WordLike() =>
        Gen.ListOf(Gen.OneOf(Gen.Elements(Pieces), Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString())))
            .Select(parts => string.Concat(parts.Take(3)));

    [Property(MaxTest = 2000)]
    public Property Of_AnyWord_BitsOfTheListsWordListContainsItIn() =>
        Prop.ForAll(WordLike().ToArbitrary(), word =>
        {
            var expected = (WordList.Contains(word, Seeing) ? 1 : 0)
                | (WordList.Contains(word, Telling) ? 2 : 0)
                | (WordList.Contains(word, Persons) ? 4 : 0);
            Assert.Equal(expected, Table.Of(word));
        });
}
