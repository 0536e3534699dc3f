using TestimonyNlp.Claims.Dates;

namespace TestimonyNlp.Tests.Claims.Dates;

public sealed class IslamicCalendarTableTests
{
    [Fact]
    public void Table_UnderInvariantGlobalization_IsFilled()
    {
        // The project builds with InvariantGlobalization; Umm al-Qura needs no culture data.
        Assert.True(AppContext.TryGetSwitch("System.Globalization.Invariant", out bool invariant) && invariant);
        Assert.True(IslamicCalendarTable.TryGetEidAlFitr(2016, out var day));
        Assert.Equal(new DateOnly(2016, 7, 6), day);
    }

    [Theory]
    [InlineData(2014, "2014-07-28")]
    [InlineData(2016, "2016-07-06")]
    [InlineData(2018, "2018-06-15")]
    [InlineData(2023, "2023-04-21")]
    [InlineData(2024, "2024-04-10")]
    [InlineData(2035, "2035-12-01")]
    public void TryGetEidAlFitr_TabulatedYear_GivesFirstOfShawwal(int year, string expected)
    {
        Assert.True(IslamicCalendarTable.TryGetEidAlFitr(year, out var day));
        Assert.Equal(DateOnly.Parse(expected), day);
    }

    [Theory]
    [InlineData(2015, "2015-09-24")]
    [InlineData(2016, "2016-09-12")]
    [InlineData(2019, "2019-08-11")]
    [InlineData(2024, "2024-06-16")]
    [InlineData(2025, "2025-06-06")]
    public void TryGetEidAlAdha_TabulatedYear_GivesTenthOfDhuAlHijjah(int year, string expected)
    {
        Assert.True(IslamicCalendarTable.TryGetEidAlAdha(year, out var day));
        Assert.Equal(DateOnly.Parse(expected), day);
    }

    [Theory]
    [InlineData(1999)]
    [InlineData(2036)]
    public void TryGetEidAlFitr_OutsideTable_ReturnsFalse(int year)
    {
        Assert.False(IslamicCalendarTable.TryGetEidAlFitr(year, out _));
    }

    [Fact]
    public void TryGetEidAlFitr_YearWithTwoEids_ReturnsFalse()
    {
        // 1 Shawwal fell on 8 January and again on 27 December 2000.
        Assert.False(IslamicCalendarTable.TryGetEidAlFitr(2000, out _));
    }

    [Fact]
    public void DaysIn_YearWithTwoEids_GivesBoth()
    {
        Span<DateOnly> days = stackalloc DateOnly[2];

        int count = IslamicCalendarTable.DaysIn(2000, IslamicCalendarTable.Shawwal, 1, days);

        Assert.Equal(2, count);
        Assert.Equal(new DateOnly(2000, 1, 8), days[0]);
        Assert.Equal(new DateOnly(2000, 12, 27), days[1]);
    }

    [Fact]
    public void TryGetMonth_Ramadan1439_BeginsOnTheDaySaudiArabiaKept()
    {
        // Umm al-Qura computes the 16th of May 2018; the fast was kept from the 17th, and Shawwal began on the 15th of June.
        Assert.True(IslamicCalendarTable.TryGetMonth(1439, IslamicCalendarTable.Ramadan, out var span));
        Assert.Equal(new DateSpan(new DateOnly(2018, 5, 17), new DateOnly(2018, 6, 14)), span);
    }

    [Fact]
    public void TryGetMonth_MonthBeforeAnObservedStart_EndsTheDayBefore()
    {
        Assert.True(IslamicCalendarTable.TryGetMonth(1437, IslamicCalendarTable.DhuAlHijjah - 1, out var span));
        Assert.Equal(new DateOnly(2016, 9, 2), span.To);
    }

    [Fact]
    public void TryGetMonth_Ramadan1435_GivesThirtyDays()
    {
        Assert.True(IslamicCalendarTable.TryGetMonth(1435, IslamicCalendarTable.Ramadan, out var span));
        Assert.Equal(new DateSpan(new DateOnly(2014, 6, 28), new DateOnly(2014, 7, 27)), span);
    }

    [Theory]
    [InlineData(1435, 0)]
    [InlineData(1435, 13)]
    [InlineData(1300, 9)]
    public void TryGetMonth_OutOfRange_ReturnsFalse(int year, int month)
    {
        Assert.False(IslamicCalendarTable.TryGetMonth(year, month, out _));
    }

    [Fact]
    public void Table_EveryTabulatedYear_HasEachEidOnceOrTwiceInsideTheYear()
    {
        Span<DateOnly> days = stackalloc DateOnly[2];
        for (int year = IslamicCalendarTable.Defaults.FirstGregorianYear; year <= IslamicCalendarTable.Defaults.LastGregorianYear; year++)
        {
            foreach (var (month, day) in new[] { (IslamicCalendarTable.Shawwal, 1), (IslamicCalendarTable.DhuAlHijjah, 10) })
            {
                int count = IslamicCalendarTable.DaysIn(year, month, day, days);
                Assert.InRange(count, 1, 2);
                for (int i = 0; i < count; i++)
                {
                    Assert.Equal(year, days[i].Year);
                }
            }
        }
    }

    [Fact]
    public void Table_ConsecutiveMonths_AreContiguousAndTwentyNineOrThirtyDays()
    {
        Assert.True(IslamicCalendarTable.TryGetMonth(1420, 1, out var previous));
        for (int year = 1420; year <= 1457; year++)
        {
            for (int month = year == 1420 ? 2 : 1; month <= 12; month++)
            {
                Assert.True(IslamicCalendarTable.TryGetMonth(year, month, out var span));
                Assert.Equal(previous.To.AddDays(1), span.From);
                Assert.InRange(span.Days, 29, 30);
                previous = span;
            }
        }
    }
}
