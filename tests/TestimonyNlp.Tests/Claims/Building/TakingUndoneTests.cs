using TestimonyNlp.Claims;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Claims.Building.ClaimBuilderTestHelper;

namespace TestimonyNlp.Tests.Claims.Building;

/// <summary>
/// A detention of at most one person whose telling undoes it, a taking only meant or denied, or a stop that ends with a
/// release and no holding time longer than two hours, is no claim (<c>TakingUndone.Undone</c>).
/// </summary>
public sealed class TakingUndoneTests
{
    private const string Header = "Date of interview: 14 May 2018\n\n";
    private const HarmSet Detained = HarmSet.Detained;

    [Fact]
    public void Build_StopEndedByAReleaseAfterAnHour_IsNoClaim()
    {
        var claims = Build(
            Header + "A: At the checkpoint near Kassala the soldiers took me out of the bus. They asked me questions, one hour. Then they gave me my card and said go.\n",
            ("At the checkpoint", Detained, Basis.Experienced));

        Assert.Empty(claims);
    }

    [Fact]
    public void Build_TakingOnlyWanted_IsNoClaim()
    {
        var claims = Build(
            Header + "A: At the checkpoint in Sirte the fighters pulled my son out of the car. They wanted to take him, but the old men spoke for him.\n",
            ("At the checkpoint", Detained, Basis.Witnessed));

        Assert.Empty(claims);
    }

    [Fact]
    public void Build_ReleaseAfterDaysHeld_StaysAClaim()
    {
        var claims = Build(
            Header + "A: At the checkpoint near Kassala the soldiers took me out of the bus. They kept me five days in a school. Then they let me go.\n",
            ("At the checkpoint", Detained, Basis.Experienced),
            ("They kept me", Detained, Basis.Experienced));

        Assert.Single(claims);
    }

    [Fact]
    public void Build_StopOfMoreThanTwoHours_StaysAClaim()
    {
        var claims = Build(
            Header + "A: At the checkpoint near Kassala the soldiers took me out of the bus. They kept me eight hours in the yard, on my knees. Then they said go.\n",
            ("At the checkpoint", Detained, Basis.Experienced),
            ("They kept me", Detained, Basis.Experienced));

        Assert.Single(claims);
    }

    [Fact]
    public void Build_TakingOfAnotherOnlyWanted_StaysAClaim()
    {
        var claims = Build(
            Header + "A: At the checkpoint in Sirte the fighters took my son out of the car and drove him away. They wanted to take my nephew too, but the old men spoke for him.\n",
            ("At the checkpoint", Detained, Basis.Witnessed));

        Assert.Single(claims);
    }

    [Theory]
    [InlineData("A: At the checkpoint near Mosul they took my son to one side, they searched him, one hour, and then they let him come with us.\n", "At the checkpoint")]
    [InlineData("A: At the point near Hajin they took my brother aside and asked him questions. Then they let him come with us.\n", "At the point")]
    [InlineData("A: At the checkpoint of Sevare the soldiers took the men of the truck down and looked at their papers. They let everybody go.\n", "At the checkpoint")]
    public void Build_StopEndedByLettingComeOrEverybodyGo_IsNoClaim(string answer, string fragment)
    {
        Assert.Empty(Build(Header + answer, (fragment, Detained, Basis.Witnessed)));
    }

    [Fact]
    public void Build_HeldDaysThenLetComeHome_StaysAClaim()
    {
        var claims = Build(
            Header + "A: At the checkpoint near Mosul they took my son. They kept him nine days in a school. Then they let him come home.\n",
            ("At the checkpoint", Detained, Basis.Witnessed),
            ("They kept him", Detained, Basis.Witnessed));

        Assert.Single(claims);
    }
}
