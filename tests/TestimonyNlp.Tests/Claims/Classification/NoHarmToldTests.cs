using TestimonyNlp.Claims;
using TestimonyNlp.Claims.Classification;
using TestimonyNlp.Model;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Claims.Classification;

public sealed class NoHarmToldTests
{
    private static HarmSet[] Apply(string text, params HarmSet[] harms) =>
        AssessedSentences.After(NoHarmTold.Apply, text + "\n", harms);

    [Fact]
    public void Apply_ResearcherNote_NoHarm()
    {
        Assert.Equal(
            [HarmSet.None],
            Apply("Follow-up: ask the brother for the names of the three men killed near the bridge in Kherson.", HarmSet.Killed | HarmSet.Injured));
    }

    [Fact]
    public void Apply_QuestionAnsweredNo_NoHarm()
    {
        Assert.Equal(
            [HarmSet.None],
            Apply("Asked whether anyone on his street was killed, he said no, he only saw the roofs burning.", HarmSet.Killed | HarmSet.PropertyDamage));
    }

    [Fact]
    public void Apply_QuestionAnsweredWithAnEvent_Unchanged()
    {
        Assert.Equal(
            [HarmSet.Detained],
            Apply("Asked about his cousin, he said the soldiers took him at the checkpoint in Izium.", HarmSet.Detained));
    }

    [Theory]
    [InlineData("A: Who else shoots at old men standing for bread?")]
    [InlineData("A: They killed Samir, nineteen years, for what?")]
    public void Apply_WitnessQuestion_NoHarm(string answer)
    {
        Assert.Equal([HarmSet.None], Apply(answer, HarmSet.Killed));
    }

    [Fact]
    public void Apply_WitnessQuestionThenAnswer_AnswerKeepsKilled()
    {
        Assert.Equal(
            [HarmSet.None, HarmSet.Killed],
            Apply("A: Who was killed? Samir, my cousin, at the bakery.", HarmSet.Killed, HarmSet.Killed));
    }

    [Fact]
    public void Apply_QuestionWordWithoutQuestionMark_Unchanged()
    {
        Assert.Equal([HarmSet.Killed], Apply("A: Why they killed Samir at the bakery, I do not know.", HarmSet.Killed));
    }

    [Theory]
    [InlineData("A: My uncle Petro died in 2010 of the heart, before all this.")]
    [InlineData("A: Her grandmother died in Kharkiv last winter, she was old, she was sick.")]
    [InlineData("A: Nobody died, thank God, only the windows.")]
    public void Apply_DeathNotOfTheWar_KilledTaken(string answer)
    {
        Assert.Equal([HarmSet.PropertyDamage], Apply(answer, HarmSet.Killed | HarmSet.PropertyDamage));
    }

    [Theory]
    [InlineData("A: They shot my uncle Petro in his bed and he died there.")]
    [InlineData("A: The old man Ivan died on the road to Izium, from the cold.")]
    [InlineData("A: Nobody was killed outright; the old man Ivan died in Izium a week later.")]
    public void Apply_DeathOfTheWar_Unchanged(string answer)
    {
        Assert.Equal([HarmSet.Killed], Apply(answer, HarmSet.Killed));
    }

    [Theory]
    [InlineData("A: People said that night that the school in Nuseirat was hit also, but it was not, I saw it standing.")]
    [InlineData("A: Some wrote on Facebook that the whole village burned, but no, it was the field of the ceremony.")]
    [InlineData("A: People said the clinic in Solhan also burned, but it is not true.")]
    public void Apply_DamageOthersSpokeOfDenied_DamageTaken(string answer)
    {
        Assert.Equal([HarmSet.None], Apply(answer, HarmSet.PropertyDamage));
    }

    [Theory]
    [InlineData("A: People said the school in Nuseirat was hit also, and it was true, the roof was gone.", HarmSet.PropertyDamage)]
    [InlineData("A: Our house in Raqqa is standing, but no doors, no windows.", HarmSet.PropertyDamage)]
    [InlineData("A: People said this, but it was not the bakery in Homs, it was the shop next to it.", HarmSet.PropertyDamage)]
    [InlineData("A: People said the baker died, but no, he lost his hand, and his shop burned.", HarmSet.Injured)]
    public void Apply_DamageNotDenied_Unchanged(string answer, HarmSet expected)
    {
        Assert.Equal([expected], Apply(answer, expected));
    }

    [Theory]
    [InlineData("A: People said the clinic in Zarin was hit also. It was not, I went there the next day.")]
    [InlineData("A: Some people said the school itself was hit. No, only the gate.")]
    [InlineData("A: People said the rockets hit the mill in March. It is not true, they fell in the field.")]
    public void Apply_DamageOthersSpokeOfDeniedInNextSentence_DamageTaken(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.None], Apply(answer, HarmSet.PropertyDamage, HarmSet.None));
    }

    [Theory]
    [InlineData("A: People said the clinic in Zarin was hit also. It was true, the roof was gone.")]
    [InlineData("A: The clinic in Zarin was hit also. It was not the first time.")]
    [InlineData("A: People said the clinic in Zarin was hit also. No one was inside.")]
    public void Apply_DamageNotDeniedInNextSentence_Unchanged(string answer)
    {
        Assert.Equal([HarmSet.PropertyDamage, HarmSet.None], Apply(answer, HarmSet.PropertyDamage, HarmSet.None));
    }

    [Fact]
    public void Apply_DenialInNextTurn_Unchanged()
    {
        Assert.Equal(
            [HarmSet.PropertyDamage, HarmSet.None, HarmSet.None],
            Apply("A: People said the clinic in Zarin was hit also.\nQ: And the school?\nA: It was not.", HarmSet.PropertyDamage, HarmSet.None, HarmSet.None));
    }
}
