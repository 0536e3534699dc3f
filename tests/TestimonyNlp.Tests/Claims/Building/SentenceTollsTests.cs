using TestimonyNlp.Claims.Building;
using TestimonyNlp.Claims.Counts;
using TestimonyNlp.Model;

namespace TestimonyNlp.Tests.Claims.Building;

public sealed class SentenceTollsTests
{
    private static readonly CountMention Three = new(4, 15, 3, 3, CountTarget.People, CountCue.Noun);

    private static readonly CountMention Houses = new(30, 42, 2, 2, CountTarget.Things, CountCue.Noun);

    [Fact]
    public void TryGet_NothingKept_FalseWithoutToll()
    {
        var tolls = new SentenceTolls(3);

        var kept = tolls.TryGet(Harm.Killed, 1, out var toll);

        Assert.Equal((false, (CountMention?)null), (kept, toll));
    }

    [Fact]
    public void Keep_TollsAndNone_EachReadBackByHarmAndSentence()
    {
        var tolls = new SentenceTolls(3);
        tolls.Keep(Harm.Killed, 0, Three);
        tolls.Keep(Harm.Killed, 2, null);
        tolls.Keep(Harm.PropertyDamage, 2, Houses);

        var read = new[] { (Harm.Killed, 0), (Harm.Killed, 1), (Harm.Killed, 2), (Harm.PropertyDamage, 2), (Harm.Injured, 0) }
            .Select(asked => (tolls.TryGet(asked.Item1, asked.Item2, out var toll), toll))
            .ToArray();

        Assert.Equal(
            [(true, (CountMention?)Three), (false, null), (true, null), (true, Houses), (false, null)],
            read);
    }

    [Fact]
    public void TryGet_SentencePastTheDocument_Throws()
    {
        var tolls = new SentenceTolls(2);

        Assert.Throws<ArgumentOutOfRangeException>(() => tolls.TryGet(Harm.Killed, 2, out _));
    }
}
