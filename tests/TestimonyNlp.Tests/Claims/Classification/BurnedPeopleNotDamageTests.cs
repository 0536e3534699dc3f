using TestimonyNlp.Claims;
using TestimonyNlp.Claims.Classification;

namespace TestimonyNlp.Tests.Claims.Classification;

public sealed class BurnedPeopleNotDamageTests
{
    private static HarmSet[] Apply(string text, params HarmSet[] harms) =>
        AssessedSentences.After(BurnedPeopleNotDamage.Apply, text + "\n", harms);

    [Theory]
    [InlineData("A: In Kherson two soldiers were inside, they burned.")]
    [InlineData("A: The gas can fell near Cali and it burned her.")]
    [InlineData("A: In Homs my cousin Rana had her arm burned to the bone.")]
    [InlineData("A: The jeep turned over near Goma and some of them burned.")]
    public void Apply_PeopleBurned_DamageTaken(string answer)
    {
        Assert.Equal([HarmSet.Killed], Apply(answer, HarmSet.Killed | HarmSet.PropertyDamage));
    }

    [Fact]
    public void Apply_PeopleBurnedWithHouse_Unchanged()
    {
        Assert.Equal(
            [HarmSet.PropertyDamage],
            Apply("A: In Homs the house burned and the men inside, they burned.", HarmSet.PropertyDamage));
    }

    [Fact]
    public void Apply_PeopleBurnSomething_Unchanged()
    {
        Assert.Equal(
            [HarmSet.PropertyDamage],
            Apply("A: In Cauca the same men burned the sawmill.", HarmSet.PropertyDamage));
    }
}
