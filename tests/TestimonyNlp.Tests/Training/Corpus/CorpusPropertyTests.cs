using System.Text;
using FsCheck.Xunit;
using TestimonyNlp.Training.Corpus;

namespace TestimonyNlp.Tests.Training.Corpus;

/// <summary>
/// The corpus tools must survive any input: random bytes and token soups made of the markup's own syntax give
/// errors or a result, never an exception, and every result's offsets point at its marks' text in the content the
/// reader decodes. Soups are seeded, so a failure repeats.
/// </summary>
public sealed class CorpusPropertyTests
{
    private const int SoupCasesPerFormat = 150;

    private static readonly CanonicalActors Actors = CanonicalActors.Parse(CorpusTestFolder.Markup, out _)!;
    private static readonly MarkupParser Parser = new(Actors);

    // Well-formed pieces: most soups made of them build.
    private static readonly string[] GoodTokens =
    [
        "[[Homs|PLACE]]", "[[Rami|PERSON]]", "[[mortar|WEAPON:MORTAR]]", "[[the regime|ACTOR:Syrian government forces]]",
        "[[May|DATE:2016-05-01..2016-05-31]]", "[[that night|DATE]]", "{{c1|One died.}}", "{{c1|[[Rami|PERSON]] was hurt in [[Homs|PLACE]].}}",
        "Q: ", "A: ", "WITNESS: ", "<i>", "</i>", "<v Rami>", "&amp;", "word", "Rami", "Homs", ".", ",", " ", " ", "\t", "\n",
        "\u0644\u064A\u0644\u0649", "\uD83D\uDE00", "\u00A0",
    ];

    // Pieces of the syntax used wrongly, and characters that are not allowed.
    private static readonly string[] BadTokens =
    [
        "[[", "]]", "{{", "}}", "|", "{{c2|", "[[x|WEAPON]]", "DATE:2016-02-30", "@@", "@@claim c9", "@@encoding utf-16le",
        "\n\n", "\r", "\uFEFF", "\uD800", "\0", "\u0007", "\uFFFF", "00:00:01,000 --> 00:00:02,000", "WEBVTT", "NOTE", "\"",
    ];

    private static readonly string[] Formats = ["txt", "srt", "vtt", "docx", "jsonl"];

    [Property(MaxTest = 300)]
    public void Parse_RandomBytes_ErrorsOrSource(byte[] bytes)
    {
        var result = Parser.Parse("marked/sy-homs-001.txt.mk", bytes);

        Assert.True(result.Success ? result.Errors.IsEmpty : !result.Errors.IsEmpty);
    }

    [Property(MaxTest = 200)]
    public void GoldJsonParse_RandomText_NoException(string line)
    {
        var problems = new List<string>();

        var gold = GoldJson.Parse(line ?? string.Empty, problems);

        Assert.True(gold is null ? problems.Count > 0 : problems.Count == 0);
    }

    [Property(MaxTest = 200)]
    public void SplitAndActorParsers_RandomText_NoException(string text)
    {
        SplitTable.Parse(text ?? string.Empty, []);
        CanonicalActors.Parse(text ?? string.Empty, out _);
    }

    [Fact]
    public void CompileSource_MarkupSoups_ErrorsOrOffsetsIntoTheContent()
    {
        var builder = new CorpusBuilder();
        var random = new Random(20240611);
        var compiled = 0;
        foreach (var format in Formats)
        {
            for (var k = 0; k < SoupCasesPerFormat; k++)
            {
                var soup = new StringBuilder(format switch
                {
                    "srt" => "1\n00:00:01,000 --> 00:00:02,000\n",
                    "vtt" => "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n",
                    "jsonl" => "id: SY-1\nplace: Homs\n\n",
                    _ => string.Empty,
                });
                var count = random.Next(1, 40);
                for (var t = 0; t < count; t++)
                {
                    var tokens = random.Next(10) == 0 ? BadTokens : GoodTokens;
                    soup.Append(tokens[random.Next(tokens.Length)]);
                }

                if (soup.ToString().Contains("{{c1|", StringComparison.Ordinal))
                {
                    soup.Append("\n@@claim c1 harm=KILLED min=1 max=null basis=WITNESSED incident=sy-homs-20160101-a");
                }

                soup.Append("\n@@witness sy-homs-w\n");

                var errors = new List<CorpusError>();
                var result = builder.CompileSource(
                    Parser,
                    Actors,
                    $"marked/sy-homs-001.{format}.mk",
                    Encoding.UTF8.GetBytes(soup.ToString()),
                    errors);
                if (result is null)
                {
                    Assert.NotEmpty(errors);
                    continue;
                }

                compiled++;
                Assert.Empty(errors);
                foreach (var entity in result.Gold.Entities)
                {
                    Assert.Equal(entity.Text, result.Testimony.Content[entity.Start..entity.End]);
                }
            }
        }

        // Some soups must get through, or the check above tests nothing.
        Assert.InRange(compiled, 100, Formats.Length * SoupCasesPerFormat);
    }
}
