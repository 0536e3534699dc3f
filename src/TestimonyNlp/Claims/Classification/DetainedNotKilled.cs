using System.Text.RegularExpressions;
using TestimonyNlp.Model;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// Takes KILLED from a sentence the classifiers also give DETAINED when it tells a taking and no death: "they took
/// three men from the field", "they pulled him and his son out of the house", "they took my husband and his brother".
/// The KILLED model fires on the men named in such an arrest when the account goes on to their deaths; out of fold, of
/// all witness sentences with a taking word and no word of death, 28 lie in a gold killing claim (bodies taken out of
/// rubble, a sniper that "took him in the neck"), against 509 in a gold detention; the rule took the false killing
/// claims built on them (models/README.md, "Claim classifiers", the killing false claims). Only a sentence between two
/// that assert no killing: next to one, the arrest opens the killing's account and gives the claim its actor ("a
/// column came and took three men ... We found them after four days, killed"). The reverse of
/// <see cref="KilledNotDetained"/>, which runs before it. Run after <see cref="NoHarmTold"/>.
/// </summary>
internal static class DetainedNotKilled
{
    /// <summary>A taking of people.</summary>
    private static readonly Regex Taking = new(
        @"\b(?:took|taken|pulled|dragged|arrested|tied|put (?:him|her|them) in)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>Any word of a death, a body or its burial, a disappearance or what was found after; any keeps KILLED.</summary>
    private static readonly Regex Death = new(
        @"\b(?:kill\w*|died|die|dies|dead|death|bod(?:y|ies)|shot|shoot\w*|martyr\w*|buri\w*|bury|grave\w*|execut\w*|slaughter\w*|murder\w*|corpse\w*|funeral|lost|blood|fell|never|last time|not see|again|found|lying|washed|ground)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>Takes KILLED from the sentences of <paramref name="assessments"/> (one per entry of
    /// <see cref="Document.Sentences"/>) that assert DETAINED too, tell a taking and no death, and stand between
    /// sentences that assert no killing.</summary>
    public static void Apply(Document document, Span<SentenceAssessment> assessments) =>
        SentenceHarmTaking.TakeWhere(
            document, assessments, HarmSet.Killed, HarmSet.Detained, aloneInRun: true,
            (doc, sentence) => Tells(doc.Text.AsSpan(sentence.Start, sentence.End - sentence.Start)));

    private static bool Tells(ReadOnlySpan<char> text) =>
        Taking.IsMatch(text) && !Death.IsMatch(text);
}
