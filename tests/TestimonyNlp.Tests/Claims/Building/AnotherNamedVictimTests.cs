using TestimonyNlp.Claims;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Claims.Building.ClaimBuilderTestHelper;

namespace TestimonyNlp.Tests.Claims.Building;

/// <summary>
/// Deaths and wounds of people named one after another: a sentence telling the harm of another named person, with no
/// word tying them to the run before, starts a claim of its own; two mentions that each name victims and share none
/// are not merged.
/// </summary>
public sealed class AnotherNamedVictimTests
{
    private const string Header = "Date of interview: 3 March 2019\n\nQ: What happened?\nA: ";

    private const string KarimAtTheDoor = "Karim Haddad died at the door of the bakery in Aleppo.";

    private const string KarimInTheMarket = "Karim Haddad was killed in the market of Aleppo.";

    private const string ThenAsked = "\nQ: What did you do then?\nA: I went home.\nQ: Do you know more?\nA: ";

    [Theory]
    // Another named person's death told with its own word of death: a claim of its own.
    [InlineData(KarimAtTheDoor + " Omar Nasser was killed in the street.", "Karim Haddad", "Omar Nasser",
        new[] { KarimAtTheDoor, "Omar Nasser was killed in the street." })]
    // "also" ties the second death to the first.
    [InlineData(KarimAtTheDoor + " Omar Nasser also died there.", "Karim Haddad", "Omar Nasser",
        new[] { KarimAtTheDoor + " Omar Nasser also died there." })]
    // Two answers naming different victims at one site stay apart.
    [InlineData(KarimInTheMarket + ThenAsked + "Omar Nasser was killed in the market of Aleppo.", "Karim Haddad", "Omar Nasser",
        new[] { KarimInTheMarket, "Omar Nasser was killed in the market of Aleppo." })]
    // Two answers naming the same victim merge.
    [InlineData(KarimInTheMarket + ThenAsked + "Karim Haddad was killed in the market of Aleppo by a shell.", KarimInTheMarket, "by a shell",
        new[] { KarimInTheMarket + "] + [Karim Haddad was killed in the market of Aleppo by a shell." })]
    public void Build_NamedVictimsOneAfterAnother_ClaimsWithTheirEvidence(string answer, string first, string second, string[] evidences)
    {
        var claims = Build(Header + answer + "\n", (first, HarmSet.Killed, Basis.Witnessed), (second, HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(evidences, claims.Select(c => TollAndEvidence(c).Evidence));
    }
}
