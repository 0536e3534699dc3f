namespace TestimonyNlp.Claims.Building;

/// <summary>What the claim builder asks of an ACTOR mention whatever the claim (<see cref="DocumentLayout.TraitsOfActor"/>).</summary>
[Flags]
internal enum ActorTraits : byte
{
    /// <summary>Not read yet.</summary>
    None = 0,

    /// <summary>The mention's traits were read (set on every read mention).</summary>
    Read = 1,

    /// <summary>It is named as the victims' side, not the attacker (<see cref="ActorCues.IsVictimsSide"/>).</summary>
    VictimsSide = 2,

    /// <summary>It is named in doubt, denial or as others' word (<see cref="ActorCues.IsDoubted"/>), alone and then handed
    /// on as common word (<see cref="ActorCues.IsNamedAsHearsay"/>), or in a question of presence or its answer
    /// (<see cref="ActorCues.IsPresenceAsked"/>).</summary>
    DoubtedOrAsked = 4,

    /// <summary>It is named in an answer to "Who ...?" that opens by saying it is not known
    /// (<see cref="ActorCues.IsNamedUnknowing"/>).</summary>
    NamedUnknowing = 8,

    /// <summary>It is named as one of two sides fighting each other (<see cref="ActorCues.IsFightingParty"/>).</summary>
    FightingParty = 16,
}
