using System.Collections.Immutable;

namespace TestimonyNlp.Entities.Lexicons;

/// <summary>One meaning of an actor alias: the canonical actor, and the countries where the alias means it.</summary>
/// <param name="Canonical">The canonical actor name (corpus/MARKUP.md).</param>
/// <param name="Countries">ISO 3166-1 alpha-2 codes where the alias means this actor; empty when it means it anywhere.</param>
public sealed record ActorSense(string Canonical, ImmutableArray<string> Countries)
{
    /// <summary>True when the alias means this actor in any country.</summary>
    public bool AppliesAnywhere => Countries.IsDefaultOrEmpty;
}

/// <summary>How an alias was resolved to its canonical actor.</summary>
public enum ActorResolutionKind
{
    /// <summary>The alias has one meaning, anywhere (<c>Daesh</c>).</summary>
    Unambiguous,

    /// <summary>The country chose among the alias's meanings (<c>the coalition</c> in Yemen).</summary>
    Country,

    /// <summary>The alias's meaning outside its listed countries, used because the country is none of them or unknown.</summary>
    Default,

    /// <summary>The country is unknown and the alias means something only in some countries: the first listed
    /// meaning, a guess.</summary>
    Guess,
}

/// <summary>The canonical actor an alias stands for in a testimony, and how sure that is.</summary>
/// <param name="Canonical">The canonical actor name.</param>
/// <param name="Kind">How it was chosen.</param>
public readonly record struct ActorResolution(string Canonical, ActorResolutionKind Kind);

/// <summary>What an actor alias can mean: its senses in file order. The payload of the actor phrases.</summary>
public sealed class ActorAlias
{
    /// <summary>Creates an alias with <paramref name="senses"/> (at most one of them applying anywhere).</summary>
    /// <param name="senses">The meanings, in file order.</param>
    /// <param name="isAttributive">True for a nationality adjective or name that is an actor only before a weapon.</param>
    public ActorAlias(ImmutableArray<ActorSense> senses, bool isAttributive = false)
    {
        Senses = senses;
        IsAttributive = isAttributive;
    }

    /// <summary>The meanings, in file order.</summary>
    public ImmutableArray<ActorSense> Senses { get; }

    /// <summary>
    /// True when the alias names an actor only as the attribute of a weapon or a side: <c>Russian</c> in
    /// <c>the Russian planes</c> or <c>the Russian side</c>, never in <c>a Russian doctor</c>
    /// (corpus/MARKUP.md, "Nationality before a weapon").
    /// </summary>
    public bool IsAttributive { get; }

    /// <summary>
    /// True when every meaning depends on the country (<c>the army</c>, <c>the police</c>): a common noun rather
    /// than a name, which is no actor where it only modifies a place or a person (<c>the police station</c>).
    /// </summary>
    public bool IsCommonNoun
    {
        get
        {
            foreach (var sense in Senses)
            {
                if (sense.AppliesAnywhere)
                {
                    return false;
                }
            }

            return !Senses.IsDefaultOrEmpty;
        }
    }

    /// <summary>
    /// Resolves the alias in a testimony about <paramref name="country"/> (an ISO code, or null when unknown).
    /// False when the alias means no actor there (<c>the soldiers</c> names the Tatmadaw in Myanmar only).
    /// </summary>
    public bool TryResolve(string? country, out ActorResolution resolution)
    {
        ActorSense? anywhere = null;
        var specific = 0;
        foreach (var sense in Senses)
        {
            if (sense.AppliesAnywhere)
            {
                anywhere = sense;
                continue;
            }

            specific++;
            if (country is not null && sense.Countries.Contains(country, StringComparer.Ordinal))
            {
                resolution = new ActorResolution(sense.Canonical, ActorResolutionKind.Country);
                return true;
            }
        }

        if (anywhere is not null)
        {
            resolution = new ActorResolution(anywhere.Canonical, specific == 0 ? ActorResolutionKind.Unambiguous : ActorResolutionKind.Default);
            return true;
        }

        if (country is null && specific > 0)
        {
            resolution = new ActorResolution(Senses[0].Canonical, ActorResolutionKind.Guess);
            return true;
        }

        resolution = default;
        return false;
    }
}
