using System.Runtime.CompilerServices;

namespace TestimonyNlp.Entities.Places;

/// <summary>
/// A hash table from key hashes to the ids stored under them, built once and then read by many threads. Slots
/// (open addressing, linear probing) point to keys; each key's ids are one contiguous run, returned as a span.
/// </summary>
internal sealed class PlaceKeyTable
{
    private readonly int[] _slots;
    private readonly ulong[] _keyHashes;
    private readonly int[] _keyStarts;
    private readonly int[] _ids;
    private readonly int _mask;

    private PlaceKeyTable(int[] slots, ulong[] keyHashes, int[] keyStarts, int[] ids)
    {
        _slots = slots;
        _keyHashes = keyHashes;
        _keyStarts = keyStarts;
        _ids = ids;
        _mask = slots.Length - 1;
    }

    /// <summary>Number of distinct keys.</summary>
    public int KeyCount => _keyHashes.Length;

    /// <summary>
    /// Builds the table from the hashes of ids <c>0 .. count - 1</c>, leaving out the ids whose
    /// <paramref name="present"/> flag is false (all are kept when it is null). The ids of one key keep their order.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static PlaceKeyTable Build(ulong[] hashes, bool[]? present, int count)
    {
        var size = 16;
        while (size < count + (count >> 1))
        {
            size <<= 1;
        }

        var mask = size - 1;
        var slots = new int[size];
        var keyHashes = new ulong[count];
        var keyCounts = new int[count + 1];
        var keyOf = new int[count];
        var keys = 0;
        for (var i = 0; i < count; i++)
        {
            if (present is not null && !present[i])
            {
                keyOf[i] = -1;
                continue;
            }

            var hash = hashes[i];
            var slot = (int)(hash & (ulong)mask);
            int key;
            while (true)
            {
                var stored = slots[slot];
                if (stored == 0)
                {
                    key = keys++;
                    keyHashes[key] = hash;
                    slots[slot] = key + 1;
                    break;
                }

                if (keyHashes[stored - 1] == hash)
                {
                    key = stored - 1;
                    break;
                }

                slot = (slot + 1) & mask;
            }

            keyCounts[key]++;
            keyOf[i] = key;
        }

        // Counts become start offsets; key k's ids are ids[starts[k] .. starts[k + 1]).
        var keyStarts = new int[keys + 1];
        for (var k = 0; k < keys; k++)
        {
            keyStarts[k + 1] = keyStarts[k] + keyCounts[k];
            keyCounts[k] = keyStarts[k];
        }

        var ids = new int[keyStarts[keys]];
        for (var i = 0; i < count; i++)
        {
            var key = keyOf[i];
            if (key >= 0)
            {
                ids[keyCounts[key]++] = i;
            }
        }

        return new PlaceKeyTable(slots, keyHashes.AsSpan(0, keys).ToArray(), keyStarts, ids);
    }

    /// <summary>The ids stored under <paramref name="hash"/>, or an empty span.</summary>
    public ReadOnlySpan<int> Get(ulong hash)
    {
        var slot = (int)(hash & (ulong)_mask);
        while (true)
        {
            var stored = _slots[slot];
            if (stored == 0)
            {
                return default;
            }

            var key = stored - 1;
            if (_keyHashes[key] == hash)
            {
                var start = _keyStarts[key];
                return new ReadOnlySpan<int>(_ids, start, _keyStarts[key + 1] - start);
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>True when something is stored under <paramref name="hash"/>.</summary>
    public bool Contains(ulong hash) => !Get(hash).IsEmpty;
}
