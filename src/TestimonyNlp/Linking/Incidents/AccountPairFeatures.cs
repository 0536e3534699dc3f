namespace TestimonyNlp.Linking.Incidents;

/// <summary>What two accounts of different testimonies share and where they differ, as
/// <see cref="AccountLinker"/> weighs them.</summary>
internal struct AccountPairFeatures
{
    private static readonly int DisplacementBit = PairFinder.FamilyBit(Model.Harm.Displaced);

    /// <summary>The least gap in days between two dated claims (0 when they overlap), or
    /// <see cref="int.MaxValue"/> when either account has no dated claim.</summary>
    public int Gap;

    /// <summary>The least gap in days between two claims whose dates were both told in their evidence
    /// (<see cref="ClaimTable.FirmDate"/>), or <see cref="int.MaxValue"/> when no such pair.</summary>
    public int FirmGap;

    /// <summary>The least gap in days between two dated claims not both of whose dates name only an hour or the day
    /// told before (<see cref="ClaimTable.HourOnly"/>), or <see cref="int.MaxValue"/> when no such pair.</summary>
    public int DayToldGap;

    /// <summary>Two claims name the same single day.</summary>
    public bool SameDay;

    /// <summary>Two claims overlap, the narrower at most <see cref="IncidentLinkerOptions.NarrowDays"/> wide.</summary>
    public bool NarrowOverlap;

    /// <summary>The context dates of two claims name one single day.</summary>
    public bool ContextSameDay;

    /// <summary>The context dates of two claims agree (only when the options let them soften a conflict).</summary>
    public bool ContextAgree;

    /// <summary>Two dated claims differ only by whole years (<see cref="ClaimTable.YearsApartOnly"/>).</summary>
    public bool YearsApartOnly;

    /// <summary>Two dated claims agree on the day and month in different years, the year of one defaulted
    /// (<see cref="ClaimTable.DefaultedYearOnly"/>).</summary>
    public bool DefaultedYearOnly;

    /// <summary>A year-less claim took the year of a claim of the other account (<see cref="ClaimTable.TryBorrowYear"/>),
    /// and the two were compared as dated on its day.</summary>
    public bool YearBorrowed;

    /// <summary>The closest relation of two claims' sites, <see cref="SiteRelation.Unknown"/> when none is closer
    /// (sites in different towns included).</summary>
    public SiteRelation Site;

    /// <summary>The least distance in kilometres between two claims' sites placed within a town and sharing no town
    /// (<see cref="ClaimTable.SiteKm"/>), <see cref="double.PositiveInfinity"/> when no such pair is placed.</summary>
    public double SiteKm;

    /// <summary>The depth of the outer site of the closest nested pair, or of the most precise site shared.</summary>
    public int OuterDepth;

    /// <summary>2 the same weapon, 1 confused weapons, -1 only weapons held apart (<see cref="WeaponConfusion.AreApart"/>), 0 unknown.</summary>
    public int Weapon;

    /// <summary>Two claims name the same actor.</summary>
    public bool ActorSame;

    /// <summary>Two claims name different actors.</summary>
    public bool ActorOther;

    /// <summary>Two claims name the same actor, either carried (<see cref="ClaimTable.ActorsCarried"/>).</summary>
    public bool CarriedActorSame;

    /// <summary>Two claims name different actors, either carried.</summary>
    public bool CarriedActorOther;

    /// <summary>A victim is named by both.</summary>
    public bool Named;

    /// <summary>The accounts are told by one witness in two interviews (<see cref="LinkClaim.WitnessKey"/>).</summary>
    public bool SameWitness;

    /// <summary>A context place few testimonies name is named around both.</summary>
    public bool SharedPlace;

    /// <summary>A place is named within the evidence of a claim of each account.</summary>
    public bool EvidencePlace;

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

    /// <summary>The harms of the first account's claims, one bit each (<c>1 &lt;&lt; (int)harm</c>).</summary>
    public int HarmsX;

    /// <summary>The harms of the second account's claims.</summary>
    public int HarmsY;

    /// <summary>The harm families of the first account's claims, one bit each (<see cref="PairFinder.FamilyBit"/>).</summary>
    public int HarmFamiliesX;

    /// <summary>The harm families of the second account's claims.</summary>
    public int HarmFamiliesY;

    /// <summary>The targets named around the first account.</summary>
    public TargetKinds TargetsX;

    /// <summary>The targets named around the second account.</summary>
    public TargetKinds TargetsY;

    /// <summary>The accounts share a town: the same site, one inside the other below a governorate, or sites of one town.</summary>
    public readonly bool TownShared => Site is SiteRelation.Same or SiteRelation.SameTown or SiteRelation.Neighbours
        || (Site == SiteRelation.Nested && OuterDepth >= 2);

    /// <summary>No two sites of the accounts share a town or lie one inside the other, the nearest two placed ones
    /// lie more than <see cref="IncidentLinkerOptions.FarSiteKm"/> apart, and no rare place is named around both.
    /// </summary>
    public readonly bool FarSites(IncidentLinkerOptions o) => SitesFarApart(o) && !SharedPlace;

    /// <summary>No two sites of the accounts share a town or lie one inside the other, and the nearest two placed ones
    /// lie more than <see cref="IncidentLinkerOptions.FarSiteKm"/> apart, whatever places are named around them.</summary>
    public readonly bool SitesFarApart(IncidentLinkerOptions o) =>
        !TownShared && Site != SiteRelation.Nested && SiteKm > o.FarSiteKm && !double.IsPositiveInfinity(SiteKm);

    /// <summary>A place named where both witnesses tell the harm (<see cref="EvidencePlace"/>) stands for the site when
    /// the resolved sites share no town and neither lies inside the other (a village placed under the town of refuge,
    /// a quarter under a namesake), the accounts tell the same main harm, and a day is told alike by both or around
    /// both: a quarter or a camp named in the evidence is where many events of one month happened, but on one day it
    /// tells one event.</summary>
    public readonly bool EvidencePlaceCounts =>
        EvidencePlace && !TownShared && Site != SiteRelation.Nested && SameHarm && (SameDay || ContextSameDay);

    /// <summary>Every harm of one account is told in the other too: one witness tells part of what the other tells (the
    /// damage alone of a strike the other tells the dead, the wounded and the damage of).</summary>
    public readonly bool HarmsContained => (HarmsX & ~HarmsY) == 0 || (HarmsY & ~HarmsX) == 0;

    /// <summary>Both name one kind of target.</summary>
    public readonly bool SharedTarget => (TargetsX & TargetsY) != TargetKinds.None;

    /// <summary>The accounts' dates share no more than a range wider than a week.</summary>
    public readonly bool CoarseOnly => Gap == 0 && !NarrowOverlap;

    /// <summary>The accounts' dates miss each other by a day or so but lie within the slack (not
    /// <see cref="DatesApart"/>), and no site of one is placed near a site of the other: a side has no site, or the
    /// two share no more than their country. Such a pair rests on the date and what else it shares; a day off at one
    /// town or a neighbour is the same event told a day late, but nowhere near it is another event as often.</summary>
    public readonly bool NearDayUnplaced(IncidentLinkerOptions o) =>
        Gap != int.MaxValue && Gap > 0 && !DatesApart(o) && Site is SiteRelation.Unknown or SiteRelation.SameCountry;

    /// <summary>The accounts' dates lie further apart than the slack (more slack when a victim is named by both),
    /// and their context dates do not make up for it.</summary>
    public readonly bool DatesApart(IncidentLinkerOptions o) =>
        Gap != int.MaxValue && Gap > (Named ? o.NamedDateSlackDays : o.DateSlackDays) && !ContextAgree;

    /// <summary>True when the accounts cannot be one incident: dates apart (unless the dates are a few days or whole
    /// years apart and the rest of the evidence weighs at least
    /// <see cref="IncidentLinkerOptions.DatesApartOverruleScore"/>, or they are apart only through dates carried from
    /// around a claim and it weighs <see cref="IncidentLinkerOptions.CarriedDateOverruleScore"/>), only different
    /// weapons, or no more than a month or
    /// a year in common (or no date) at two sites neither equal nor nested, without a victim in common.</summary>
    public readonly bool Conflict(IncidentLinkerOptions o)
    {
        // A claim's date is often wrong by a few days or by whole years (a year the witness left out, resolved
        // wrongly): such dates rule a pair out unless a victim or a rare person, the site and the weapon all agree.
        var dateConflict = DatesApart(o) && !Overruled(o) && !YearForgiven(o) && !CarriedForgiven(o) && !HourForgiven(o);
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

    /// <summary>The hand-set evidence weight of the pair (<see cref="IncidentLinkerOptions"/>): what they share,
    /// less <see cref="IncidentLinkerOptions.DatesApartWeight"/> when their dates are apart.</summary>
    public readonly double Weigh(IncidentLinkerOptions o) =>
        Evidence(o) + (!DatesApart(o) ? 0
            : HourForgiven(o) ? o.CarriedDateWeight
            : DefaultedYearOnly ? o.DefaultedYearWeight
            : OnlyWeakDates && !double.IsPositiveInfinity(o.CarriedDateOverruleScore) ? o.CarriedDateWeight
            : o.DatesApartWeight);

    /// <summary>No two claims' dates were both told in their evidence: each conflict rests on a date carried from the
    /// account around a claim.</summary>
    public readonly bool OnlyWeakDates => FirmGap == int.MaxValue;

    /// <summary>True when the dates are apart only through carried dates (<see cref="OnlyWeakDates"/>), at most
    /// <see cref="IncidentLinkerOptions.CarriedDateMaxDays"/> apart or only by whole years
    /// (<see cref="YearsApartOnly"/>), and the rest of the evidence weighs at least
    /// <see cref="IncidentLinkerOptions.CarriedDateOverruleScore"/>.</summary>
    private readonly bool CarriedForgiven(IncidentLinkerOptions o) =>
        // A carried date whole years off is a year resolved wrongly around the claim (the commonest date error of the
        // pipeline's claims), not another event's date, so it is forgiven at any gap; out of fold 3 right pairs more, 2 false.
        OnlyWeakDates && (Gap <= o.CarriedDateMaxDays || YearsApartOnly) && Evidence(o) >= o.CarriedDateOverruleScore;

    /// <summary>True when the dates are apart only through pairs of claims whose dates both name no more than an hour
    /// or the day told before (<see cref="DayToldGap"/>: "the morning" against "ten o'clock", "that day" against "the
    /// same night"), at most <see cref="IncidentLinkerOptions.HourDatesMaxDays"/> apart or only by whole years
    /// (<see cref="YearsApartOnly"/>), at one town and with weapons not held apart: neither witness told a day, each
    /// account's day is the one its testimony told before, and a few days or a year off there is the date
    /// resolver's error, not two events.</summary>
    private readonly bool HourForgiven(IncidentLinkerOptions o) =>
        DayToldGap == int.MaxValue && (Gap <= o.HourDatesMaxDays || YearsApartOnly) && TownShared && Weapon >= 0;

    /// <summary>True when the dates are apart only by a year the witness did not tell
    /// (<see cref="DefaultedYearOnly"/>) and the rest of the evidence weighs at least
    /// <see cref="IncidentLinkerOptions.DefaultedYearOverruleScore"/>, the town or a target among it.</summary>
    private readonly bool YearForgiven(IncidentLinkerOptions o) =>
        DefaultedYearOnly && (TownShared || SharedTarget || Named) && Evidence(o) >= o.DefaultedYearOverruleScore;

    /// <summary>True when dates apart are of the kinds a date resolver gets wrong (at most
    /// <see cref="IncidentLinkerOptions.DatesApartMaxDays"/> apart, or whole years apart) and the rest of the evidence
    /// weighs at least <see cref="IncidentLinkerOptions.DatesApartOverruleScore"/>.</summary>
    private readonly bool Overruled(IncidentLinkerOptions o) =>
        (Gap <= o.DatesApartMaxDays || YearsApartOnly) && Evidence(o) >= o.DatesApartOverruleScore;

    private readonly double Evidence(IncidentLinkerOptions o)
    {
        var score = Named ? o.SharedVictimWeight : 0.0;
        score += SameWitness ? o.SameWitnessWeight : 0;
        score += SharedPlace ? o.SharedPlaceWeight : 0;
        score += EvidencePlaceCounts ? o.EvidencePlaceWeight : 0;
        score += SharedPerson && !Named ? o.SharedPersonWeight : 0;
        score += SameDay ? o.SameDayWeight : NarrowOverlap ? o.NarrowOverlapWeight : 0;

        // A month or a year the witnesses told says little, and without a weapon in common the rest (the site, the
        // harm, a place named around both) is what every detention or damage at one place that month shares; unless
        // the dates told around both name one day. A month carried from around a claim is weighed by the
        // carried-date rules instead: the claim's own date was not told, so its month is not what the witness gave.
        score += CoarseOnly && !OnlyWeakDates && !ContextSameDay && Weapon <= 0 ? o.CoarseDateNoWeaponWeight : 0;
        score += ContextSameDay && !SameDay ? o.ContextSameDayWeight : 0;
        score += Gap != int.MaxValue && Gap > 0 ? o.NearDayWeight : 0;
        score += NearDayUnplaced(o) ? o.NearDayUnplacedWeight : 0;
        score += !DatedX || !DatedY ? o.UndatedWeight : 0;
        score += Site switch
        {
            SiteRelation.Same => OuterDepth == ClaimTable.TownLength - 1 ? o.WholeTownWeight
                : OuterDepth < ClaimTable.TownLength - 1 ? o.WideSameSiteWeight
                : o.SameSiteWeight,
            SiteRelation.Nested => OuterDepth >= 2 ? o.NestedSiteWeight : o.WeakNestedSiteWeight,
            SiteRelation.SameTown => o.SameTownWeight,
            SiteRelation.Neighbours => o.NeighbourSiteWeight,
            SiteRelation.SameRegion => o.SameRegionWeight,
            SiteRelation.SameCountry => o.DistantSiteWeight,
            _ => 0,
        };
        // Sites resolved under two towns are often one place (a district town and its village, a spelling placed
        // elsewhere), but two towns far apart on one day are two events.
        score += FarSites(o) ? o.FarSiteWeight : 0;
        score += Weapon == 2 ? o.SameWeaponWeight : Weapon == 1 ? o.ConfusedWeaponWeight : 0;
        score += ActorSame ? o.SameActorWeight
            : CarriedActorSame ? o.CarriedSameActorWeight
            : ActorOther ? o.OtherActorWeight
            : CarriedActorOther ? o.CarriedOtherActorWeight
            : 0;
        // A witness of a strike's deaths and one who tells only its damage give different main harms; one account's
        // harms all told in the other is weaker evidence than the same main harm, and none when the sites lie far
        // apart, where two strikes of one day share their harms as often as not.
        score += SameHarm ? o.SameHarmWeight : HarmsContained && !SitesFarApart(o) ? o.ContainedHarmWeight : 0;
        score += (HarmFamiliesX & HarmFamiliesY) == 0 ? o.OtherHarmFamilyWeight : 0;
        score += HarmFamiliesX == DisplacementBit && HarmFamiliesY == DisplacementBit && !Named && !SharedPerson ? o.FlightWithoutPersonWeight : 0;
        score += SameToll ? o.SameTollWeight : 0;
        // One target in one month says little more than the month: a market is struck many times.
        score += SharedTarget
            ? CoarseOnly ? 0 : o.SharedTargetWeight
            : TargetsX != TargetKinds.None && TargetsY != TargetKinds.None ? o.OtherTargetWeight
            : 0;
        return score;
    }
}
