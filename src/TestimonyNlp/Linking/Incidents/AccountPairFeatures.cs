namespace TestimonyNlp.Linking.Incidents;

/// <summary>What two accounts of different testimonies share and where they differ, as
/// <see cref="AccountLinker"/> weighs them.</summary>
internal struct AccountPairFeatures
{
    /// <summary>The least gap in days between two dated claims (0 when they overlap), or
    /// <see cref="int.MaxValue"/> when either account has no dated claim.</summary>
    public int Gap;

    /// <summary>Two claims name the same single day.</summary>
    public bool SameDay;

    /// <summary>Two claims overlap, the narrower at most <see cref="IncidentLinkerOptions.NarrowDays"/> wide.</summary>
    public bool NarrowOverlap;

    /// <summary>The context dates of two claims name one single day.</summary>
    public bool ContextSameDay;

    /// <summary>The context dates of two claims agree (only when the options let them soften a conflict).</summary>
    public bool ContextAgree;

    /// <summary>The closest relation of two claims' sites.</summary>
    public SiteRelation Site;

    /// <summary>The depth of the outer site of the closest nested pair.</summary>
    public int OuterDepth;

    /// <summary>2 the same weapon, 1 confused weapons, -1 only different weapons, 0 unknown.</summary>
    public int Weapon;

    /// <summary>Two claims name the same actor.</summary>
    public bool ActorSame;

    /// <summary>Two claims name different actors.</summary>
    public bool ActorOther;

    /// <summary>A victim is named by both.</summary>
    public bool Named;

    /// <summary>A context place few testimonies name is named around both.</summary>
    public bool SharedPlace;

    /// <summary>A context person few testimonies name is named around both.</summary>
    public bool SharedPerson;

    /// <summary>The first account has a dated claim.</summary>
    public bool DatedX;

    /// <summary>The second account has a dated claim.</summary>
    public bool DatedY;

    /// <summary>Two claims of one harm give the same toll of at least <see cref="IncidentLinkerOptions.MinSharedToll"/>.</summary>
    public bool SameToll;

    /// <summary>The accounts' main harms are the same.</summary>
    public bool SameHarm;

    /// <summary>The targets named around the first account.</summary>
    public TargetKinds TargetsX;

    /// <summary>The targets named around the second account.</summary>
    public TargetKinds TargetsY;

    /// <summary>The accounts share a town: the same site, one inside the other below a governorate, or sites of one town.</summary>
    public readonly bool TownShared => Site is SiteRelation.Same or SiteRelation.SameTown or SiteRelation.Neighbours
        || (Site == SiteRelation.Nested && OuterDepth >= 2);

    /// <summary>Both name one kind of target.</summary>
    public readonly bool SharedTarget => (TargetsX & TargetsY) != TargetKinds.None;

    /// <summary>The accounts' dates share no more than a range wider than a week.</summary>
    public readonly bool CoarseOnly => Gap == 0 && !NarrowOverlap;

    /// <summary>True when the accounts cannot be one incident: dates further apart than the slack, sites apart,
    /// only different weapons, or no more than a month or a year in common (or no date) at two sites neither equal
    /// nor nested, without a victim in common.</summary>
    public readonly bool Conflict(IncidentLinkerOptions o)
    {
        var slack = Named ? o.NamedDateSlackDays : o.DateSlackDays;
        // A claim's date is often another of the dates its account names; two accounts whose nearby dates agree
        // may tell one event whose claims took different dates.
        var dateConflict = Gap != int.MaxValue && Gap > slack && !ContextAgree;
        var targetTie = SharedTarget && TownShared;
        // A month or a year in common says little: many events share it, so two accounts that share no more than
        // that must name one site (or one inside the other) to be one incident; an undated account may also name
        // the other's target in its town, since the pipeline often resolves a witness's site to a street nearby.
        var coarseApart = !Named
            && !(targetTie && Gap == int.MaxValue)
            && (CoarseOnly || Gap == int.MaxValue)
            && Site is not (SiteRelation.Same or SiteRelation.Nested or SiteRelation.Unknown);
        return dateConflict || Site == SiteRelation.Apart || Weapon < 0 || coarseApart;
    }

    /// <summary>The hand-set evidence weight of the pair (<see cref="IncidentLinkerOptions"/>).</summary>
    public readonly double Weigh(IncidentLinkerOptions o)
    {
        var score = Named ? o.SharedVictimWeight : 0.0;
        score += SharedPlace ? o.SharedPlaceWeight : 0;
        score += SharedPerson && !Named ? o.SharedPersonWeight : 0;
        score += SameDay ? o.SameDayWeight : NarrowOverlap ? o.NarrowOverlapWeight : 0;
        score += ContextSameDay && !SameDay ? o.ContextSameDayWeight : 0;
        score += Gap != int.MaxValue && Gap > 0 ? o.NearDayWeight : 0;
        score += !DatedX || !DatedY ? o.UndatedWeight : 0;
        score += Site switch
        {
            SiteRelation.Same => o.SameSiteWeight,
            SiteRelation.Nested => OuterDepth >= 2 ? o.NestedSiteWeight : o.WeakNestedSiteWeight,
            SiteRelation.SameTown => o.SameTownWeight,
            SiteRelation.Neighbours => o.NeighbourSiteWeight,
            SiteRelation.SameRegion => o.SameRegionWeight,
            SiteRelation.SameCountry => o.DistantSiteWeight,
            _ => 0,
        };
        score += Weapon == 2 ? o.SameWeaponWeight : Weapon == 1 ? o.ConfusedWeaponWeight : 0;
        score += ActorSame ? o.SameActorWeight : ActorOther ? o.OtherActorWeight : 0;
        score += SameHarm ? o.SameHarmWeight : 0;
        score += SameToll ? o.SameTollWeight : 0;
        // One target in one month says little more than the month: a market is struck many times.
        score += SharedTarget
            ? CoarseOnly ? 0 : o.SharedTargetWeight
            : TargetsX != TargetKinds.None && TargetsY != TargetKinds.None ? o.OtherTargetWeight
            : 0;
        return score;
    }
}
