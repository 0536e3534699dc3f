using TestimonyNlp.Claims;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Claims.Building.ClaimBuilderTestHelper;

namespace TestimonyNlp.Tests.Claims.Building;

/// <summary>
/// A detention or a flight told on later in the same answer, naming no one and counting at most one, is the rest of the
/// detention or flight drafted before it (<c>MentionMerge.ToldOnOf</c>), whatever the places the two name, unless it is
/// told in another answer, by a nearer source, counts more people or is told "again".
/// </summary>
public sealed class ToldOnMergeTests
{
    private const string Header = "Date of interview: 14 May 2018\n\n";
    private const HarmSet Detained = HarmSet.Detained;
    private const HarmSet Displaced = HarmSet.Displaced;
    private const string Arrest = "The soldiers took my brother Tariq from our door in Homs.";
    private const string Held = "They kept him in a basement in Aleppo, his friend told us.";
    private const string Road = " The road was full of cars. Nobody moved for hours. ";

    [Fact]
    public void Build_HoldingElsewhereLaterInTheAnswer_MergesIntoTheArrest()
    {
        var claims = BuildAnswer(Arrest, " ", Held, Detained, Basis.Witnessed, Basis.Hearsay);

        Assert.Equal(
            [
                "c1 DETAINED 1/1 named=[e2:Tariq] event=null weapon=null actor=e1:The soldiers site=e3:Homs date=null basis=WITNESSED evidence=[The soldiers took my brother Tariq from our door in Homs.] + [They kept him in a basement in Aleppo, his friend told us.] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_HoldingInTheNextAnswer_StaysApart()
    {
        var claims = BuildAnswer(Arrest, "\nQ: Where did they keep him?\nA: ", Held, Detained, Basis.Witnessed, Basis.Hearsay);

        Assert.Equal(
            [
                "c1 DETAINED 1/1 named=[e2:Tariq] event=null weapon=null actor=e1:The soldiers site=e3:Homs date=null basis=WITNESSED evidence=[The soldiers took my brother Tariq from our door in Homs.] confidence=0.72",
                "c2 DETAINED 1/1 named=[] event=null weapon=null actor=e1:The soldiers site=e4:Aleppo date=null basis=HEARSAY evidence=[They kept him in a basement in Aleppo, his friend told us.] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_HoldingSeenAfterAnArrestHeardOf_StaysApart()
    {
        const string Seen = "They kept him in a basement in Aleppo, I saw him there.";
        var claims = BuildAnswer(Arrest, " ", Seen, Detained, Basis.Hearsay, Basis.Witnessed);

        Assert.Equal(
            [
                "c1 DETAINED 1/1 named=[e2:Tariq] event=null weapon=null actor=e1:The soldiers site=e3:Homs date=null basis=HEARSAY evidence=[The soldiers took my brother Tariq from our door in Homs.] confidence=0.72",
                "c2 DETAINED 1/1 named=[] event=null weapon=null actor=e1:The soldiers site=e4:Aleppo date=null basis=WITNESSED evidence=[They kept him in a basement in Aleppo, I saw him there.] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_LaterDetentionCountingMore_StaysApart()
    {
        const string Others = "They took three men from the bus in Aleppo, people said.";
        var claims = BuildAnswer(Arrest, " ", Others, Detained, Basis.Witnessed, Basis.Hearsay);

        Assert.Equal(
            [
                "c1 DETAINED 1/1 named=[e2:Tariq] event=null weapon=null actor=e1:The soldiers site=e3:Homs date=null basis=WITNESSED evidence=[The soldiers took my brother Tariq from our door in Homs.] confidence=0.72",
                "c2 DETAINED 3/3 named=[] event=null weapon=null actor=e1:The soldiers site=e4:Aleppo date=null basis=HEARSAY evidence=[They took three men from the bus in Aleppo, people said.] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_FlightGoesOnThroughAnotherPlace_MergesIntoTheFlight()
    {
        const string Left = "We left Kharkiv in March, me, my wife and our two sons.";
        const string Slept = "In Lviv we slept in a school.";
        var claims = BuildAnswer(Left, Road, Slept, Displaced, Basis.Experienced, Basis.Experienced);

        Assert.Equal(
            [
                "c1 DISPLACED 4/4 named=[] event=null weapon=null actor=null site=e1:Kharkiv date='March' 2018-03-01..2018-03-31 basis=EXPERIENCED evidence=[We left Kharkiv in March, me, my wife and our two sons.] + [In Lviv we slept in a school.] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_FlightToldAgain_StaysApart()
    {
        const string Left = "We left Kharkiv in March, me, my wife and our two sons.";
        const string Again = "From Lviv we moved again, to Uzhhorod.";
        var claims = BuildAnswer(Left, Road, Again, Displaced, Basis.Experienced, Basis.Experienced);

        Assert.Equal(
            [
                "c1 DISPLACED 4/4 named=[] event=null weapon=null actor=null site=e1:Kharkiv date='March' 2018-03-01..2018-03-31 basis=EXPERIENCED evidence=[We left Kharkiv in March, me, my wife and our two sons.] confidence=0.72",
                "c2 DISPLACED null/null named=[] event=null weapon=null actor=null site=e3:Lviv date='March' 2018-03-01..2018-03-31 basis=EXPERIENCED evidence=[From Lviv we moved again, to Uzhhorod.] confidence=0.72",
            ],
            claims);
    }

    /// <summary>Builds the claims of an answer that opens with <paramref name="first"/> and, past
    /// <paramref name="between"/>, tells <paramref name="later"/>, both drafted with <paramref name="harm"/> and the basis
    /// given.</summary>
    private static List<string> BuildAnswer(string first, string between, string later, HarmSet harm, Basis firstBasis, Basis laterBasis) =>
        Build(
            Header + "A: " + first + between + later + "\n",
            (first[..12], harm, firstBasis),
            (later[..12], harm, laterBasis));
}
