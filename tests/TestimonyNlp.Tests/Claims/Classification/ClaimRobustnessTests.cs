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
            var text = new StringBuilder();
            var turns = random.Next(0, 8);
            for (var turn = 0; turn < turns; turn++)
            {
                text.Append(random.Next(3) == 0 ? "Q: " : "A: ");
                var length = random.Next(0, 40);
                for (var i = 0; i < length; i++)
                {
                    text.Append(words[random.Next(words.Length)]).Append(' ');
                }

                text.Append('\n');
            }

            var content = text.ToString();
            var document = CraftedTranscript.Run(Shipped.Value, content);

            claims += document.Claims.Count;
            foreach (var claim in document.Claims)
            {
                Assert.InRange(claim.Confidence, 0, 1);
                Assert.All(claim.Evidence, evidence => Assert.Equal(content[evidence.Start..evidence.End], evidence.Quote));
            }
        }

        // The word salad asserts harm often enough that the checks above see claims.
        Assert.InRange(claims, 20, int.MaxValue);
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
}
