using System.Globalization;
using TestimonyNlp.Claims;
using TestimonyNlp.Claims.Building;
using TestimonyNlp.Model;
using TestimonyNlp.Pipeline;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Claims.Building;

/// <summary>
/// Runs the real text and entity stages on a crafted transcript, gives chosen sentences an assessment, builds the
/// claims and renders each as one line holding every field.
/// </summary>
internal static class ClaimBuilderTestHelper
{
    // The shipped pipeline with its trained tagger: the spotters alone find no DATE mentions and few names.
    private static readonly Lazy<TestimonyPipeline> Shipped = new(() => DefaultPipeline.Create(Path.Combine(TestPaths.RepositoryRoot, "models")));

    /// <summary>Runs the pipeline on <paramref name="content"/> (a plain-text transcript).</summary>
    public static Document Run(string content)
    {
        return CraftedTranscript.Run(Shipped.Value, content);
    }

    /// <summary>Builds the one claim of an answer after <paramref name="header"/>, every sentence of the answer marked with
    /// <paramref name="harm"/> and <paramref name="basis"/>, and renders its toll as <c>min/max</c> (<c>null</c> for none).</summary>
    public static string AnswerToll(string header, string answer, HarmSet harm, Basis basis)
    {
        var document = Run(header + answer + "\n");
        var marks = document.Sentences
            .Where(s => s.Start >= header.Length)
            .Select(s => (document.Text[s.Start..s.End], harm, basis))
            .ToArray();
        var claims = new List<Claim>();
        new ClaimBuilder().Build(document, Assess(document, marks), claims);
        var claim = Assert.Single(claims);
        return $"{claim.Victims.Min?.ToString(CultureInfo.InvariantCulture) ?? "null"}/"
            + $"{claim.Victims.Max?.ToString(CultureInfo.InvariantCulture) ?? "null"}";
    }

    /// <summary>One assessment per sentence: the sentences holding a fragment of <paramref name="marks"/> get its
    /// harms and basis (confidences 0.9 and 0.8), the others none.</summary>
    public static SentenceAssessment[] Assess(Document document, params (string Fragment, HarmSet Harms, Basis Basis)[] marks)
    {
        var assessments = new SentenceAssessment[document.Sentences.Count];
        for (var i = 0; i < assessments.Length; i++)
        {
            var sentence = document.Sentences[i];
            var text = document.Text[sentence.Start..sentence.End];
            assessments[i] = SentenceAssessment.NoHarm;
            foreach (var (fragment, harms, basis) in marks)
            {
                if (text.Contains(fragment, StringComparison.Ordinal))
                {
                    assessments[i] = new SentenceAssessment(harms, basis, 0.9f, 0.8f);
                }
            }
        }

        return assessments;
    }

    /// <summary>Builds the claims of <paramref name="content"/> with the sentences marked as given, rendered.</summary>
    public static List<string> Build(string content, params (string Fragment, HarmSet Harms, Basis Basis)[] marks)
    {
        var document = Run(content);
        var claims = new List<Claim>();
        new ClaimBuilder().Build(document, Assess(document, marks), claims);
        return claims.Select(c => Render(document, c)).ToList();
    }

    /// <summary>The toll (<c>2/2</c>) and the evidence (its quotes joined by <c>] + [</c>) of a claim rendered by
    /// <see cref="Render"/>.</summary>
    public static (string Toll, string Evidence) TollAndEvidence(string claim)
    {
        var evidence = claim.IndexOf("evidence=[", StringComparison.Ordinal) + "evidence=[".Length;
        return (claim.Split(' ')[2], claim[evidence..claim.IndexOf("] confidence=", evidence, StringComparison.Ordinal)]);
    }

    /// <summary>
    /// A claim as <c>id HARM min/max named=[...] event weapon actor site date basis evidence confidence</c>, entity
    /// ids followed by their text.
    /// </summary>
    public static string Render(Document document, Claim claim)
    {
        string Entity(string? id) => id is null ? "null" : id + ":" + document.Entities.Single(e => e.Id == id).Text;
        string Bound(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "null";
        var date = claim.Date is null ? "null" : $"'{claim.Date.Text}' {IsoDate.ToText(claim.Date.From) ?? "null"}..{IsoDate.ToText(claim.Date.To) ?? "null"}";
        var evidence = string.Join(" + ", claim.Evidence.Select(e =>
        {
            Assert.Equal(document.Text[e.Start..e.End], e.Quote);
            return $"[{e.Quote}]";
        }));
        return $"{claim.Id} {claim.Harm.ToWire()} {Bound(claim.Victims.Min)}/{Bound(claim.Victims.Max)} "
            + $"named=[{string.Join(", ", claim.Victims.Named.Select(Entity))}] event={claim.Event ?? "null"} "
            + $"weapon={claim.Weapon?.ToWire() ?? "null"} actor={Entity(claim.Actor)} site={Entity(claim.Site)} date={date} "
            + $"basis={claim.Basis?.ToWire() ?? "null"} evidence={evidence} confidence={claim.Confidence.ToString("0.###", CultureInfo.InvariantCulture)}";
    }
}
