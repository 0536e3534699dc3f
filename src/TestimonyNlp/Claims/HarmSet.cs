using TestimonyNlp.Model;

namespace TestimonyNlp.Claims;

/// <summary>The harms one sentence asserts, as a set of <see cref="Harm"/> values (several can hold at once:
/// "two were killed and five injured").</summary>
[Flags]
public enum HarmSet : byte
{
    /// <summary>No harm asserted.</summary>
    None = 0,

    /// <summary><see cref="Harm.Killed"/>.</summary>
    Killed = 1 << Harm.Killed,

    /// <summary><see cref="Harm.Injured"/>.</summary>
    Injured = 1 << Harm.Injured,

    /// <summary><see cref="Harm.Missing"/>.</summary>
    Missing = 1 << Harm.Missing,

    /// <summary><see cref="Harm.Detained"/>.</summary>
    Detained = 1 << Harm.Detained,

    /// <summary><see cref="Harm.Displaced"/>.</summary>
    Displaced = 1 << Harm.Displaced,

    /// <summary><see cref="Harm.PropertyDamage"/>.</summary>
    PropertyDamage = 1 << Harm.PropertyDamage,
}

/// <summary>Conversions between <see cref="HarmSet"/> and <see cref="Harm"/>.</summary>
public static class HarmSets
{
    /// <summary>The set holding only <paramref name="harm"/>.</summary>
    public static HarmSet Of(Harm harm) => (HarmSet)(1 << (int)harm);

    /// <summary>True when <paramref name="set"/> holds <paramref name="harm"/>.</summary>
    public static bool Contains(this HarmSet set, Harm harm) => (set & Of(harm)) != 0;
}
