using TestimonyNlp.Claims.Building;
using TestimonyNlp.Model;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Claims.Building;

/// <summary>The cues of <see cref="ActorCues"/> that read whole sentences: questions, answers and what they say of
/// knowing the attacker.</summary>
public sealed class ActorCueAnswerTests
{
    /// <summary>A layout of <paramref name="text"/> with one ACTOR mention, the first <paramref name="name"/>, if any.</summary>
    private static (DocumentLayout Layout, EntityMention? Actor) WithActor(string text, string? name = null)
    {
        var document = CraftedTranscript.Tokenized(text);
        EntityMention? actor = null;
        if (name is not null)
        {
            var start = text.IndexOf(name, StringComparison.Ordinal);
            actor = new EntityMention("e1", EntityType.Actor, start, start + name.Length, name, "army", 0.9);
            document.Entities.Add(actor);
        }

        return (new DocumentLayout(document), actor);
    }

    [Theory]
    [InlineData("A: A shell hit our house. I don't know who fired it.\n", true)]
    [InlineData("A: A shell hit our house. I cannot say whose shell it was.\n", true)]
    [InlineData("A: A shell hit our house.\nQ: Do you know who fired?\nA: We did not know.\n", true)]
    [InlineData("A: A shell hit our house.\nQ: Do you know who fired?\nA: - No.\n", true)]
    [InlineData("A: A shell hit our house. I don't know who was dead.\n", false)]
    [InlineData("A: A shell hit our house.\nQ: Do you know who fired?\nA: Yes, the army.\n", false)]
    public void IsAttackerUnknown_WitnessSaysWhoIsNotKnown_Unknown(string text, bool unknown)
    {
        var (layout, _) = WithActor(text);
        Assert.Equal(unknown, ActorCues.IsAttackerUnknown(layout, 0, 0));
    }

    [Theory]
    [InlineData("Q: Who fired the shell?\nA: I don't know. Maybe the army.\n", true)]
    [InlineData("Q: Do you know who fired?\nA: - No, both were firing, the army was inside.\n", true)]
    [InlineData("Q: Who fired?\nA: - No, the army was inside.\n", false)]
    [InlineData("Q: Who fired the shell?\nA: The army, from the hill.\n", false)]
    public void IsNamedUnknowing_AnswerOpensByNotKnowing_NamedUnknowing(string text, bool unknowing)
    {
        var (layout, actor) = WithActor(text, "the army");
        Assert.Equal(unknowing, ActorCues.IsNamedUnknowing(layout, actor!));
    }

    [Theory]
    [InlineData("Q: Were there soldiers in the market?\nA: No, the army was in the mountains.\n", "the army", true)]
    [InlineData("Q: Were there army near the school?\nA: No.\n", "army", true)]
    [InlineData("A: The army was there.\n", "The army", false)]
    public void IsPresenceAsked_FormOfBeThere_Asked(string text, string name, bool asked)
    {
        var (layout, actor) = WithActor(text, name);
        Assert.Equal(asked, ActorCues.IsPresenceAsked(layout, actor!));
    }

    [Theory]
    [InlineData("A: A shell hit our house.\nQ: Who fired it?\nA: Codeco.\n", true)]
    [InlineData("A: A shell hit our house.\nQ: Who fired it?\nA: It was Codeco.\n", true)]
    [InlineData("A: A shell hit our house.\nQ: Who fired it?\nA: Codeco came at night.\n", false)]
    public void AnswersWhoByName_AnswerOnlyTheSide_Answers(string text, bool answers)
    {
        var (layout, actor) = WithActor(text, "Codeco");
        Assert.Equal(answers, ActorCues.AnswersWhoByName(layout, actor!, layout.Turn(0)));
    }

    [Theory]
    [InlineData("Q: Who fired it?\nA: Codeco. Everybody says Codeco.\n", true)]
    [InlineData("Q: Who fired it?\nA: It was Codeco. That is what people say.\n", true)]
    [InlineData("Q: Who fired it?\nA: Codeco. They said it on their radio.\n", false)]
    [InlineData("Q: Who fired it?\nA: Codeco came at night. Everybody says so.\n", false)]
    [InlineData("Q: Who fired it?\nA: Codeco.\nQ: Everybody says so?\n", false)]
    public void IsNamedAsHearsay_NextSentenceHandsTheNameOn_Hearsay(string text, bool hearsay)
    {
        var (layout, actor) = WithActor(text, "Codeco");
        Assert.Equal(hearsay, ActorCues.IsNamedAsHearsay(layout, actor!));
    }

    [Theory]
    [InlineData("A: Only the army keeps mortars on that ridge.\n", "the army", true)]
    [InlineData("A: The army, who else?\n", "The army", true)]
    [InlineData("A: The army. Nobody else fires from the ridge.\n", "The army", true)]
    [InlineData("A: The army came at night.\n", "The army", false)]
    [InlineData("A: The army came at night.\nQ: Who else came?\n", "The army", false)]
    public void NamesByExclusion_OnlyOrNoOtherSide_Excludes(string text, string name, bool excludes)
    {
        var (layout, actor) = WithActor(text, name);
        Assert.Equal(excludes, ActorCues.NamesByExclusion(layout, actor!));
    }

    [Theory]
    [InlineData("A: A shell hit our house.\nQ: Who fired it?\nA: Only the army keeps mortars on that ridge.\n", true)]
    [InlineData("A: A shell hit our house.\nQ: Did you stay?\nA: Only the army keeps mortars on that ridge.\n", false)]
    [InlineData("A: A shell hit our house.\nQ: Who fired it?\nA: I saw the army on the hill.\n", false)]
    public void AnswersWhoByExclusion_AnswerToWhoRulingOthersOut_Answers(string text, bool answers)
    {
        var (layout, actor) = WithActor(text, "the army");
        Assert.Equal(answers, ActorCues.AnswersWhoByExclusion(layout, actor!, layout.Turn(0)));
    }

    [Theory]
    [InlineData("A: A shell hit our house.\nQ: Do you know more?\nA: The army said on its channel that they hit a base.\n", true)]
    [InlineData("A: A shell hit our house.\nQ: Do you know more?\nA: The army, they said it themselves.\n", true)]
    [InlineData("A: A shell hit our house.\nQ: Do you know more?\nA: The army said it was them.\n", true)]
    [InlineData("A: A shell hit our house.\nQ: Do you know more?\nA: The army said it was them. Or the rebels.\n", false)]
    [InlineData("A: A shell hit our house.\nQ: Do you know more?\nA: The army said the road was closed.\n", false)]
    [InlineData("A: A shell hit our house.\nQ: Did the army say it was them?\nA: Yes.\n", false)]
    public void ClaimsTheAttack_SideSaysItDidIt_Claims(string text, bool claims)
    {
        var (layout, actor) = WithActor(text, "army");
        Assert.Equal(claims, ActorCues.ClaimsTheAttack(layout, actor!, layout.Turn(0)));
    }

    [Theory]
    [InlineData("A: They shelled the street.\n", true)]
    [InlineData("A: We left the street.\n", false)]
    public void TellsAttack_VerbOfAttack_Attack(string text, bool attack)
    {
        var (layout, _) = WithActor(text);
        Assert.Equal(attack, ActorCues.TellsAttack(layout, 0));
    }
}
