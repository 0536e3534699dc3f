using System.Collections.Immutable;

namespace TestimonyNlp.Linking.Incidents;

/// <summary>
/// Clusters claims from all testimonies into incidents, keeps incident ids stable across runs and grades each
/// incident's corroboration. Immutable and thread-safe; <see cref="Link"/> is a pure function of its inputs: the
/// same claims and prior incidents in any order give the same result.
/// </summary>
/// <remarks>
/// <para><b>Accounts</b>: first, the claims of each testimony join into accounts, one per event it tells: two
/// claims join when they give the same date range (a range of a month or a year less so: many events share it),
/// lie near each other in the text (further apart when they name the same weapon) and do not conflict (two different dates, unless a victim named in both ties
/// them; two sites neither equal nor nested; different actors); a strike's harms beside a displacement, a detention
/// beside a displacement, a strike's harm beside a taking when either date was carried from the account around it,
/// and two weapons, weigh against (<see cref="PairFinder"/>).</para>
/// <para><b>Incidents</b>: then accounts of different testimonies join (<see cref="AccountLinker"/>), scored by the
/// evidence they share: the same day, the same or nested site, the same or a confused weapon
/// (<see cref="WeaponConfusion"/>), the same actor, the same toll of one harm, a place few testimonies name named
/// around both (<see cref="LinkClaim.ContextPlaces"/>: sites often resolve wrongly where the town is named right)
/// and, strongest, a victim named by both or a person few testimonies name named in the evidence of both
/// (<see cref="LinkClaim.ContextPeople"/>); a kind of target both name (<see cref="LinkClaim.Targets"/>: the bakery,
/// the bridge) weighs for them unless they share no more than a month, and targets of different kinds only weigh
/// against, as does a month or a year told in common without a weapon in common
/// (<see cref="IncidentLinkerOptions.CoarseDateNoWeaponWeight"/>). They conflict when
/// their dates lie more than a day apart (three with a victim in common), or no weapon of one is equal to or
/// confused with a weapon of the other, or when they share no more than a month or a year (or one has no date) and
/// name two sites neither equal nor nested, with no victim in common (nor, for an undated account, a target in the
/// same town). Dates a few days or whole years apart (the errors a date resolver makes) are forgiven when the rest
/// of the evidence is strong (<see cref="IncidentLinkerOptions.DatesApartOverruleScore"/>: a victim or a rare
/// person, the site and the weapon), at a cost (<see cref="IncidentLinkerOptions.DatesApartWeight"/>); dates on one
/// day and month in years one of which the witness did not tell (<see cref="LinkClaim.YearDefaulted"/>) can be
/// forgiven on less (<see cref="IncidentLinkerOptions.DefaultedYearOverruleScore"/>, off by default; such claims are
/// then also compared by governorate and day of the year). Dates apart by at most a month only through a date
/// carried from around a claim (<see cref="LinkClaim.DateCarried"/>: its evidence tells no date, so it took the date
/// of the event told before it, often another event's) are forgiven on less
/// (<see cref="IncidentLinkerOptions.CarriedDateOverruleScore"/>). An undated claim whose words tell a day or month
/// but no year (<see cref="LinkClaim.Yearless"/>) is scored as dated on that day in the year of a claim of another
/// testimony dated on it, when a rare place is named around both (<see cref="IncidentLinkerOptions.BorrowYear"/>). Sites in
/// different towns count as no site evidence rather than a conflict: the pipeline resolves sites wrongly too often.
/// Different local sites of one town (a street, a square) only weigh against a link, since witnesses name one
/// place several ways. Accounts whose harms share no family (a
/// strike's, a taking's, a flight's) weigh against a link, and so do two flights with no victim or rare person in
/// common (<see cref="IncidentLinkerOptions.OtherHarmFamilyWeight"/>,
/// <see cref="IncidentLinkerOptions.FlightWithoutPersonWeight"/>).</para>
/// <para><b>Blocking</b>: account pairs are scored only when two of their claims share a governorate and
/// overlapping days (a sweep over the start day), a country and one single day within the slack, one
/// of the two at a local site (<see cref="IncidentLinkerOptions.CountryDayBlock"/>), a town (claims without a date or with a range wider than
/// <see cref="IncidentLinkerOptions.MaxBlockDays"/>), a victim name, or a context place or person few testimonies
/// name (<see cref="IncidentLinkerOptions.MaxPlaceBlock"/>, <see cref="IncidentLinkerOptions.MaxPersonBlock"/>).</para>
/// <para><b>Clustering</b>: at both stages greedy agglomerative, best pair first (of pairs of accounts scoring the
/// same, the one whose sites lie closer: two accounts of one testimony resembling one account of another equally, the
/// one told at its place wins); two groups merge only when no
/// member of one conflicts with a member of the other, and, for accounts, when the pairs of accounts of different
/// testimonies the incident would hold score <see cref="IncidentLinkerOptions.MergeMeanScore"/> on average (an
/// incident does not grow along a chain of weak links). An incident takes two accounts of one testimony only when
/// they give one date (a claim of each with the same range, give or take
/// <see cref="IncidentLinkerOptions.DateSlackDays"/>, and every dated pair overlapping) and are not told apart at two
/// places neither equal nor nested (<see cref="IncidentLinkerOptions.TwoPlacesInTestimonyChars"/>): the first stage
/// kept them apart because the witness told two events. Last, an account left alone joins the incident holding another
/// account of its testimony that it reads as one event with (both undated or one range of at most
/// <see cref="IncidentLinkerOptions.LoneAccountMaxDays"/> in common, a harm family in common, no weapons of their own
/// apart), when it conflicts with no account there and scores
/// <see cref="IncidentLinkerOptions.LoneAccountMeanScore"/> on average with the other testimonies' accounts: the first
/// stage splits one event into accounts by harm when its words lie far apart.</para>
/// </remarks>
public sealed class IncidentLinker
{
    private readonly IncidentLinkerOptions _options;

    /// <summary>Creates a linker with <paramref name="options"/>, or the defaults.</summary>
    public IncidentLinker(IncidentLinkerOptions? options = null)
    {
        _options = options ?? new IncidentLinkerOptions();
    }

    /// <summary>The thresholds and weights in use.</summary>
    public IncidentLinkerOptions Options => _options;

    /// <summary>Links <paramref name="claims"/> into incidents, reusing the ids of <paramref name="prior"/>.</summary>
    /// <param name="claims">Every claim to link, from all testimonies; keys unique.</param>
    /// <param name="prior">The incidents of the previous run (empty on the first).</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The incidents ordered by id number, and the prior ids retired.</returns>
    /// <exception cref="ArgumentException">Two claims share a key.</exception>
    public IncidentLinkResult Link(
        IReadOnlyList<LinkClaim> claims,
        IReadOnlyList<PriorIncident> prior,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(prior);
        var ordered = claims.OrderBy(c => c.Key).ToArray();
        for (var i = 1; i < ordered.Length; i++)
        {
            if (ordered[i].Key == ordered[i - 1].Key)
            {
                throw new ArgumentException("Two claims share a key.", nameof(claims));
            }
        }

        var (_, clusters) = Stages(ordered, cancellationToken);
        return IncidentAssembler.Assemble(ordered, clusters, prior);
    }

    /// <summary>Links as <see cref="Link"/> does, without prior incidents, and keeps the account linker for
    /// diagnostics.</summary>
    internal (LinkClaim[] Ordered, AccountLinker Accounts, List<int[]> Clusters) Diagnose(IReadOnlyList<LinkClaim> claims)
    {
        var ordered = claims.OrderBy(c => c.Key).ToArray();
        var (linker, clusters) = Stages(ordered, CancellationToken.None);
        return (ordered, linker, clusters);
    }

    // Claims into accounts within each testimony, then accounts into incidents across testimonies.
    private (AccountLinker Linker, List<int[]> Clusters) Stages(LinkClaim[] ordered, CancellationToken cancellationToken)
    {
        var table = new ClaimTable(ordered);
        var edges = new PairFinder(table, _options).Find(cancellationToken);
        var accounts = Cluster(table, edges, _options.NamedDateSlackDays, cancellationToken);
        var linker = new AccountLinker(table, _options, accounts);
        return (linker, linker.Link(cancellationToken));
    }

    /// <summary>Sums up one incident made of <paramref name="claims"/> as a linking run would (sources, toll,
    /// dates, site, grade), for an incident a reviewer changed by hand.</summary>
    /// <param name="incidentId">Its id.</param>
    /// <param name="claims">Its claims, any order; not empty.</param>
    /// <param name="previousIds">Ids of the incidents merged into it.</param>
    /// <exception cref="ArgumentException"><paramref name="claims"/> is empty.</exception>
    public static LinkedIncident Summarize(string incidentId, IReadOnlyList<LinkClaim> claims, ImmutableArray<string> previousIds)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(incidentId);
        ArgumentNullException.ThrowIfNull(claims);
        if (claims.Count == 0)
        {
            throw new ArgumentException("An incident has at least one claim.", nameof(claims));
        }

        var previous = previousIds.IsDefault ? [] : previousIds.Order(StringComparer.Ordinal).ToImmutableArray();
        return Corroboration.Summarize(incidentId, [.. claims.OrderBy(c => c.Key)], previous);
    }

    private static List<int[]> Cluster(ClaimTable table, List<PairEdge> edges, int namedSlackDays, CancellationToken cancellationToken)
    {
        var groups = GreedyMerge.Groups(
            table.Count, edges, (a, b) => CanMerge(table, a, b, namedSlackDays), cancellationToken);
        var clusters = new List<int[]>(groups.Count);
        foreach (var group in groups)
        {
            var cluster = group.ToArray();
            Array.Sort(cluster);
            clusters.Add(cluster);
        }

        return clusters;
    }

    private static bool CanMerge(ClaimTable table, List<int> a, List<int> b, int namedSlackDays)
    {
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                if (!PairFinder.Compatible(table, x, y, namedSlackDays))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
