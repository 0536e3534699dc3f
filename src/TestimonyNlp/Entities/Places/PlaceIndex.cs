using System.Runtime.CompilerServices;
namespace TestimonyNlp.Entities.Places;

/// <summary>
/// The lookup tables of a gazetteer: every name's key at each <see cref="PlaceMatchLevel"/>, hashed, mapped to
/// the names that have it; and the stop phrases' exact keys. Built from the names when first needed, so a
/// change of <see cref="PlaceNameFolding"/> never needs the file rebuilt.
/// </summary>
internal sealed class PlaceIndex
{
    private PlaceIndex(PlaceKeyTable exact, PlaceKeyTable folded, PlaceKeyTable skeleton, PlaceKeyTable stops)
    {
        Exact = exact;
        Folded = folded;
        Skeleton = skeleton;
        Stops = stops;
    }

    public PlaceKeyTable Exact { get; }

    public PlaceKeyTable Folded { get; }

    public PlaceKeyTable Skeleton { get; }

    /// <summary>Exact keys of the stop phrases.</summary>
    public PlaceKeyTable Stops { get; }

    /// <summary>Builds the tables: keys are computed in parallel chunks, the three tables in parallel.</summary>
    public static PlaceIndex Build(PlaceData data)
    {
        var count = data.NameCount;
        var keys = new NameKeys(count);
        var chunks = Math.Clamp(Environment.ProcessorCount, 1, 8);
        var chunkSize = (count + chunks - 1) / chunks;
        Parallel.For(0, chunks, chunk => ComputeKeys(data, keys, chunk * chunkSize, Math.Min(count, (chunk + 1) * chunkSize)));

        PlaceKeyTable? exact = null;
        PlaceKeyTable? folded = null;
        PlaceKeyTable? skeleton = null;
        PlaceKeyTable? stops = null;
        Parallel.Invoke(
            () => exact = PlaceKeyTable.Build(keys.Exact, keys.HasExact, count),
            () => folded = PlaceKeyTable.Build(keys.Folded, keys.HasExact, count),
            () => skeleton = PlaceKeyTable.Build(keys.Skeleton, keys.HasSkeleton, count),
            () => stops = BuildStops(data));
        return new PlaceIndex(exact!, folded!, skeleton!, stops!);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ComputeKeys(PlaceData data, NameKeys keys, int from, int to)
    {
        var maxLength = 1;
        for (var n = from; n < to; n++)
        {
            maxLength = Math.Max(maxLength, data.NameLength[n]);
        }

        var plain = new char[PlaceNameFolding.MaxKeyLength(maxLength)];
        var folded = new char[plain.Length];
        var skeleton = new char[plain.Length];
        for (var n = from; n < to; n++)
        {
            var plainLength = PlaceNameFolding.Plain(data.Name(n), plain);
            if (plainLength == 0)
            {
                continue;
            }

            keys.HasExact[n] = true;
            keys.Exact[n] = PlaceKeyHash.Of(plain.AsSpan(0, plainLength));
            var foldedLength = PlaceNameFolding.FoldPlain(plain.AsSpan(0, plainLength), folded, attachedArticles: false);
            keys.Folded[n] = PlaceKeyHash.Of(folded.AsSpan(0, foldedLength));
            var skeletonLength = PlaceNameFolding.SkeletonOfFolded(folded.AsSpan(0, foldedLength), skeleton);
            if (PlaceNameFolding.ConsonantCount(skeleton.AsSpan(0, skeletonLength)) >= PlaceNameFolding.Defaults.MinSkeletonLetters)
            {
                keys.HasSkeleton[n] = true;
                keys.Skeleton[n] = PlaceKeyHash.Of(skeleton.AsSpan(0, skeletonLength));
            }
        }
    }

    private static PlaceKeyTable BuildStops(PlaceData data)
    {
        var count = data.StopOffset.Length;
        var hashes = new ulong[count];
        for (var s = 0; s < count; s++)
        {
            var stop = data.Stop(s);
            var plain = new char[PlaceNameFolding.MaxKeyLength(stop.Length)];
            var length = PlaceNameFolding.Plain(stop, plain);
            hashes[s] = PlaceKeyHash.Of(plain.AsSpan(0, length));
        }

        return PlaceKeyTable.Build(hashes, null, count);
    }

    /// <summary>The hashed keys of every name, filled in parallel chunks.</summary>
    private sealed class NameKeys(int count)
    {
        public ulong[] Exact { get; } = new ulong[count];

        public ulong[] Folded { get; } = new ulong[count];

        public ulong[] Skeleton { get; } = new ulong[count];

        public bool[] HasExact { get; } = new bool[count];

        public bool[] HasSkeleton { get; } = new bool[count];
    }
}
