using TestimonyNlp.Claims.Building;
using TestimonyNlp.Model;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Claims.Building;

/// <summary>The cues of <see cref="ActorCues"/> that read the words right before a side's name.</summary>
public sealed class ActorCueWindowTests
{
    /// <summary>A layout of <paramref name="text"/> with one ACTOR mention, the first <paramref name="name"/>.</summary>
    private static (DocumentLayout Layout, EntityMention Actor) WithActor(string text, string name)
    {
        var document = CraftedTranscript.Tokenized(text);
        var start = text.IndexOf(name, StringComparison.Ordinal);
        var actor = new EntityMention("e1", EntityType.Actor, start, start + name.Length, name, "army", 0.9);
        document.Entities.Add(actor);
        return (new DocumentLayout(document), actor);
    }

    [Theory]
    [InlineData("A: They accused Omar of helping the army.\n", "army", true)]
    [InlineData("A: Soldiers took him, they said he was an army informer.\n", "army", true)]
    [InlineData("A: They accused Omar, then the army came.\n", "army", false)]
    [InlineData("A: They accused Omar of many things before the day the army came.\n", "army", false)]
    public void IsAccused_AccusingWordBeforeTheSide_Accused(string text, string name, bool accused)
    {
        var (layout, actor) = WithActor(text, name);
        Assert.Equal(accused, ActorCues.IsAccused(layout, actor));
    }

    [Theory]
    [InlineData("A: They fired mortars at the army in Idlib.\n", "the army", true)]
    [InlineData("A: A drone hit a car of the army.\n", "the army", true)]
    [InlineData("A: The mortars fell at the army post.\n", "the army", false)]
    [InlineData("A: The house was hit and the army came.\n", "the army", false)]
    public void IsTargeted_StrikingOrAimingBeforeTheSide_Targeted(string text, string name, bool targeted)
    {
        var (layout, actor) = WithActor(text, name);
        Assert.Equal(targeted, ActorCues.IsTargeted(layout, actor));
    }

    [Theory]
    [InlineData("A: The militia was fighting with the army.\n", "army", true)]
    [InlineData("A: There was shooting between the rebels and the army.\n", "army", true)]
    [InlineData("A: Between us, the army came.\n", "army", false)]
    public void IsFightingParty_FightingWordBeforeTheSide_FightingParty(string text, string name, bool fighting)
    {
        var (layout, actor) = WithActor(text, name);
        Assert.Equal(fighting, ActorCues.IsFightingParty(layout, actor));
    }

    [Theory]
    [InlineData("A: My brother Samir was in the army.\n", "army", true)]
    [InlineData("A: They shouted at him: you are army!\n", "army", true)]
    [InlineData("A: The army was in the town.\n", "army", false)]
    public void IsMembership_BeingInBeforeTheSide_Membership(string text, string name, bool member)
    {
        var (layout, actor) = WithActor(text, name);
        Assert.Equal(member, ActorCues.IsMembership(layout, actor));
    }

    [Theory]
    [InlineData("A: We walked past the base of the army to Hama.\n", "army", true)]
    [InlineData("A: We left before the army came.\n", "army", true)]
    [InlineData("A: The army came and we left for Hama.\n", "army", false)]
    public void IsFlightAside_OfOrBeforeTheSide_Aside(string text, string name, bool aside)
    {
        var (layout, actor) = WithActor(text, name);
        Assert.Equal(aside, ActorCues.IsFlightAside(layout, actor));
    }

    [Theory]
    [InlineData("A: We walked to the army post at dawn.\n", "the army", true)]
    [InlineData("A: We walked toward the army lines at night.\n", "army", true)]
    [InlineData("A: We went to Hama when the army came.\n", "army", false)]
    [InlineData("A: The army came to our street and we left.\n", "The army", false)]
    public void IsFlightAside_ToOrTowardTheSide_Aside(string text, string name, bool aside)
    {
        var (layout, actor) = WithActor(text, name);
        Assert.Equal(aside, ActorCues.IsFlightAside(layout, actor));
    }
}
