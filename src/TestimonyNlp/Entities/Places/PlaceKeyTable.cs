using System.Runtime.CompilerServices;
namespace TestimonyNlp.Entities.Places;

/// <summary>
/// An open-addressing hash table from key hashes to the ids stored under them, built once and read by many
/// threads. Ids of one key are contiguous; a lookup returns them as a span.
/// </summary>
internal sealed class PlaceKeyTable
{
    private readonly ulong[] _slotHashes;
    private readonly int[] _slotStarts;
    private readonly int[] _slotCounts;
    private readonly int[] _ids;
    private readonly int _mask;

    private PlaceKeyTable(ulong[] slotHashes, int[] slotStarts, int[] slotCounts, int[] ids)
    {
        _slotHashes = slotHashes;
        _slotStarts = slotStarts;
        _slotCounts = slotCounts;
        _ids = ids;
        _mask = slotHashes.Length - 1;
    }

    /// <summary>Number of distinct keys.</summary>
    public int KeyCount { get; private init; }

    /// <summary>Builds the table from the first <paramref name="count"/> (hash, id) pairs. The ids of one key
    /// keep the order they have in <paramref name="ids"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static PlaceKeyTable Build(ulong[] hashes, int[] ids, int count)
    {
        var size = 16;
        while (size < count * 2)
        {
            size <<= 1;
        }

        var mask = size - 1;
        var slotHashes = new ulong[size];
        var slotCounts = new int[size];
        var slotOf = new int[count];
        var distinct = 0;
        for (var i = 0; i < count; i++)
        {
            var hash = hashes[i];
            var slot = (int)(hash & (ulong)mask);
            while (slotCounts[slot] != 0 && slotHashes[slot] != hash)
            {
                slot = (slot + 1) & mask;
            }

            if (slotCounts[slot] == 0)
            {
                slotHashes[slot] = hash;
                distinct++;
            }

            slotCounts[slot]++;
            slotOf[i] = slot;
        }

        // Each key's ids go to one run of the id array, runs in slot order.
        var slotStarts = new int[size];
        var next = 0;
        for (var slot = 0; slot < size; slot++)
        {
            slotStarts[slot] = next;
            next += slotCounts[slot];
        }

        var stored = new int[count];
        var filled = new int[size];
        for (var i = 0; i < count; i++)
        {
            var slot = slotOf[i];
            stored[slotStarts[slot] + filled[slot]++] = ids[i];
        }

        return new PlaceKeyTable(slotHashes, slotStarts, slotCounts, stored) { KeyCount = distinct };
    }

    /// <summary>The ids stored under <paramref name="hash"/>, or an empty span.</summary>
    public ReadOnlySpan<int> Get(ulong hash)
    {
        var slot = (int)(hash & (ulong)_mask);
        while (true)
        {
            var count = _slotCounts[slot];
            if (count == 0)
            {
                return default;
            }

            if (_slotHashes[slot] == hash)
            {
                return new ReadOnlySpan<int>(_ids, _slotStarts[slot], count);
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>True when something is stored under <paramref name="hash"/>.</summary>
    public bool Contains(ulong hash) => !Get(hash).IsEmpty;
}
