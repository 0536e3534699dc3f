using TestimonyNlp.Claims.Dates;

namespace TestimonyNlp.Claims.Building;

/// <summary>What the claim builder asks of a DATE mention whatever the claim (<see cref="DocumentLayout.TraitsOfDate"/>).</summary>
[Flags]
internal enum DateTraits : byte
{
    /// <summary>Not read yet.</summary>
    None = 0,

    /// <summary>The mention's traits were read (set on every read mention).</summary>
    Read = 1,

    /// <summary>It counts a span of time on from the event told before it ("two weeks later",
    /// <see cref="DateWords.MovesOn"/>).</summary>
    MovesOn = 2,

    /// <summary>It dates the hearing of a death or a burial (<see cref="DateAsides.IsToldAfter"/>).</summary>
    ToldAfter = 4,

    /// <summary>It is no event a later claim carries: an aside, a period's start after "since", the reason a day is
    /// remembered, what had been done before, the hearing of the dead or a visit after (<see cref="DateAsides"/>).</summary>
    Background = 8,

    /// <summary>It names only a time of day ("that night", <see cref="ClaimContext.OnlyTimeOfDay"/>).</summary>
    TimeOfDay = 16,

    /// <summary>It only points back at a day told ("that day", <see cref="ClaimContext.IsThatDay"/>).</summary>
    ThatDay = 32,

    /// <summary>It places its event by the calendar ("December", "in 2021", "last spring",
    /// <see cref="ClaimContext.NamesCalendarTime"/>).</summary>
    Calendar = 64,

    /// <summary>The witness takes it back for the date told right after it ("the 14th, no, wait, it was the 13th",
    /// <see cref="DateAsides.IsTakenBack"/>).</summary>
    TakenBack = 128,
}
