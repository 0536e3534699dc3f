using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Tests.Text;

/// <summary>Invariants that must hold for any text: on generated testimony-like fragments and on raw UTF-16.</summary>
public sealed class TextPropertyTests
{
    // Fragments that exercise every tokenizer rule, glued together at random with no spaces in between as often
    // as with them, so that rules collide.
    private static readonly string[] Pieces =
    [
        "Sa'ad", "al-", "Nu'man", "'s", "’s", "'", "’", "‘", "-", "--", "—", "–", ".", "...", "…", "?", "!", "?!",
        "U.S.", "e.g", "Dr", "No", "St", "a", "A", "12", "1", ",", "000", "1.5", "4/11/2016", "/", ":", "30", "pm",
        "am", "10:30", "2019-04-02", "14.10.", "[", "]", "[inaudible]", "inaudible", "\"", "“", "”", "(", ")",
        " ", " ", " ", "\n", "\r\n", "\n\n", "\t", "\u00A0", "\u200B", "\u200D", "\u200C", "\u00AD", "\uFEFF", "\u0301",
        "\uFE0F", "😢", "🏽", "🇸", "👍", "\uD800", "\uDC00", "𝐀", "حلب", "مَ", "Харків", "١٢", "$", "%", "W-042", "F",
        "Then", "We", "the", "We ran.", "He said", "\u2029", "\u2028", "\u0085", "\r",
    ];

    private static Gen<string> TestimonyLikeText() =>
        Gen.ListOf(Gen.OneOf(Gen.Elements(Pieces), Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString())))
            .Select(parts => string.Concat(parts));

    [Property(MaxTest = 1000)]
    public Property Tokenize_GeneratedText_TokensOrderedInRangeAndCoverAllButWhitespace() =>
        Prop.ForAll(TestimonyLikeText().ToArbitrary(), text =>
        {
            var tokens = new List<Token>();
            new Tokenizer().Tokenize(text, 0, text.Length, tokens);
            AssertTokenInvariants(text, 0, text.Length, tokens);
        });

    [Property(MaxTest = 500)]
    public Property Tokenize_GeneratedTextSubRange_StringAndSpanAgreeWithinRange() =>
        Prop.ForAll(
            TestimonyLikeText()
                .SelectMany(text => Gen.Two(Gen.Choose(0, text.Length)), (text, bounds) => (text, bounds.Item1, bounds.Item2))
                .ToArbitrary(),
            input =>
            {
                var (text, a, b) = input;
                var (start, end) = (Math.Min(a, b), Math.Max(a, b));
                var fromString = new List<Token>();
                var fromSpan = new List<Token>();
                new Tokenizer().Tokenize(text, start, end, fromString);
                new Tokenizer().Tokenize(text.AsSpan(start, end - start), start, fromSpan);
                AssertTokenInvariants(text, start, end, fromString);
                Assert.Equal(fromString, fromSpan);
            });

    [Property(MaxTest = 1000)]
    public Property Split_GeneratedText_SentencesPartitionTokens() =>
        Prop.ForAll(TestimonyLikeText().ToArbitrary(), text =>
        {
            var tokens = new List<Token>();
            new Tokenizer().Tokenize(text, 0, text.Length, tokens);
            var sentences = new List<Sentence>();
            new SentenceSplitter().Split(text, tokens, 0, tokens.Count, 0, sentences);
            AssertSentenceInvariants(tokens, 0, tokens.Count, sentences);
        });

    [Fact]
    public void Tokenize_RandomUtf16Seeded_InvariantsHold()
    {
        var random = new Random(20240611);
        for (var round = 0; round < 3000; round++)
        {
            var text = RandomUtf16(random, random.Next(0, 80));
            var tokens = new List<Token>();
            new Tokenizer().Tokenize(text, 0, text.Length, tokens);
            AssertTokenInvariants(text, 0, text.Length, tokens);

            var sentences = new List<Sentence>();
            new SentenceSplitter().Split(text, tokens, 0, tokens.Count, 0, sentences);
            AssertSentenceInvariants(tokens, 0, tokens.Count, sentences);
        }
    }

    [Fact]
    public void Process_RandomSegmentsSeeded_TokensInTextOrderAndSentencesWithinTurns()
    {
        var random = new Random(7);
        var stage = new TextStage();
        for (var round = 0; round < 500; round++)
        {
            var text = RandomUtf16(random, random.Next(0, 120));
            var segments = ImmutableArray.CreateBuilder<Segment>();
            var turn = 0;
            for (var k = random.Next(0, 6); k > 0; k--)
            {
                var a = random.Next(-5, text.Length + 5);
                var b = random.Next(-5, text.Length + 5);
                turn += random.Next(0, 2);
                segments.Add(new Segment(Math.Min(a, b), Math.Max(a, b), SpeakerRole.Witness, null, turn));
            }

            var document = new Document(new Testimony
            {
                Source = "random.txt",
                TestimonyId = "random",
                Content = text,
                ContentSha256 = "",
                Format = "text",
                Segments = segments.ToImmutable(),
            });

            stage.Process(document, CancellationToken.None);

            // Random segment bounds may cut pairs and leave text out, so only order, bounds and whitespace apply.
            AssertTokenInvariants(text, 0, text.Length, document.Tokens, wholeRange: false);
            AssertSentenceInvariants(document.Tokens, 0, document.Tokens.Count, document.Sentences);
            foreach (var sentence in document.Sentences)
            {
                Assert.InRange(sentence.Segment, 0, segments.Count - 1);
            }
        }
    }

    /// <summary>Mostly printable text with a heavy share of the characters tokenizers trip on.</summary>
    private static string RandomUtf16(Random random, int length)
    {
        ReadOnlySpan<char> tricky = ['\uD83D', '\uDE22', '\uD800', '\uDFFF', '\'', '’', '-', '.', '[', ']', ' ', '\n', '\r', '"', '…', '?', '!', ':', '/', ',', '1', 'a', 'A', '\u200D', '\u0301', '\uFE0F'];
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = random.Next(3) switch
            {
                0 => tricky[random.Next(tricky.Length)],
                1 => (char)random.Next(0x20, 0x7F),
                _ => (char)random.Next(0, 0x10000),
            };
        }

        return new string(chars);
    }

    private static bool IsSeparator(char c) =>
        char.IsWhiteSpace(c)
        || c is '\u200B' or '\u200E' or '\u200F' or '\u2060' or '\uFEFF' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    private static void AssertTokenInvariants(string text, int start, int end, List<Token> tokens, bool wholeRange = true)
    {
        var covered = new bool[text.Length];
        var previousEnd = start;
        for (var k = 0; k < tokens.Count; k++)
        {
            var token = tokens[k];
            Assert.True(token.Length > 0, $"token {k} is empty");
            Assert.True(token.Start >= previousEnd, $"token {k} at {token.Start} overlaps or precedes {previousEnd}");
            Assert.True(token.End <= end, $"token {k} ends at {token.End} past {end}");
            Assert.False(
                wholeRange && token.Start > start && char.IsLowSurrogate(text[token.Start]) && char.IsHighSurrogate(text[token.Start - 1]),
                $"token {k} starts inside a surrogate pair");
            Assert.False(
                wholeRange && token.End < end && char.IsHighSurrogate(text[token.End - 1]) && char.IsLowSurrogate(text[token.End]),
                $"token {k} ends inside a surrogate pair");
            for (var i = token.Start; i < token.End; i++)
            {
                var c = text[i];
                if (token.Kind == TokenKind.Note)
                {
                    Assert.False(c is '\n' or '\r', $"note token {k} holds a line break at {i}");
                }
                else
                {
                    Assert.False(char.IsWhiteSpace(c), $"token {k} holds whitespace at {i}");
                }

                covered[i] = true;
            }

            previousEnd = token.End;
        }

        if (!wholeRange)
        {
            return;
        }

        for (var i = start; i < end; i++)
        {
            Assert.True(covered[i] || IsSeparator(text[i]), $"character {i} (U+{(int)text[i]:X4}) is in no token");
        }
    }

    private static void AssertSentenceInvariants(List<Token> tokens, int first, int count, List<Sentence> sentences)
    {
        var next = first;
        foreach (var sentence in sentences)
        {
            Assert.Equal(next, sentence.FirstToken);
            Assert.True(sentence.TokenCount > 0, $"sentence at token {next} is empty");
            var last = sentence.FirstToken + sentence.TokenCount - 1;
            Assert.Equal(tokens[sentence.FirstToken].Start, sentence.Start);
            Assert.Equal(tokens[last].End, sentence.End);
            next = last + 1;
        }

        Assert.Equal(first + count, next);
    }
}
