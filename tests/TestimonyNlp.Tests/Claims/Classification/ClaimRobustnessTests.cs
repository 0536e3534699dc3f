using System.Text;
using TestimonyNlp.Claims;
using TestimonyNlp.Claims.Classification;
using TestimonyNlp.Entities;
using TestimonyNlp.Pipeline;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Claims.Classification;

public sealed class ClaimRobustnessTests
{
    private static readonly Lazy<TestimonyPipeline> Shipped = new(() => DefaultPipeline.Create(Path.Combine(TestPaths.RepositoryRoot, "models")));

    private static string ShippedFile => Path.Combine(TestPaths.RepositoryRoot, "models", ClaimClassifier.Defaults.ModelFile);

    [Fact]
    public void Run_RandomTurns_ClaimsPointInsideTheTextWithConfidencesInRange()
    {
        var random = new Random(43);
        var claims = 0;
        string[] words = ["killed", "wounded", "no", "not", "they", "said", "I", "saw", "seven", "the", "shell", "house", "destroyed", "arrested", "fled", "Aleppo", "Samir", "1990", ".", ",", "?", "\u0627\u0644", "\ud800", "\n"];
        for (var round = 0; round < 100; round++)
        {
            var content = RandomTurns(random, words, new TurnShape(0, 8, 40, "Q: ", "A: ", 3, 0));
            var document = CraftedTranscript.Run(Shipped.Value, content);

            claims += document.Claims.Count;
            Assert.All(document.Claims, claim => Assert.InRange(claim.Confidence, 0, 1));
            AssertQuotesInside(content, document.Claims);
        }

        // The word salad asserts harm often enough that the checks above see claims.
        Assert.InRange(claims, 20, int.MaxValue);
    }

    [Fact]
    public void Run_CueWordSalad_ClaimsPointInsideTheTextWithBoundsInOrder()
    {
        // The words the rules after the classifiers and the claim builder look for, with the marks and numbers around
        // them, so that a phrase can stop at a sentence's end, a text's end or a turn's end at any word.
        string[] words =
        [
            "more", "than", "or", "and", "maybe", "perhaps", "about", "at", "least", "some", "say", "said", "people",
            "they", "we", "I", "he", "she", "him", "her", "them", "us", "my", "our", "the", "a", "of", "in", "to", "from",
            "on", "with", "by", "until", "since", "never", "again", "not", "no", "nothing", "nobody", "left", "stayed",
            "remained", "went", "came", "down", "took", "taken", "arrested", "prison", "prisoner", "jail", "years",
            "gave", "killed", "died", "dead", "bodies", "wounded", "injured", "hurt", "missing", "fled", "ran",
            "house", "roof", "barn", "car", "shop", "school", "burned", "destroyed", "fell", "hit", "shell", "drone",
            "cows", "goats", "chickens", "family", "children", "brother", "wife", "all", "both", "dozens", "hundreds",
            "two", "three", "seven", "eleven", "twenty", "forty", "hundred", "thousand", "first", "second", "12",
            "1,200", "2015", "the 12th", "March", "Ramadan", "Eid", "Friday", "night", "morning", "that day", "later",
            "ago", "end", "middle", "beginning", "week", "month", "year", "saw", "heard", "told", "radio", "Aleppo",
            "Mosul", "Samir", "Hajja", "Umm", "Abu", "including", "among", "only", "alone", "each", "one", "another", "so",
            ".", ",", ",", "?", "!", ";", ":", "-", "\"", "(", ")", "[pause]", "\n",
        ];
        var random = new Random(71);
        var claims = 0;
        for (var round = 0; round < 300; round++)
        {
            var content = RandomTurns(random, words, new TurnShape(1, 6, 60, "INTERVIEWER: ", "WITNESS: ", 4, 6));
            var document = CraftedTranscript.Run(Shipped.Value, content);

            claims += document.Claims.Count;
            foreach (var claim in document.Claims)
            {
                Assert.InRange(claim.Confidence, 0, 1);
                Assert.True(claim.Victims.Min is null or >= 0 && claim.Victims.Max is null or >= 0, $"round {round}: negative victims");
                Assert.True(claim.Victims.Min is not { } min || claim.Victims.Max is not { } max || min <= max, $"round {round}: min above max");
            }

            AssertQuotesInside(content, document.Claims);
        }

        // The salad is made of harm and count words, so the checks above see many claims.
        Assert.InRange(claims, 100, int.MaxValue);
    }

    // Transcripts cut off mid-sentence (an interrupted transcription, a file truncated in transit), where a figure or
    // a clause that the builder reads on from ends the text.
    [Theory]
    [InlineData("co-tibu-1509", 2068)]
    [InlineData("ua-izium-304", 1123)]
    public void Run_CorpusTranscriptCutAtOffset_ClaimsPointInsideTheText(string id, int cut)
    {
        var content = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "corpus", "transcripts", id + ".txt"))[..cut];

        var document = CraftedTranscript.Run(Shipped.Value, content);

        AssertQuotesInside(content, document.Claims);
    }

    [Fact]
    public void Run_CorpusTranscriptsCutAtRandomOffsets_ClaimsPointInsideTheText()
    {
        var transcripts = Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot, "corpus", "transcripts"), "*.txt")
            .Order(StringComparer.Ordinal)
            .ToArray();
        var random = new Random(5);
        var claims = 0;
        for (var round = 0; round < 60; round++)
        {
            var text = File.ReadAllText(transcripts[random.Next(transcripts.Length)]);
            for (var cuts = 0; cuts < 4; cuts++)
            {
                var content = text[..random.Next(text.Length / 3, text.Length)];

                var document = CraftedTranscript.Run(Shipped.Value, content);

                claims += document.Claims.Count;
                AssertQuotesInside(content, document.Claims);
            }
        }

        Assert.InRange(claims, 240, int.MaxValue);
    }

    [Fact]
    public void Read_CorruptedOrTruncatedModel_ReadsOrRefusesWithModelFormatException()
    {
        var shipped = File.ReadAllBytes(ShippedFile);
        var random = new Random(47);
        for (var round = 0; round < 60; round++)
        {
            var bytes = shipped.AsSpan(0, random.Next(round % 2 == 0 ? shipped.Length : 200)).ToArray();
            for (var flips = random.Next(1, 4); flips > 0 && bytes.Length > 0; flips--)
            {
                // Most flips land in the header and the first weights, where a wrong value changes the most.
                bytes[random.Next(Math.Min(bytes.Length, 256))] ^= (byte)random.Next(1, 256);
            }

            var error = Record.Exception(() => ClaimClassifier.Read(bytes, "claims.bin"));

            Assert.True(error is null or ModelFormatException, error?.GetType().Name);
        }
    }

    // Every quote is the text between its offsets.
    private static void AssertQuotesInside(string content, IEnumerable<TestimonyNlp.Model.Claim> claims) =>
        Assert.All(claims, claim => Assert.All(claim.Evidence, evidence => Assert.Equal(content[evidence.Start..evidence.End], evidence.Quote)));

    // Turns of words drawn from a list, each on its own line after a question's or an answer's label; a word is glued
    // to the next one once in GlueOneIn when that is not 0.
    private static string RandomTurns(Random random, string[] words, TurnShape shape)
    {
        var text = new StringBuilder();
        var turns = random.Next(shape.MinTurns, shape.MaxTurns);
        for (var turn = 0; turn < turns; turn++)
        {
            text.Append(random.Next(shape.QuestionOneIn) == 0 ? shape.Question : shape.Answer);
            var length = random.Next(0, shape.MaxWords);
            for (var i = 0; i < length; i++)
            {
                text.Append(words[random.Next(words.Length)]);
                if (shape.GlueOneIn == 0 || random.Next(shape.GlueOneIn) != 0)
                {
                    text.Append(' ');
                }
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private sealed record TurnShape(int MinTurns, int MaxTurns, int MaxWords, string Question, string Answer, int QuestionOneIn, int GlueOneIn);
}
