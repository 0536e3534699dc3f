using TestimonyNlp.Model;

namespace TestimonyNlp.Claims.Building;

/// <summary>
/// The word stems that name each harm (<c>killed</c>, <c>wounded</c>, <c>arrested</c>): used only to tell apart
/// the counts of a sentence that asserts two harms ("seven were killed and twenty wounded"), never to decide
/// whether a harm is asserted, which is the classifier's job.
/// </summary>
internal static class HarmWords
{
    private static readonly string[] KilledStems = ["kill", "die", "dead", "death", "martyr", "bodies", "body", "corpse", "murder", "execut", "shot"];
    private static readonly string[] InjuredStems = ["injur", "wound", "hurt", "bleed", "burn", "amputat", "cut"];
    private static readonly string[] MissingStems = ["missing", "disappear", "vanish", "lost"];
    private static readonly string[] DetainedStems = ["detain", "arrest", "abduct", "kidnap", "taken", "took", "prison", "jail", "captur"];
    private static readonly string[] DisplacedStems = ["fled", "flee", "displac", "left", "leave", "escap"];
    private static readonly string[] DamageStems = ["destroy", "damag", "collaps", "flatten", "burn", "ruin", "hit"];
    private static readonly Harm[] AllHarms = Enum.GetValues<Harm>();

    /// <summary>True when the word starts with a stem of <paramref name="harm"/>.</summary>
    public static bool Names(Harm harm, ReadOnlySpan<char> word)
    {
        foreach (var stem in Stems(harm))
        {
            if (word.StartsWith(stem, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the word starts with a stem of <paramref name="harm"/> and of no other harm: "left", "fled" for
    /// a flight.</summary>
    public static bool NamesOnly(Harm harm, ReadOnlySpan<char> word)
    {
        if (!Names(harm, word))
        {
            return false;
        }

        foreach (var other in AllHarms)
        {
            if (other != harm && Names(other, word))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The harm whose toll is most often told beside this one's, in one sentence: the dead beside the wounded.</summary>
    public static Harm? Rival(Harm harm) => harm switch
    {
        Harm.Killed => Harm.Injured,
        Harm.Injured => Harm.Killed,
        _ => null,
    };


    private static string[] Stems(Harm harm) => harm switch
    {
        Harm.Killed => KilledStems,
        Harm.Injured => InjuredStems,
        Harm.Missing => MissingStems,
        Harm.Detained => DetainedStems,
        Harm.Displaced => DisplacedStems,
        Harm.PropertyDamage => DamageStems,
        _ => throw new ArgumentOutOfRangeException(nameof(harm)),
    };
}
