using TestimonyNlp.Claims.Building;
using TestimonyNlp.Model;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Claims.Building;

/// <summary>
/// Who among the PERSON mentions of the evidence is a victim, on transcripts whose mentions are given by hand (the
/// tagger may read the name of a hospital or a kunya's child either way).
/// </summary>
public sealed class NamedVictimsTests
{
    private static DocumentLayout Layout(string answer, params string[] people)
    {
        var document = CraftedTranscript.Tokenized(answer);
        foreach (var person in people)
        {
            var start = answer.IndexOf(person, StringComparison.Ordinal);
            document.Entities.Add(new EntityMention($"e{document.Entities.Count + 1}", EntityType.Person, start, start + person.Length, person, null, 0.9));
        }

        return new DocumentLayout(document);
    }

    [Theory]
    [InlineData("A: Parwana was hit in the arm, she was in the Ahmad Shah Massoud hospital three weeks.\n", "Ahmad Shah Massoud")]
    [InlineData("A: Parwana was hit in the arm when the shell fell on the tents on the Abu Lebda ruins.\n", "Abu Lebda")]
    public void NamedVictims_PersonBeforeAFacilityNoun_IsLeftOut(string answer, string place)
    {
        var layout = Layout(answer, "Parwana", place);
        Assert.Equal(["e1"], VictimRoles.NamedVictims(layout, Harm.Injured, 0, answer.Length).ToArray());
    }

    [Fact]
    public void NamedVictims_PersonBeforeAnotherWord_IsKept()
    {
        const string Answer = "A: Parwana was hit in the arm, and Ahmad Shah Massoud in the leg.\n";
        var layout = Layout(Answer, "Parwana", "Ahmad Shah Massoud");
        Assert.Equal(["e1", "e2"], VictimRoles.NamedVictims(layout, Harm.Injured, 0, Answer.Length).ToArray());
    }

    [Theory]
    [InlineData("Abu Ali", "Ali", false)]
    [InlineData("Umm Omar", "Omar", false)]
    [InlineData("Ali Hassan", "Ali", true)]
    [InlineData("Abu Ali", "Abu Ali", true)]
    public void SameOrPartName_KunyaAndItsChildsName_TellsThemApart(string first, string second, bool expected)
    {
        var answer = $"A: {first} came, then {second} came.\n";
        var document = CraftedTranscript.Tokenized(answer);
        var firstStart = answer.IndexOf(first, StringComparison.Ordinal);
        var secondStart = answer.IndexOf(second, firstStart + first.Length, StringComparison.Ordinal);
        document.Entities.Add(new EntityMention("e1", EntityType.Person, firstStart, firstStart + first.Length, first, null, 0.9));
        document.Entities.Add(new EntityMention("e2", EntityType.Person, secondStart, secondStart + second.Length, second, null, 0.9));
        Assert.Equal(expected, new DocumentLayout(document).SameOrPartName("e1", "e2"));
    }
}
