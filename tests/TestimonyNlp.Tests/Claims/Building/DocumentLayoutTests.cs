using TestimonyNlp.Claims.Building;
using TestimonyNlp.Claims.Counts;
using TestimonyNlp.Model;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Claims.Building;

public sealed class DocumentLayoutTests
{
    private const string Answer = "A: Karim Haddad drove from Homs to Hama.\n";

    private static DocumentLayout Layout()
    {
        var document = CraftedTranscript.Tokenized(Answer);
        foreach (var (type, text) in new[] { (EntityType.Person, "Karim Haddad"), (EntityType.Place, "Homs"), (EntityType.Place, "Hama") })
        {
            var start = Answer.IndexOf(text, StringComparison.Ordinal);
            document.Entities.Add(new EntityMention($"e{document.Entities.Count + 1}", type, start, start + text.Length, text, null, 0.9));
        }

        return new DocumentLayout(document);
    }

    [Theory]
    [InlineData("Karim", "e1")]
    [InlineData("Haddad", "e1")]
    [InlineData("Homs", "e2")]
    [InlineData("Hama", "e3")]
    public void EntityAt_OffsetInAMention_ThatMention(string word, string id)
    {
        Assert.Equal(id, Layout().EntityAt(Answer.IndexOf(word, StringComparison.Ordinal))?.Id);
    }

    [Theory]
    [InlineData("drove")]
    [InlineData(" to")]
    [InlineData(".")]
    public void EntityAt_OffsetOutsideMentions_Null(string word)
    {
        Assert.Null(Layout().EntityAt(Answer.IndexOf(word, StringComparison.Ordinal)));
    }

    // Offsets into "A: Karim Haddad drove from Homs to Hama.": Karim Haddad 3-15, Homs 27-31, Hama 35-39.
    [Theory]
    [InlineData(0, 41, "e1 e2 e3")]
    [InlineData(3, 31, "e1 e2")]
    [InlineData(4, 31, "e2")]
    [InlineData(3, 30, "e1")]
    [InlineData(16, 26, "")]
    [InlineData(28, 38, "")]
    public void EntitiesWithin_Range_MentionsWhollyInside(int start, int end, string ids)
    {
        Assert.Equal(ids, string.Join(' ', Layout().EntitiesWithin(start, end).ToArray().Select(e => e.Id)));
    }

    [Theory]
    [InlineData(0, 41, "e1 e2 e3")]
    [InlineData(14, 28, "e1 e2")]
    [InlineData(15, 27, "")]
    [InlineData(30, 36, "e2 e3")]
    [InlineData(38, 41, "e3")]
    public void EntitiesOverlapping_Range_MentionsSharingACharacter(int start, int end, string ids)
    {
        Assert.Equal(ids, string.Join(' ', Layout().EntitiesOverlapping(start, end).ToArray().Select(e => e.Id)));
    }

    [Theory]
    [InlineData("Karim Haddad", "drove from Homs to Hama .")]
    [InlineData("Homs", "to Hama .")]
    [InlineData("Hama", ".")]
    public void TokensAfter_Mention_TokensToTheEndOfItsSentence(string mention, string expected)
    {
        var layout = Layout();
        var entity = layout.Document.Entities.Single(e => e.Text == mention);
        var words = layout.TokensAfter(entity).ToArray().Select(t => Answer[t.Start..t.End]);
        Assert.Equal(expected, string.Join(' ', words));
    }

    [Fact]
    public void TokensAfter_MentionEndingItsSentence_Empty()
    {
        const string answer = "A: They came from Homs\nQ: When?\n";
        var document = CraftedTranscript.Tokenized(answer);
        var start = answer.IndexOf("Homs", StringComparison.Ordinal);
        document.Entities.Add(new EntityMention("e1", EntityType.Place, start, start + 4, "Homs", null, 0.9));
        Assert.True(new DocumentLayout(document).TokensAfter(document.Entities[0]).IsEmpty);
    }

    private const string Dated =
        "Q: Were people hurt that day?\n"
        + "A: That night the shelling began. Two weeks later we left. By the way, in 2009 we had moved. We buried him the next day. It was March 2016.\n";

    private static DocumentLayout DatedLayout()
    {
        var document = CraftedTranscript.Tokenized(Dated);
        foreach (var text in new[] { "that day", "That night", "Two weeks later", "2009", "the next day", "March 2016" })
        {
            var start = Dated.IndexOf(text, StringComparison.Ordinal);
            document.Entities.Add(new EntityMention($"e{document.Entities.Count + 1}", EntityType.Date, start, start + text.Length, text, null, 0.9));
        }

        return new DocumentLayout(document);
    }

    // The traits as bits (DateTraits is internal): Read 1, MovesOn 2, ToldAfter 4, Background 8, TimeOfDay 16, ThatDay 32,
    // Calendar 64.
    [Theory]
    [InlineData(0, 1 | 32)]
    [InlineData(1, 1 | 16)]
    [InlineData(2, 1 | 2)]
    [InlineData(3, 1 | 8 | 64)]
    [InlineData(4, 1 | 4 | 8)]
    [InlineData(5, 1 | 64)]
    public void TraitsOfDate_EachMention_WhatItsWordsSay(int index, int expected)
    {
        Assert.Equal((DateTraits)expected, DatedLayout().TraitsOfDate(index));
    }

    [Fact]
    public void TraitsOfDate_AskedTwice_SameTraits()
    {
        var layout = DatedLayout();
        var first = layout.TraitsOfDate(4);
        Assert.Equal(first, layout.TraitsOfDate(4));
    }

    private const string Tolls = "A: Seven people were killed in the market. My cousin was hurt.\n";

    [Theory]
    [InlineData(Harm.Killed, 0)]
    [InlineData(Harm.Injured, 0)]
    [InlineData(Harm.Injured, 1)]
    [InlineData(Harm.PropertyDamage, 0)]
    public void OfSentence_AnySentence_TheTollChooseGivesIt(Harm harm, int sentence)
    {
        var layout = new DocumentLayout(CraftedTranscript.Tokenized(Tolls));
        var tolls = new TollChoice(new EvidenceCounts());
        Assert.Equal(tolls.Choose(layout, harm, sentence, sentence + 1), tolls.OfSentence(layout, harm, sentence));
        Assert.Equal(tolls.Choose(layout, harm, sentence, sentence + 1), tolls.OfSentence(layout, harm, sentence));
    }

    [Fact]
    public void OfSentence_Killed_TheFigureOfItsSentenceKept()
    {
        var layout = new DocumentLayout(CraftedTranscript.Tokenized(Tolls));
        var toll = new TollChoice(new EvidenceCounts()).OfSentence(layout, Harm.Killed, 0);
        Assert.Equal((7, 7), (toll?.Min, toll?.Max));
        Assert.Equal((true, toll), (layout.SentenceTolls.TryGet(Harm.Killed, 0, out var kept), kept));
        Assert.False(layout.SentenceTolls.TryGet(Harm.Displaced, 0, out _));
    }

    private const string Sides = "A: Maybe the army did it. He was in the militia. The police came.\n";

    private static DocumentLayout SidesLayout()
    {
        var document = CraftedTranscript.Tokenized(Sides);
        foreach (var text in new[] { "the army", "the militia", "The police" })
        {
            var start = Sides.IndexOf(text, StringComparison.Ordinal);
            document.Entities.Add(new EntityMention($"e{document.Entities.Count + 1}", EntityType.Actor, start, start + text.Length, text, null, 0.9));
        }

        return new DocumentLayout(document);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void TraitsOfActor_EachMention_WhatActorCuesSay(int index)
    {
        var layout = SidesLayout();
        var actor = layout.Document.Entities[index];
        var expected = ActorTraits.Read
            | (ActorCues.IsVictimsSide(layout, actor) ? ActorTraits.VictimsSide : ActorTraits.None)
            | (ActorCues.IsDoubted(layout, actor) || ActorCues.IsPresenceAsked(layout, actor) ? ActorTraits.DoubtedOrAsked : ActorTraits.None)
            | (ActorCues.IsNamedUnknowing(layout, actor) ? ActorTraits.NamedUnknowing : ActorTraits.None)
            | (ActorCues.IsFightingParty(layout, actor) ? ActorTraits.FightingParty : ActorTraits.None);
        Assert.Equal(expected, layout.TraitsOfActor(index));
        Assert.Equal(expected, layout.TraitsOfActor(index));
    }

    [Fact]
    public void TraitsOfActor_SideNamedInDoubt_DoubtedOrAsked()
    {
        Assert.Equal(ActorTraits.Read | ActorTraits.DoubtedOrAsked, SidesLayout().TraitsOfActor(0));
    }

    [Fact]
    public void TraitsOfActor_SideNamedPlainly_OnlyRead()
    {
        Assert.Equal(ActorTraits.Read, SidesLayout().TraitsOfActor(2));
    }

    [Fact]
    public void TraitsOfActor_SideNamedAfterBetween_FightingParty()
    {
        const string text = "A: There was shooting between the army and the rebels.\n";
        var document = CraftedTranscript.Tokenized(text);
        var start = text.IndexOf("the army", StringComparison.Ordinal);
        document.Entities.Add(new EntityMention("e1", EntityType.Actor, start, start + "the army".Length, "the army", null, 0.9));
        Assert.Equal(ActorTraits.Read | ActorTraits.FightingParty, new DocumentLayout(document).TraitsOfActor(0));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    public void SentenceOfEntity_EachMention_TheSentenceOfItsStart(int index, int sentence)
    {
        var layout = SidesLayout();
        Assert.Equal(sentence, layout.SentenceOfEntity(index));
        Assert.Equal(layout.SentenceOf(layout.Document.Entities[index].Start), layout.SentenceOfEntity(index));
    }
}
