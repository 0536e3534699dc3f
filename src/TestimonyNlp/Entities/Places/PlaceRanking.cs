using TestimonyNlp.Model;

namespace TestimonyNlp.Entities.Places;

/// <summary>One gazetteer entry reached by a looked-up key: through which name and how closely.</summary>
internal readonly record struct PlaceHit(int Entry, int Name, PlaceMatchLevel Level);

/// <summary>The countries and regions a document is about, used to choose among places of one name.</summary>
internal sealed class PlaceContext
{
    private readonly HashSet<ushort> _countries = [];
    private readonly HashSet<int> _regions = [];
    private readonly HashSet<ushort> _countriesWithRegions = [];

    /// <summary>True when nothing is known.</summary>
    public bool IsEmpty => _countries.Count == 0;

    public void AddCountry(ushort country) => _countries.Add(country);

    /// <summary>Adds the region of a place named by the testimony (a region, or the region a town lies in).
    /// Countries are not regions: naming Syria says nothing of which governorate.</summary>
    public void AddRegion(ushort country, int admin1)
    {
        if (admin1 != PlaceData.NoIndex)
        {
            _regions.Add(admin1);
            _countriesWithRegions.Add(country);
        }
    }

    public bool HasCountry(ushort country) => _countries.Contains(country);

    public bool HasRegion(int admin1) => admin1 != PlaceData.NoIndex && _regions.Contains(admin1);

    /// <summary>True when some region of <paramref name="country"/> is known.</summary>
    public bool HasRegionIn(ushort country) => _countriesWithRegions.Contains(country);
}

/// <summary>Finds the entries a key reaches and ranks them, best first.</summary>
internal static class PlaceRanking
{
    /// <summary>
    /// Adds to <paramref name="hits"/> every entry reached by the exact or folded key, each once at its closest
    /// level; the skeleton key is tried only when neither reached anything. Unless
    /// <paramref name="keepSeatedRegions"/>, a region with a seat town means that town: a name shared by a
    /// governorate and its seat means the town, also when the seat spells it another way (the Mykolaiv region's
    /// seat is Mykolayiv), so the region is left out, or replaced by its seat when the key did not reach it.
    /// </summary>
    public static void Collect(
        PlaceData data,
        PlaceIndex index,
        ulong exact,
        ulong folded,
        ulong skeleton,
        bool skeletonAllowed,
        List<PlaceHit> hits,
        bool keepSeatedRegions = false)
    {
        var first = hits.Count;
        Add(data, index.Exact.Get(exact), PlaceMatchLevel.Exact, hits, first);
        Add(data, index.Folded.Get(folded), PlaceMatchLevel.Folded, hits, first);
        if (hits.Count == first && skeletonAllowed)
        {
            Add(data, index.Skeleton.Get(skeleton), PlaceMatchLevel.Skeleton, hits, first);
        }

        for (var i = hits.Count - 1; i >= first && !keepSeatedRegions; i--)
        {
            var seat = data.EntrySeat[hits[i].Entry];
            if (seat == PlaceData.NoIndex)
            {
                continue;
            }

            var reached = false;
            for (var j = first; j < hits.Count; j++)
            {
                if (hits[j].Entry == seat)
                {
                    reached = true;
                    break;
                }
            }

            if (reached)
            {
                hits.RemoveAt(i);
            }
            else if (!EndsWithDesignator(data.Name(hits[i].Name)))
            {
                // The region's name written with its designator (Damascus Governorate) still means the region.
                hits[i] = hits[i] with { Entry = seat };
            }
        }
    }

    private static bool EndsWithDesignator(ReadOnlySpan<char> name)
    {
        Span<char> plain = stackalloc char[256];
        if (PlaceNameFolding.MaxKeyLength(name.Length) > plain.Length)
        {
            return false;
        }

        var length = PlaceNameFolding.Plain(name, plain);
        var space = plain[..length].LastIndexOf(' ');
        return space > 0 && PlaceDesignators.IsRegionDesignator(plain[(space + 1)..length]);
    }

    /// <summary>Sorts <paramref name="hits"/> from <paramref name="first"/> on, best first.</summary>
    public static void Sort(PlaceData data, List<PlaceHit> hits, int first, PlaceContext? context)
    {
        // Insertion sort: stable, and the lists are short.
        for (var i = first + 1; i < hits.Count; i++)
        {
            var hit = hits[i];
            var j = i - 1;
            while (j >= first && Compare(data, hit, hits[j], context) < 0)
            {
                hits[j + 1] = hits[j];
                j--;
            }

            hits[j + 1] = hit;
        }
    }

    /// <summary>Negative when <paramref name="a"/> ranks before <paramref name="b"/>.</summary>
    public static int Compare(PlaceData data, PlaceHit a, PlaceHit b, PlaceContext? context)
    {
        var order = CompareIgnoringId(data, a, b, context);
        return order != 0 ? order : a.Entry.CompareTo(b.Entry);
    }

    /// <summary>True when nothing but the entry order separates <paramref name="a"/> and <paramref name="b"/>.</summary>
    public static bool IsTie(PlaceData data, PlaceHit a, PlaceHit b, PlaceContext? context) =>
        CompareIgnoringId(data, a, b, context) == 0;

    /// <summary>
    /// How large or well known a place is: countries, then capitals, then towns marked well known by hand,
    /// then regions and regional seats, then district seats, then the rest.
    /// </summary>
    public static int SizeRank(PlaceData data, int entry) => data.Precision(entry) switch
    {
        SitePrecision.Country => 6,
        SitePrecision.Governorate => 3,
        _ => (PlaceProminence)data.EntryProminence[entry] switch
        {
            PlaceProminence.CountryCapital => 5,
            PlaceProminence.WellKnown => 4,
            PlaceProminence.RegionSeat => 3,
            PlaceProminence.DistrictSeat => 2,
            _ => 1,
        },
    };

    private static int CompareIgnoringId(PlaceData data, PlaceHit a, PlaceHit b, PlaceContext? context)
    {
        if (context is not null && !context.IsEmpty)
        {
            var inA = context.HasCountry(data.EntryCountry[a.Entry]);
            var inB = context.HasCountry(data.EntryCountry[b.Entry]);
            if (inA != inB)
            {
                return inA ? -1 : 1;
            }

            var regionA = context.HasRegion(data.EntryAdmin1[a.Entry]);
            var regionB = context.HasRegion(data.EntryAdmin1[b.Entry]);
            if (regionA != regionB)
            {
                return regionA ? -1 : 1;
            }
        }

        if (a.Level != b.Level)
        {
            return a.Level.CompareTo(b.Level);
        }

        return SizeRank(data, b.Entry).CompareTo(SizeRank(data, a.Entry));
    }

    private static void Add(PlaceData data, ReadOnlySpan<int> names, PlaceMatchLevel level, List<PlaceHit> hits, int first)
    {
        foreach (var name in names)
        {
            var entry = data.NameEntry[name];
            var known = false;
            for (var j = first; j < hits.Count; j++)
            {
                if (hits[j].Entry == entry)
                {
                    known = true;
                    break;
                }
            }

            if (!known)
            {
                hits.Add(new PlaceHit(entry, name, level));
            }
        }
    }
}
