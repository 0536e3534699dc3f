using TestimonyNlp.Claims;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Claims.Building.ClaimBuilderTestHelper;

namespace TestimonyNlp.Tests.Claims.Building;

/// <summary>
/// A detention that opens on how long someone was held is the rest of the detention drafted just before it
/// (<c>MentionMerge.HoldingOf</c>), unless it tells someone else's,
/// one of a group taken, or a holding heard of after an arrest seen.
/// </summary>
public sealed class HoldingMergeTests
{
    private const string Header = "Date of interview: 14 May 2018\n\n";
    private const HarmSet Detained = HarmSet.Detained;

    [Fact]
    public void Build_HoldingTimeInTheNextAnswerWithAnotherBasis_MergesIntoTheArrest()
    {
        const string Arrest = "The soldiers took my brother Tariq from our door in Homs.";
        const string Held = "They kept him nineteen days in a basement in Aleppo.";
        var claims = Build(
            Header + "A: " + Arrest + "\nQ: How long?\nA: " + Held + "\n",
            (Arrest[..12], Detained, Basis.Hearsay),
            (Held[..12], Detained, Basis.Witnessed));

        Assert.Equal(
            [
                "c1 DETAINED 1/1 named=[e2:Tariq] event=null weapon=null actor=e1:The soldiers site=e3:Homs date=null basis=HEARSAY evidence=[The soldiers took my brother Tariq from our door in Homs.] + [They kept him nineteen days in a basement in Aleppo.] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_HoldingHeardOfAfterAnArrestSeen_StaysApart()
    {
        const string Arrest = "The soldiers took my brother Tariq from our door in Homs.";
        const string Held = "They kept him nineteen days in a basement in Aleppo.";
        var claims = Build(
            Header + "A: " + Arrest + "\nQ: How long?\nA: " + Held + "\n",
            (Arrest[..12], Detained, Basis.Witnessed),
            (Held[..12], Detained, Basis.Hearsay));

        Assert.Equal(
            [
                "c1 DETAINED 1/1 named=[e2:Tariq] event=null weapon=null actor=e1:The soldiers site=e3:Homs date=null basis=WITNESSED evidence=[The soldiers took my brother Tariq from our door in Homs.] confidence=0.72",
                "c2 DETAINED 1/1 named=[] event=null weapon=null actor=e1:The soldiers site=e4:Aleppo date=null basis=HEARSAY evidence=[They kept him nineteen days in a basement in Aleppo.] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_SpeakerAloneHeldAfterAGroupTaken_StaysApart()
    {
        const string Arrest = "The soldiers took us from the bus in Homs, six of us.";
        const string Held = "They kept me ten days in a basement.";
        var claims = Build(
            Header + "A: " + Arrest + "\nQ: Where?\nA: " + Held + "\n",
            (Arrest[..12], Detained, Basis.Experienced),
            (Held[..12], Detained, Basis.Experienced));

        Assert.Equal(
            [
                "c1 DETAINED 6/6 named=[] event=null weapon=null actor=e1:The soldiers site=e2:Homs date=null basis=EXPERIENCED evidence=[The soldiers took us from the bus in Homs, six of us.] confidence=0.72",
                "c2 DETAINED 1/1 named=[] event=null weapon=null actor=e1:The soldiers site=e2:Homs date=null basis=EXPERIENCED evidence=[They kept me ten days in a basement.] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_TimeAfterTheArrestNotAStay_StaysApart()
    {
        const string Arrest = "The soldiers took my brother Tariq from our door in Homs.";
        const string Later = "After three months a lawyer said he is in the prison in Aleppo.";
        var claims = Build(
            Header + "A: " + Arrest + "\nQ: And then?\nA: " + Later + "\n",
            (Arrest[..12], Detained, Basis.Witnessed),
            (Later[..12], Detained, Basis.Hearsay));

        Assert.Equal(
            [
                "c1 DETAINED 1/1 named=[e2:Tariq] event=null weapon=null actor=e1:The soldiers site=e3:Homs date=null basis=WITNESSED evidence=[The soldiers took my brother Tariq from our door in Homs.] confidence=0.72",
                "c2 DETAINED 1/1 named=[] event=null weapon=null actor=e1:The soldiers site=e5:Aleppo date=null basis=HEARSAY evidence=[After three months a lawyer said he is in the prison in Aleppo.] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_HoldingTimeOfAnotherNamedPerson_StaysApart()
    {
        const string Arrest = "The soldiers took my brother Tariq from our door in Homs.";
        const string Held = "Yusuf they held in a basement in Aleppo for three weeks.";
        var claims = Build(
            Header + "A: " + Arrest + "\nQ: And the others?\nA: " + Held + "\n",
            (Arrest[..12], Detained, Basis.Witnessed),
            (Held[..12], Detained, Basis.Hearsay));

        Assert.Equal(
            [
                "c1 DETAINED 1/1 named=[e2:Tariq] event=null weapon=null actor=e1:The soldiers site=e3:Homs date=null basis=WITNESSED evidence=[The soldiers took my brother Tariq from our door in Homs.] confidence=0.72",
                "c2 DETAINED 1/1 named=[e4:Yusuf] event=null weapon=null actor=e1:The soldiers site=e5:Aleppo date=null basis=HEARSAY evidence=[Yusuf they held in a basement in Aleppo for three weeks.] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_SpeakersOwnHoldingAfterAnothersArrest_StaysApart()
    {
        const string Arrest = "The soldiers took my brother Tariq from our door in Homs.";
        const string Held = "They kept me nineteen days in a basement in Aleppo.";
        var claims = Build(
            Header + "A: " + Arrest + "\nQ: And you?\nA: " + Held + "\n",
            (Arrest[..12], Detained, Basis.Hearsay),
            (Held[..12], Detained, Basis.Experienced));

        Assert.Equal(
            [
                "c1 DETAINED 1/1 named=[e2:Tariq] event=null weapon=null actor=e1:The soldiers site=e3:Homs date=null basis=HEARSAY evidence=[The soldiers took my brother Tariq from our door in Homs.] confidence=0.72",
                "c2 DETAINED 1/1 named=[] event=null weapon=null actor=e1:The soldiers site=e4:Aleppo date=null basis=EXPERIENCED evidence=[They kept me nineteen days in a basement in Aleppo.] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_SpeakersHoldingWithACountOfTheirOwn_MergesIntoTheirArrest()
    {
        const string Arrest = "The soldiers took me and my brother Tariq from the bus in Homs.";
        const string Held = "They kept me three weeks in a room with twenty other men.";
        var claims = Build(
            Header + "A: " + Arrest + "\nQ: Where?\nA: " + Held + "\n",
            (Arrest[..12], Detained, Basis.Experienced),
            (Held[..12], Detained, Basis.Experienced));

        Assert.Equal(
            [
                "c1 DETAINED 2/2 named=[e2:Tariq] event=null weapon=null actor=e1:The soldiers site=e3:Homs date=null basis=EXPERIENCED evidence=[The soldiers took me and my brother Tariq from the bus in Homs.] + [They kept me three weeks in a room with twenty other men.] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_OneHeldAfterAGroupTakenInTheSameAnswer_StaysApart()
    {
        const string Arrest = "The soldiers took nine men from the bakery in Homs.";
        const string Held = "My uncle Karim was in their prison in Aleppo for forty days.";
        var claims = Build(
            Header + "A: " + Arrest + " " + Held + "\n",
            (Arrest[..12], Detained, Basis.Witnessed),
            (Held[..12], Detained, Basis.Witnessed));

        Assert.Equal(
            [
                "c1 DETAINED 9/9 named=[] event=null weapon=null actor=e1:The soldiers site=e2:Homs date=null basis=WITNESSED evidence=[The soldiers took nine men from the bakery in Homs.] confidence=0.72",
                "c2 DETAINED 1/1 named=[e3:Karim] event=null weapon=null actor=e1:The soldiers site=e4:Aleppo date=null basis=WITNESSED evidence=[My uncle Karim was in their prison in Aleppo for forty days.] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_HoldingOfTheOneTakenInTheSameAnswer_StaysOneClaim()
    {
        const string Arrest = "The soldiers took my uncle from the bakery in Homs.";
        const string Held = "They kept him forty days, down in a cellar.";
        var claims = Build(
            Header + "A: " + Arrest + " " + Held + "\n",
            (Arrest[..12], Detained, Basis.Witnessed),
            (Held[..12], Detained, Basis.Witnessed));

        Assert.Equal(
            [
                "c1 DETAINED 1/1 named=[] event=null weapon=null actor=e1:The soldiers site=e2:Homs date=null basis=WITNESSED evidence=[The soldiers took my uncle from the bakery in Homs. They kept him forty days, down in a cellar.] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_OneBackAfterAHoldingInTheSameAnswer_StaysApart()
    {
        const string Arrest = "The soldiers took nine men from the bakery in Homs.";
        const string Back = "My uncle Karim came back after fifty days, they held him in Aleppo.";
        var claims = Build(
            Header + "A: " + Arrest + " " + Back + "\n",
            (Arrest[..12], Detained, Basis.Witnessed),
            (Back[..12], Detained, Basis.Witnessed));

        Assert.Equal(
            [
                "c1 DETAINED 9/9 named=[] event=null weapon=null actor=e1:The soldiers site=e2:Homs date=null basis=WITNESSED evidence=[The soldiers took nine men from the bakery in Homs.] confidence=0.72",
                "c2 DETAINED 1/1 named=[e3:Karim] event=null weapon=null actor=e1:The soldiers site=e4:Aleppo date=null basis=WITNESSED evidence=[My uncle Karim came back after fifty days, they held him in Aleppo.] confidence=0.72",
            ],
            claims);
    }
}
