namespace TestimonyNlp.Linking.Incidents;

/// <summary>
/// What an attack hit, as witnesses name it: a closed set of kinds of target. Witnesses of one incident name the
/// same target (the bakery, the wedding, the bridge) even when they date it or place it differently.
/// </summary>
[Flags]
public enum TargetKinds
{
    /// <summary>No target named.</summary>
    None = 0,

    /// <summary>A bakery, or people queueing for bread.</summary>
    Bakery = 1 << 0,

    /// <summary>A market, bazaar or souk.</summary>
    Market = 1 << 1,

    /// <summary>A school or university.</summary>
    School = 1 << 2,

    /// <summary>A hospital or clinic.</summary>
    Hospital = 1 << 3,

    /// <summary>A mosque or a church.</summary>
    Worship = 1 << 4,

    /// <summary>A wedding.</summary>
    Wedding = 1 << 5,

    /// <summary>A funeral or a mourning gathering.</summary>
    Funeral = 1 << 6,

    /// <summary>A bridge.</summary>
    Bridge = 1 << 7,

    /// <summary>A water well, tank or pump.</summary>
    Water = 1 << 8,

    /// <summary>A bus or minibus.</summary>
    Bus = 1 << 9,

    /// <summary>A queue (for aid, fuel, bread).</summary>
    Queue = 1 << 10,

    /// <summary>Tents or a camp.</summary>
    Camp = 1 << 11,

    /// <summary>A basement or shelter.</summary>
    Shelter = 1 << 12,

    /// <summary>A checkpoint.</summary>
    Checkpoint = 1 << 13,

    /// <summary>A hotel.</summary>
    Hotel = 1 << 14,

    /// <summary>A cafe or teahouse.</summary>
    Cafe = 1 << 15,

    /// <summary>A fuel or gas station.</summary>
    Fuel = 1 << 16,

    /// <summary>A cemetery.</summary>
    Cemetery = 1 << 17,

    /// <summary>A factory, mill or workshop.</summary>
    Factory = 1 << 18,
}

/// <summary>Finds the <see cref="TargetKinds"/> a text names, word by word (lower-cased letters, plural and
/// possessive endings dropped); the text is not kept.</summary>
public static class TargetLexicon
{
    /// <summary>The default values.</summary>
    public static class Defaults
    {
        /// <summary>Words this many characters before a claim's evidence or after it count: the sentence that
        /// names the target is often the one before the harm.</summary>
        public const int ContextChars = 150;
    }

    /// <summary>The kinds of target named within <paramref name="contextChars"/> of a claim's evidence
    /// [<paramref name="evidenceStart"/>, <paramref name="evidenceEnd"/>) in <paramref name="text"/>; none when the
    /// offsets lie outside it.</summary>
    public static TargetKinds Around(string text, int evidenceStart, int evidenceEnd, int contextChars = Defaults.ContextChars)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = Math.Max(0, evidenceStart - contextChars);
        var end = Math.Min(text.Length, evidenceEnd + contextChars);
        return start < end ? Find(text.AsSpan(start, end - start)) : TargetKinds.None;
    }

    /// <summary>The kinds of target named in <paramref name="text"/>.</summary>
    public static TargetKinds Find(ReadOnlySpan<char> text)
    {
        var kinds = TargetKinds.None;
        Span<char> word = stackalloc char[24];
        Span<char> previous = stackalloc char[24];
        var previousLength = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var length = 0;
            var start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || ((text[i] == '-' || text[i] == '\'') && i + 1 < text.Length && char.IsLetter(text[i + 1]) && i > start)))
            {
                if (length < word.Length)
                {
                    word[length] = char.ToLowerInvariant(text[i]);
                }

                length++;
                i++;
            }

            if (length > word.Length)
            {
                previousLength = 0;
                continue;
            }

            var current = Stem(word[..length]);
            kinds |= Kind(current, previous[..previousLength]);
            current.CopyTo(previous);
            previousLength = current.Length;
        }

        return kinds;
    }

    /// <summary>The word without a possessive or plural ending ("bakeries" to "bakery", "buses" to "bus",
    /// "tents" to "tent").</summary>
    private static ReadOnlySpan<char> Stem(ReadOnlySpan<char> word)
    {
        if (word.EndsWith("'s"))
        {
            word = word[..^2];
        }

        if (word.Length > 4 && word.EndsWith("ies"))
        {
            return word.EndsWith("bakeries") ? "bakery" : word;
        }

        if (word.Length > 4 && (word.EndsWith("ches") || word.EndsWith("uses") || word.EndsWith("sses")))
        {
            return word[..^2];
        }

        return word.Length > 3 && word[^1] == 's' && word[^2] != 's' && word[^2] != 'u' ? word[..^1] : word;
    }

    private static TargetKinds Kind(ReadOnlySpan<char> word, ReadOnlySpan<char> previous) => word switch
    {
        "bakery" or "baker" or "bread" or "oven" or "furn" => TargetKinds.Bakery,
        "market" or "marketplace" or "bazaar" or "souk" or "suq" or "souq" => TargetKinds.Market,
        "school" or "schoolyard" or "university" or "kindergarten" => TargetKinds.School,
        "hospital" or "clinic" => TargetKinds.Hospital,
        "mosque" or "church" or "masjid" or "pagoda" or "monastery" => TargetKinds.Worship,
        "wedding" => TargetKinds.Wedding,
        "funeral" or "mourning" or "condolence" or "burial" => TargetKinds.Funeral,
        "bridge" => TargetKinds.Bridge,
        "well" => previous is "water" or "the" or "a" ? TargetKinds.Water : TargetKinds.None,
        "tank" or "reservoir" or "pump" => previous is "water" ? TargetKinds.Water : TargetKinds.None,
        "bus" or "minibus" => TargetKinds.Bus,
        "queue" or "queued" or "queuing" or "queueing" => TargetKinds.Queue,
        "tent" or "camp" => TargetKinds.Camp,
        "basement" or "shelter" or "bunker" => TargetKinds.Shelter,
        "checkpoint" => TargetKinds.Checkpoint,
        "hotel" => TargetKinds.Hotel,
        "cafe" or "café" or "teahouse" or "billiard" => TargetKinds.Cafe,
        "station" => previous is "fuel" or "gas" or "petrol" ? TargetKinds.Fuel : TargetKinds.None,
        "cemetery" or "graveyard" => TargetKinds.Cemetery,
        "factory" or "mill" or "workshop" => TargetKinds.Factory,
        _ => TargetKinds.None,
    };
}
