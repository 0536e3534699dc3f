using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Entities.Lexicons.LexiconTestHelper;

namespace TestimonyNlp.Tests.Entities.Lexicons;

/// <summary>Invariants of the lexicon stage for any text: lexicon words glued together at random with punctuation,
/// hyphens, apostrophes and raw UTF-16.</summary>
public sealed class LexiconPropertyTests
{
    private static readonly string[] Pieces =
    [
        "mine", "mines", "the", "planes", "a", "barrel", "of", "strike", "shell", "mortar", "air", "-", "strike", "IS", "is",
        "Daesh", "the army", "coalition", "Aleppo", "Sanaa", "Kharkiv", "stepped", "fell", "bombed", "landed", "drone", "'s",
        "’", "'", ".", ",", "?", " ", " ", " ", "\n", "\u00AD", "\u200D", "\u0301", "Ş", "ı", "ḥ", "[inaudible]", "12", "F-16",
        "Abu", "Yasser", "\uD800", "😢", "حلب", "Харків", "al-", "Hashd", "‑", "were", "bombing", "did", "not", "to",
    ];

    private static Gen<string> TestimonyLikeText() =>
        Gen.ListOf(Gen.OneOf(Gen.Elements(Pieces), Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString())))
            .Select(parts => string.Concat(parts));

    [Property(MaxTest = 1000)]
    public Property Process_AnyText_MentionsOrderedDisjointAndSliced() =>
        Prop.ForAll(TestimonyLikeText().ToArbitrary(), content =>
        {
            var document = Run(content);
            var previousEnd = 0;
            foreach (var mention in document.Entities)
            {
                Assert.True(mention.Start >= previousEnd);
                Assert.True(mention.End > mention.Start);
                Assert.Equal(content[mention.Start..mention.End], mention.Text);
                Assert.Equal("", mention.Id);
                Assert.True(mention.Type is EntityType.Weapon or EntityType.Actor);
                Assert.Equal(mention.Type == EntityType.Weapon, mention.Category is not null);
                Assert.InRange(mention.Confidence, 0.0, 1.0);
                previousEnd = mention.End;
            }
        });

    [Fact]
    public void Process_RandomUtf16Seeded_NeverThrows()
    {
        var random = new Random(20170909);
        for (var round = 0; round < 2000; round++)
        {
            var chars = new char[random.Next(0, 120)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = (char)random.Next(0, 0x10000);
            }

            var document = Run(new string(chars));

            Assert.All(document.Entities, e => Assert.Equal(document.Text[e.Start..e.End], e.Text));
        }
    }

    [Fact]
    public void Process_LongRunWithoutSentenceEnds_Completes()
    {
        // One sentence of 30,000 tokens: every rule looks at a bounded window, so this stays linear. "mine" has
        // no article or mine word and "barrel" no bomb word (and no country): neither is a weapon.
        var content = string.Concat(Enumerable.Repeat("mine strike the planes barrel shell ", 5000));

        var document = Run(content);

        Assert.Equal(
            [(WeaponCategory.Airstrike, 10000), (WeaponCategory.Artillery, 5000)],
            document.Entities.GroupBy(e => e.Category!.Value).Select(g => (g.Key, g.Count())).OrderBy(g => g.Key));
    }
}
