using TestimonyNlp.Claims;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Claims.Building.ClaimBuilderTestHelper;

namespace TestimonyNlp.Tests.Claims.Building;

/// <summary>
/// An interpreter's turn is the interpreter's own remark and holds no claim, except a turn after the interviewer's
/// question or the witness's own turn that gives the witness's answer, opening "She says" or "He says".
/// </summary>
public sealed class RelayedAnswerTests
{
    private const string Header = "Date of interview: 4 March 2021\n\nINTERVIEWER: What happened to your husband?\n";

    [Fact]
    public void Build_InterpreterAnswersTheQuestionWithSheSays_IsAClaim()
    {
        var lines = Build(Header + "INTERPRETER: She says her husband was taken by the soldiers in Aleppo.\n", ("taken", HarmSet.Detained, Basis.Witnessed));

        Assert.Equal("DETAINED", Assert.Single(lines).Split(' ')[1]);
    }

    [Fact]
    public void Build_InterpreterRelaysTheWitnessWithSheSays_IsAClaim()
    {
        var lines = Build(
            Header + "WITNESS: Yes.\nINTERPRETER: She says her husband was taken by the soldiers in Aleppo.\n",
            ("taken", HarmSet.Detained, Basis.Witnessed));

        Assert.Equal("DETAINED", Assert.Single(lines).Split(' ')[1]);
    }

    [Fact]
    public void Build_InterpreterAnswersInOwnWords_IsNoClaim()
    {
        var lines = Build(Header + "INTERPRETER: Her husband was taken by the soldiers in Aleppo.\n", ("taken", HarmSet.Detained, Basis.Witnessed));

        Assert.Empty(lines);
    }
}
