using TestimonyNlp.Claims.Dates;

namespace TestimonyNlp.Tests.Claims.Dates;

public sealed class DateResolverRobustnessTests
{
    private static readonly string[] _pieces =
    [
        "the", "a", "of", "last", "next", "this", "that", "same", "before", "after", "later", "ago", "or", "and", "between",
        "early", "mid", "-", "end", "middle", "first", "second", "last", "31st", "0th", "99th", "twenty", "-", "first",
        "day", "days", "week", "weeks", "month", "year", "years", "night", "hour", "few", "several", "two", "1000000",
        "9999", "2099", "1900", "0", "31", "29", "/", ".", "12", "2", "February", "Ramadan", "Hijja", "Saratan", "Hut",
        "winter", "spring", "Eid", "big", "small", "al-Adha", "Easter", "holy", "Friday", "Sunday", "Christmas", "eve",
        "Ashura", "Nowruz", "Orthodox", "yesterday", "today", "around", "morning", "o'clock", "kanun", "al-thani", "’s",
    ];

    [Fact]
    public void Resolve_RandomWordSalad_NeverThrowsAndKeepsRangesOrdered()
    {
        var random = new Random(20260129);
        var contexts = new[]
        {
            DateContext.Empty,
            new DateContext(new DateOnly(2019, 4, 2)),
            new DateContext(new DateOnly(2019, 4, 2), DateSpan.Day(new DateOnly(2016, 9, 9))),
            new DateContext(null, new DateSpan(new DateOnly(2000, 1, 1), new DateOnly(2000, 12, 31))),
            new DateContext(new DateOnly(2099, 12, 31), DateSpan.Day(new DateOnly(2099, 12, 30))),
            new DateContext(new DateOnly(1900, 1, 2), DateSpan.Day(new DateOnly(1900, 1, 1))),
        };
        int resolved = 0;
        for (int i = 0; i < 20_000; i++)
        {
            int length = random.Next(1, 7);
            var words = new string[length];
            for (int w = 0; w < length; w++)
            {
                words[w] = _pieces[random.Next(_pieces.Length)];
            }

            var text = string.Join(random.Next(3) == 0 ? "" : " ", words);
            var result = DateResolver.Resolve(text, contexts[random.Next(contexts.Length)]);

            Assert.Equal(text, result.Range.Text);
            Assert.Equal(result.Range.From is null, result.Range.To is null);
            if (result.TryGetSpan(out var span))
            {
                resolved++;
                Assert.True(span.From <= span.To, text);
                Assert.NotEqual(DatePrecision.Unresolved, result.Precision);
                Assert.NotEqual(DateAnchor.None, result.Anchor);
            }
        }

        // The salad must exercise the resolving paths, not only the refusals.
        Assert.InRange(resolved, 2_000, 20_000);
    }

    [Theory]
    [InlineData("1000000 years later")]
    [InlineData("two hundred years ago")]
    [InlineData("150 days later")]
    [InlineData("the 1000000th")]
    public void Resolve_HugeOffsetOrNumber_IsUnresolved(string text)
    {
        var context = new DateContext(new DateOnly(2019, 4, 2), DateSpan.Day(new DateOnly(2016, 9, 9)));

        Assert.False(DateResolver.Resolve(text, context).IsResolved);
    }
}
