using TestimonyNlp.Entities.Places;
using TestimonyNlp.Linking.Sites;
using TestimonyNlp.Model;

namespace TestimonyNlp.Linking.Incidents;

/// <summary>The claims of one linking run as flat arrays of numbers (sites, testimonies and names interned), so
/// that comparing two claims allocates nothing and compares no strings.</summary>
internal sealed class ClaimTable
{
    /// <summary>No value: an interned id or a day number that is absent.</summary>
    public const int None = -1;

    public ClaimTable(IReadOnlyList<LinkClaim> claims)
    {
        Count = claims.Count;
        Testimony = new int[Count];
        Witness = new int[Count];
        Harm = new Harm[Count];
        VictimsMin = new int[Count];
        VictimsMax = new int[Count];
        Chain = new int[Count][];
        From = new int[Count];
        To = new int[Count];
        Dated = new bool[Count];
        YearDefaulted = new bool[Count];
        YearlessFrom = new int[Count];
        YearlessTo = new int[Count];
        DateCarried = new bool[Count];
        HourOnly = new bool[Count];
        Weapon = new int[Count];
        Actor = new int[Count];
        ActorCarried = new bool[Count];
        Names = new int[Count][];
        Places = new int[Count][];
        EvidencePlaces = new int[Count][];
        People = new int[Count][];
        EvidenceStart = new int[Count];
        EvidenceEnd = new int[Count];
        ContextFrom = new int[Count][];
        ContextTo = new int[Count][];
        Targets = new TargetKinds[Count];
        Lat = new double[Count];
        LocalKey = new string?[Count];
        Lon = new double[Count];
        var testimonies = new Dictionary<string, int>(StringComparer.Ordinal);
        var witnesses = new Dictionary<string, int>(StringComparer.Ordinal);
        var sites = new Dictionary<string, int>(StringComparer.Ordinal);
        var actors = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        var places = new Dictionary<string, int>(StringComparer.Ordinal);
        var placeTestimonies = new HashSet<(int Place, int Testimony)>();
        var people = new Dictionary<string, int>(StringComparer.Ordinal);
        var personTestimonies = new HashSet<(int Person, int Testimony)>();
        for (var i = 0; i < Count; i++)
        {
            var claim = claims[i];
            Testimony[i] = Intern(testimonies, claim.TestimonyId);
            Witness[i] = Intern(witnesses, claim.WitnessKey);
            Harm[i] = claim.Harm;
            VictimsMin[i] = claim.VictimsMin ?? None;
            VictimsMax[i] = claim.VictimsMax ?? None;
            if (claim.SiteId is null)
            {
                Chain[i] = [];
            }
            else
            {
                var ancestors = claim.SiteAncestors.IsDefault ? [] : claim.SiteAncestors;
                var chain = new int[ancestors.Length + 1];
                for (var a = 0; a < ancestors.Length; a++)
                {
                    chain[ancestors.Length - 1 - a] = Intern(sites, ancestors[a]);
                }

                chain[^1] = Intern(sites, claim.SiteId);
                Chain[i] = chain;
                LocalKey[i] = chain.Length > TownLength && !string.IsNullOrWhiteSpace(claim.SiteName)
                    ? LocalSiteName.Parse(claim.SiteName).Key
                    : null;
            }

            Dated[i] = claim.DateFrom is not null || claim.DateTo is not null;
            From[i] = claim.DateFrom?.DayNumber ?? int.MinValue;
            To[i] = claim.DateTo?.DayNumber ?? int.MaxValue;
            YearDefaulted[i] = claim.YearDefaulted && Dated[i];
            YearlessFrom[i] = !Dated[i] && claim.Yearless is { } yearless ? yearless.From.DayNumber : None;
            YearlessTo[i] = !Dated[i] && claim.Yearless is { } yearlessEnd ? yearlessEnd.To.DayNumber : None;
            DateCarried[i] = claim.DateCarried && Dated[i];
            HourOnly[i] = claim.DateHourOnly && Dated[i];
            Weapon[i] = claim.Weapon is { } weapon ? (int)weapon : None;
            Actor[i] = claim.Actor is null ? None : Intern(actors, claim.Actor);
            ActorCarried[i] = claim.ActorCarried && claim.Actor is not null;
            var victimNames = claim.VictimNames.IsDefault ? [] : claim.VictimNames;
            var ids = new int[victimNames.Length];
            for (var n = 0; n < ids.Length; n++)
            {
                ids[n] = Intern(names, victimNames[n]);
            }

            Array.Sort(ids);
            Names[i] = ids;
            var contextPlaces = claim.ContextPlaces.IsDefault ? [] : claim.ContextPlaces;
            var placeIds = new int[contextPlaces.Length];
            for (var n = 0; n < placeIds.Length; n++)
            {
                placeIds[n] = Intern(places, contextPlaces[n]);
                placeTestimonies.Add((placeIds[n], Testimony[i]));
            }

            Array.Sort(placeIds);
            Places[i] = placeIds;
            var evidencePlaces = claim.EvidencePlaces.IsDefault ? [] : claim.EvidencePlaces;
            var evidenceIds = new int[evidencePlaces.Length];
            for (var n = 0; n < evidenceIds.Length; n++)
            {
                evidenceIds[n] = Intern(places, evidencePlaces[n]);
            }

            Array.Sort(evidenceIds);
            EvidencePlaces[i] = evidenceIds;
            var contextPeople = claim.ContextPeople.IsDefault ? [] : claim.ContextPeople;
            var personIds = new int[contextPeople.Length];
            for (var n = 0; n < personIds.Length; n++)
            {
                personIds[n] = Intern(people, contextPeople[n]);
                personTestimonies.Add((personIds[n], Testimony[i]));
            }

            Array.Sort(personIds);
            People[i] = personIds;
            Targets[i] = claim.Targets;
            Lat[i] = claim.SiteLat is { } lat && claim.SiteLon is not null ? lat : double.NaN;
            Lon[i] = claim.SiteLon is { } lon && claim.SiteLat is not null ? lon : double.NaN;
            EvidenceStart[i] = claim.EvidenceStart;
            EvidenceEnd[i] = claim.EvidenceEnd;
            var contextDates = claim.ContextDates.IsDefault ? [] : claim.ContextDates;
            ContextFrom[i] = new int[contextDates.Length];
            ContextTo[i] = new int[contextDates.Length];
            for (var n = 0; n < contextDates.Length; n++)
            {
                ContextFrom[i][n] = contextDates[n].From.DayNumber;
                ContextTo[i][n] = contextDates[n].To.DayNumber;
            }
        }

        NameCount = names.Count;
        PlaceTestimonyCount = new int[places.Count];
        foreach (var (place, _) in placeTestimonies)
        {
            PlaceTestimonyCount[place]++;
        }

        PersonTestimonyCount = new int[people.Count];
        foreach (var (person, _) in personTestimonies)
        {
            PersonTestimonyCount[person]++;
        }
    }

    /// <summary>The length of a town's chain: country, governorate, town.</summary>
    public const int TownLength = 3;

    public int Count { get; }

    public int NameCount { get; }

    public int[] Testimony { get; }

    public int[] Witness { get; }

    public Harm[] Harm { get; }

    /// <summary>The least number of victims, or <see cref="None"/>.</summary>
    public int[] VictimsMin { get; }

    /// <summary>The greatest number of victims, or <see cref="None"/> when open-ended or not given.</summary>
    public int[] VictimsMax { get; }

    /// <summary>The site's chain from the root down to the site itself; empty when there is no site.</summary>
    public int[][] Chain { get; }

    /// <summary>The spelling key (<see cref="LocalSiteName.Key"/>) of each claim's local site, or null for a town
    /// or wider, or when the site's name is unknown.</summary>
    public string?[] LocalKey { get; }

    public bool[] Dated { get; }

    /// <summary>Whether each claim's year was not told (<see cref="LinkClaim.YearDefaulted"/>).</summary>
    public bool[] YearDefaulted { get; }

    /// <summary>The first day of each undated claim's day or month told without a year (<see cref="LinkClaim.Yearless"/>),
    /// as a day number in a placeholder year; <see cref="None"/> when it has none.</summary>
    public int[] YearlessFrom { get; }

    /// <summary>The last day of the year-less range, matching <see cref="YearlessFrom"/>.</summary>
    public int[] YearlessTo { get; }

    /// <summary>True when a claim knows its day of the year but not its year: a year-less date
    /// (<see cref="YearlessFrom"/>).</summary>
    public bool Yearless(int i) => YearlessFrom[i] != None;

    /// <summary>
    /// True when claim <paramref name="a"/>, undated but with a year-less day or month (<see cref="Yearless"/>), may
    /// take the year of claim <paramref name="b"/>, dated by its own testimony: both at most <paramref name="maxDays"/>
    /// wide, and <paramref name="a"/>'s days of the year put in <paramref name="b"/>'s year overlap <paramref name="b"/>'s
    /// days, give or take <paramref name="slackDays"/> (a range crossing the new year is tried in the years either
    /// side). <paramref name="from"/> and <paramref name="to"/> are then <paramref name="a"/>'s days in that year. A
    /// year-less claim has no date of its own, so a year it took is never lent on.
    /// </summary>
    public bool TryBorrowYear(int a, int b, int maxDays, int slackDays, out int from, out int to)
    {
        from = to = None;
        if (!Yearless(a) || !Dated[b] || Width(b) > maxDays || YearlessTo[a] - YearlessFrom[a] + 1 > maxDays)
        {
            return false;
        }

        var start = DateOnly.FromDayNumber(YearlessFrom[a]);
        var end = DateOnly.FromDayNumber(YearlessTo[a]);
        var years = DateOnly.FromDayNumber(From[b]).Year - start.Year;
        foreach (var shift in (ReadOnlySpan<int>)[0, -1, 1])
        {
            var movedFrom = start.AddYears(years + shift).DayNumber;
            var movedTo = end.AddYears(years + shift).DayNumber;
            if (movedFrom <= To[b] + slackDays && From[b] - slackDays <= movedTo)
            {
                (from, to) = (movedFrom, movedTo);
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether each claim's date was carried from around its evidence (<see cref="LinkClaim.DateCarried"/>).</summary>
    public bool[] DateCarried { get; }

    /// <summary>Whether each claim's date was resolved from words naming only an hour or the day told before
    /// (<see cref="LinkClaim.DateHourOnly"/>).</summary>
    public bool[] HourOnly { get; }

    /// <summary>True when a claim's date was told in its evidence (<see cref="LinkClaim.DateCarried"/>): a year the
    /// witness did not tell does not make it weak, since most of the pipeline's dates ("that day") have one.</summary>
    public bool FirmDate(int i) => Dated[i] && !DateCarried[i];

    /// <summary>First day number, <see cref="int.MinValue"/> when open.</summary>
    public int[] From { get; }

    /// <summary>Last day number, <see cref="int.MaxValue"/> when open.</summary>
    public int[] To { get; }

    public int[] Weapon { get; }

    public int[] Actor { get; }

    /// <summary>Whether each claim's actor was carried from around its evidence (<see cref="LinkClaim.ActorCarried"/>).</summary>
    public bool[] ActorCarried { get; }

    /// <summary>True when both claims have an actor and either was carried (<see cref="LinkClaim.ActorCarried"/>).</summary>
    public bool ActorsCarried(int a, int b) =>
        Actor[a] != None && Actor[b] != None && (ActorCarried[a] || ActorCarried[b]);

    /// <summary>Interned victim names, ascending.</summary>
    public int[][] Names { get; }

    /// <summary>Interned context place names (<see cref="LinkClaim.ContextPlaces"/>), ascending.</summary>
    public int[][] Places { get; }

    /// <summary>How many testimonies name each interned context place.</summary>
    public int[] PlaceTestimonyCount { get; }

    /// <summary>Interned context people (<see cref="LinkClaim.ContextPeople"/>), ascending.</summary>
    public int[][] People { get; }

    /// <summary>Interned names of the places named within each claim's evidence (<see cref="LinkClaim.EvidencePlaces"/>),
    /// ascending, in the ids of <see cref="Places"/>.</summary>
    public int[][] EvidencePlaces { get; }

    /// <summary>True when a place is named within the evidence of both claims.</summary>
    public bool SharesEvidencePlace(int a, int b) => SharesRare(EvidencePlaces[a], EvidencePlaces[b], null, 0);

    /// <summary>How many testimonies name each interned context person.</summary>
    public int[] PersonTestimonyCount { get; }

    /// <summary>First day numbers of the context dates (<see cref="LinkClaim.ContextDates"/>), in their order.</summary>
    public int[][] ContextFrom { get; }

    /// <summary>Last day numbers of the context dates, matching <see cref="ContextFrom"/>.</summary>
    public int[][] ContextTo { get; }

    public int[] EvidenceStart { get; }

    public int[] EvidenceEnd { get; }

    /// <summary>The kinds of target named around each claim.</summary>
    public TargetKinds[] Targets { get; }

    /// <summary>The latitude of each claim's site placed within a town (<see cref="LinkClaim.SiteLat"/>), NaN when
    /// not placed.</summary>
    public double[] Lat { get; }

    /// <summary>The longitude of each claim's site, NaN when not placed.</summary>
    public double[] Lon { get; }

    /// <summary>The distance in kilometres between two claims' sites, NaN when either is not placed.</summary>
    public double SiteKm(int a, int b) =>
        double.IsNaN(Lat[a]) || double.IsNaN(Lat[b]) ? double.NaN : GeoDistance.Kilometres(Lat[a], Lon[a], Lat[b], Lon[b]);

    public bool HasSite(int i) => Chain[i].Length > 0;

    public int Site(int i) => Chain[i].Length == 0 ? None : Chain[i][^1];

    /// <summary>The block of places a claim is compared within: its governorate (the second level of its chain),
    /// or the site itself when it is a country.</summary>
    public int PlaceBlock(int i) => Chain[i].Length >= 2 ? Chain[i][1] : Chain[i][0];

    /// <summary>The town-level block: the third level of the chain, or the site when it is higher.</summary>
    public int TownBlock(int i) => Chain[i].Length >= 3 ? Chain[i][2] : Chain[i][^1];

    /// <summary>The width of a dated claim's range in days, or <see cref="int.MaxValue"/> when open-ended.</summary>
    public int Width(int i) =>
        From[i] == int.MinValue || To[i] == int.MaxValue ? int.MaxValue : To[i] - From[i] + 1;

    public bool DatesOverlap(int a, int b) => From[a] <= To[b] && From[b] <= To[a];

    /// <summary>Days between two dated claims' ranges: 0 when they overlap.</summary>
    public int DayGap(int a, int b) =>
        (int)Math.Max(0, Math.Max((long)From[b] - To[a], (long)From[a] - To[b]));

    /// <summary>True when two dated claims in different years would overlap (give or take
    /// <paramref name="slackDays"/>) were one moved by the whole years between their starts: the same day or month
    /// told with another year, the error a date resolver makes when a witness leaves the year out. A weekday counted in
    /// the wrong year lands a few days off the whole years ("the Sunday before Christmas" is the 18th of December one
    /// year and the 20th two years before), a day of the hijri calendar ten to twelve days a year.</summary>
    public bool YearsApartOnly(int a, int b, int slackDays)
    {
        if (!Dated[a] || !Dated[b] || Width(a) == int.MaxValue || Width(b) == int.MaxValue)
        {
            return false;
        }

        return OverlapMovedByYears(a, b, slackDays);
    }

    /// <summary>True when two dated claims, each at most <paramref name="maxDays"/> wide and one with a defaulted
    /// year (<see cref="YearDefaulted"/>), lie in different years but overlap (give or take
    /// <paramref name="slackDays"/>) once moved by the whole years between them: the same day and month, the year
    /// of one taken from the interview or the account around it.</summary>
    public bool DefaultedYearOnly(int a, int b, int maxDays, int slackDays)
    {
        if ((!YearDefaulted[a] && !YearDefaulted[b]) || Width(a) > maxDays || Width(b) > maxDays)
        {
            return false;
        }

        return OverlapMovedByYears(a, b, slackDays);
    }

    /// <summary>True when two claims whose starts lie in different years overlap, give or take
    /// <paramref name="slackDays"/>, once <paramref name="b"/> is moved by the whole years between the starts.</summary>
    private bool OverlapMovedByYears(int a, int b, int slackDays)
    {
        var startA = DateOnly.FromDayNumber(From[a]);
        var startB = DateOnly.FromDayNumber(From[b]);
        var years = startB.Year - startA.Year;
        if (years == 0)
        {
            return false;
        }

        var from = startB.AddYears(-years).DayNumber;
        var to = DateOnly.FromDayNumber(To[b]).AddYears(-years).DayNumber;
        return from <= To[a] + slackDays && From[a] - slackDays <= to;
    }

    /// <summary>How the sites of two claims relate; <paramref name="outerDepth"/> is the depth of the outer site
    /// of a nested pair (0 a country, 1 a governorate, 2 a town).</summary>
    public SiteRelation Sites(int a, int b, out int outerDepth)
    {
        outerDepth = 0;
        var ca = Chain[a];
        var cb = Chain[b];
        if (ca.Length == 0 || cb.Length == 0)
        {
            return SiteRelation.Unknown;
        }

        if (ca[^1] == cb[^1])
        {
            outerDepth = ca.Length - 1;
            return SiteRelation.Same;
        }

        if (ca.Length < cb.Length && Array.IndexOf(cb, ca[^1]) >= 0)
        {
            outerDepth = ca.Length - 1;
            return SiteRelation.Nested;
        }

        if (cb.Length < ca.Length && Array.IndexOf(ca, cb[^1]) >= 0)
        {
            outerDepth = cb.Length - 1;
            return SiteRelation.Nested;
        }

        var common = 0;
        while (common < ca.Length && common < cb.Length && ca[common] == cb[common])
        {
            common++;
        }

        // Towns and governorates (chains of three or fewer) that differ are different places for sure; local
        // sites (streets, neighbourhoods, buildings) that differ may be one place named twice, or resolved under
        // two towns, so they only weigh against a link.
        var local = ca.Length > TownLength || cb.Length > TownLength;
        if (local && common >= TownLength && ca.Length == cb.Length && common == ca.Length - 1
            && LocalKey[a] is { } keyA && LocalKey[b] is { } keyB && LocalSiteName.AreVariants(keyA, keyB)
            && Harm[a] == Harm[b] && WithinOneWeek(a, b))
        {
            // One quarter or street spelled two ways under one parent is one site when both claims tell the same harm
            // on dates that share a day: a besieged quarter is struck day after day, and a second spelling alone does
            // not make one witness's dead and another's wounded, or a day inside another's month, one event there.
            outerDepth = ca.Length - 1;
            return SiteRelation.Same;
        }

        return common switch
        {
            0 => SiteRelation.Apart,
            _ when !local => SiteRelation.Apart,
            _ when common >= TownLength => ca.Length == cb.Length && common == ca.Length - 1 ? SiteRelation.Neighbours : SiteRelation.SameTown,
            2 => SiteRelation.SameRegion,
            _ => SiteRelation.SameCountry,
        };
    }

    /// <summary>The widest date two claims at spellings of one local site may each have to be weighed as one site.</summary>
    internal const int VariantSiteMaxDays = 7;

    /// <summary>True when both claims are dated within a week (<see cref="VariantSiteMaxDays"/>) and their dates
    /// overlap.</summary>
    private bool WithinOneWeek(int a, int b) =>
        Dated[a] && Dated[b] && Width(a) <= VariantSiteMaxDays && Width(b) <= VariantSiteMaxDays && DayGap(a, b) == 0;

    /// <summary>True when the context dates of two claims name one single day.</summary>
    public bool ContextSharesDay(int a, int b)
    {
        for (var i = 0; i < ContextFrom[a].Length; i++)
        {
            if (ContextFrom[a][i] != ContextTo[a][i])
            {
                continue;
            }

            for (var j = 0; j < ContextFrom[b].Length; j++)
            {
                if (ContextFrom[b][j] == ContextTo[b][j] && ContextFrom[b][j] == ContextFrom[a][i])
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>How the context dates of two claims at most <paramref name="maxDays"/> days wide relate: null when
    /// either claim has none, true when two of them lie at most <paramref name="slackDays"/> apart, else false.</summary>
    public bool? ContextDatesAgree(int a, int b, int maxDays, int slackDays)
    {
        var narrowA = false;
        var narrowB = false;
        for (var i = 0; i < ContextFrom[a].Length; i++)
        {
            if (ContextTo[a][i] - ContextFrom[a][i] >= maxDays)
            {
                continue;
            }

            narrowA = true;
            for (var j = 0; j < ContextFrom[b].Length; j++)
            {
                if (ContextTo[b][j] - ContextFrom[b][j] >= maxDays)
                {
                    continue;
                }

                narrowB = true;
                if (ContextFrom[a][i] - slackDays <= ContextTo[b][j] && ContextFrom[b][j] - slackDays <= ContextTo[a][i])
                {
                    return true;
                }
            }
        }

        return narrowA && narrowB ? false : null;
    }

    /// <summary>True when two claims name a context place that at most <paramref name="maxTestimonies"/>
    /// testimonies name.</summary>
    public bool SharesPlace(int a, int b, int maxTestimonies) => SharesRare(Places[a], Places[b], PlaceTestimonyCount, maxTestimonies);

    /// <summary>True when two claims name a context person that at most <paramref name="maxTestimonies"/>
    /// testimonies name.</summary>
    public bool SharesPerson(int a, int b, int maxTestimonies) => SharesRare(People[a], People[b], PersonTestimonyCount, maxTestimonies);

    private static bool SharesRare(int[] na, int[] nb, int[]? testimonyCount, int maxTestimonies)
    {
        int i = 0, j = 0;
        while (i < na.Length && j < nb.Length)
        {
            if (na[i] == nb[j])
            {
                if (testimonyCount is null || testimonyCount[na[i]] <= maxTestimonies)
                {
                    return true;
                }

                i++;
                j++;
            }
            else if (na[i] < nb[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return false;
    }

    public bool SharesName(int a, int b)
    {
        var na = Names[a];
        var nb = Names[b];
        int i = 0, j = 0;
        while (i < na.Length && j < nb.Length)
        {
            if (na[i] == nb[j])
            {
                return true;
            }

            if (na[i] < nb[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return false;
    }

    private static int Intern(Dictionary<string, int> ids, string value)
    {
        if (!ids.TryGetValue(value, out var id))
        {
            id = ids.Count;
            ids.Add(value, id);
        }

        return id;
    }
}

/// <summary>How the sites of two claims relate, closest first.</summary>
internal enum SiteRelation
{
    /// <summary>The same site.</summary>
    Same,

    /// <summary>One lies inside the other.</summary>
    Nested,

    /// <summary>Local sites of one town, under different parents.</summary>
    SameTown,

    /// <summary>Two local sites with one parent: neighbouring places.</summary>
    Neighbours,

    /// <summary>Local sites in one governorate, under different towns.</summary>
    SameRegion,

    /// <summary>Local sites in one country, under different governorates.</summary>
    SameCountry,

    /// <summary>One or both have no site.</summary>
    Unknown,

    /// <summary>Different towns or governorates, or different countries: never one incident.</summary>
    Apart,
}
