using TestimonyNlp.Model;

namespace TestimonyNlp.Tests.Support;

/// <summary>Claims made in a test for the basis rules that run after the basis model.</summary>
internal static class BasisTestClaims
{
    /// <summary>A killing of one person with <paramref name="basis"/> whose evidence is sentence
    /// <paramref name="sentence"/> of <paramref name="document"/>.</summary>
    public static Claim OverSentence(Document document, int sentence, Basis basis) => new()
    {
        Id = "c" + sentence,
        Harm = Harm.Killed,
        Victims = new VictimCount(1, 1, []),
        Basis = basis,
        Evidence = [new Evidence(document.Sentences[sentence].Start, document.Sentences[sentence].End, "x")],
        Confidence = 0.7,
    };
}
