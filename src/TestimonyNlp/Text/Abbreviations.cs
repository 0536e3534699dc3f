using System.Collections.Frozen;

namespace TestimonyNlp.Text;

/// <summary>How an abbreviation that keeps its period behaves at a possible sentence end.</summary>
public enum AbbreviationKind : byte
{
    /// <summary>Not an abbreviation.</summary>
    None,

    /// <summary>A title or rank written before a name (<c>Mr.</c>, <c>Dr.</c>, <c>Sgt.</c>): never ends a sentence.</summary>
    Title,

    /// <summary><c>No.</c> before a number: an abbreviation only when a digit follows; never ends a sentence.</summary>
    NumberSign,

    /// <summary>Any other abbreviation (<c>etc.</c>, <c>St.</c>, <c>Oct.</c>, and dotted ones such as <c>U.S.</c>):
    /// ends a sentence only before a word that usually starts one.</summary>
    Other,
}

/// <summary>
/// The small, fixed table of abbreviations that keep their period, and the words that usually start a sentence.
/// Lookups take spans and allocate nothing.
/// </summary>
public static class Abbreviations
{
    private static readonly FrozenDictionary<string, AbbreviationKind> Table = new Dictionary<string, AbbreviationKind>
    {
        ["Mr"] = AbbreviationKind.Title,
        ["Mrs"] = AbbreviationKind.Title,
        ["Ms"] = AbbreviationKind.Title,
        ["Dr"] = AbbreviationKind.Title,
        ["Prof"] = AbbreviationKind.Title,
        ["Gen"] = AbbreviationKind.Title,
        ["Col"] = AbbreviationKind.Title,
        ["Lt"] = AbbreviationKind.Title,
        ["Sgt"] = AbbreviationKind.Title,
        ["Capt"] = AbbreviationKind.Title,
        ["Maj"] = AbbreviationKind.Title,
        ["Cpl"] = AbbreviationKind.Title,
        ["Pvt"] = AbbreviationKind.Title,
        ["Brig"] = AbbreviationKind.Title,
        ["Cmdr"] = AbbreviationKind.Title,
        ["Adm"] = AbbreviationKind.Title,
        ["Rev"] = AbbreviationKind.Title,
        ["Fr"] = AbbreviationKind.Title,
        ["Sen"] = AbbreviationKind.Title,
        ["Gov"] = AbbreviationKind.Title,
        ["Hon"] = AbbreviationKind.Title,
        ["Mt"] = AbbreviationKind.Title,
        ["No"] = AbbreviationKind.NumberSign,
        ["Nos"] = AbbreviationKind.NumberSign,
        ["Nr"] = AbbreviationKind.NumberSign,
        ["St"] = AbbreviationKind.Other,
        ["Jr"] = AbbreviationKind.Other,
        ["Sr"] = AbbreviationKind.Other,
        ["etc"] = AbbreviationKind.Other,
        ["vs"] = AbbreviationKind.Other,
        ["approx"] = AbbreviationKind.Other,
        ["Ave"] = AbbreviationKind.Other,
        ["Rd"] = AbbreviationKind.Other,
        ["Dept"] = AbbreviationKind.Other,
        ["Govt"] = AbbreviationKind.Other,
        ["Inc"] = AbbreviationKind.Other,
        ["Ltd"] = AbbreviationKind.Other,
        ["Co"] = AbbreviationKind.Other,
        ["Jan"] = AbbreviationKind.Other,
        ["Feb"] = AbbreviationKind.Other,
        ["Mar"] = AbbreviationKind.Other,
        ["Apr"] = AbbreviationKind.Other,
        ["Jun"] = AbbreviationKind.Other,
        ["Jul"] = AbbreviationKind.Other,
        ["Aug"] = AbbreviationKind.Other,
        ["Sep"] = AbbreviationKind.Other,
        ["Sept"] = AbbreviationKind.Other,
        ["Oct"] = AbbreviationKind.Other,
        ["Nov"] = AbbreviationKind.Other,
        ["Dec"] = AbbreviationKind.Other,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, AbbreviationKind>.AlternateLookup<ReadOnlySpan<char>> TableLookup =
        Table.GetAlternateLookup<ReadOnlySpan<char>>();

    // Capitalised words that start most sentences in testimony; after an abbreviation such as "U.S." or "etc."
    // only these are taken as the start of a new sentence, so "U.S. Army" stays one sentence.
    private static readonly FrozenSet<string> Starters = FrozenSet.ToFrozenSet(
        [
            "I", "We", "He", "She", "They", "It", "You", "The", "Then", "There", "This", "That", "These", "Those",
            "My", "Our", "His", "Her", "Their", "After", "When", "And", "But", "So", "Later", "Afterwards",
        ],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StarterLookup =
        Starters.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The longest word in the table, in characters.</summary>
    public const int MaxLength = 6;

    /// <summary>
    /// Looks up a word without its period (<c>Dr</c>, <c>etc</c>; case is ignored).
    /// Returns <see cref="AbbreviationKind.None"/> when the word is not in the table.
    /// </summary>
    public static AbbreviationKind Lookup(ReadOnlySpan<char> word) =>
        word.Length is > 0 and <= MaxLength && TableLookup.TryGetValue(word, out var kind) ? kind : AbbreviationKind.None;

    /// <summary>
    /// Classifies a token that keeps its period: a table word (<c>Dr.</c>) by its table entry, a dotted
    /// abbreviation (<c>U.S.</c>, <c>e.g.</c>) or an unknown one as <see cref="AbbreviationKind.Other"/>,
    /// and anything not ending in a period as <see cref="AbbreviationKind.None"/>.
    /// </summary>
    public static AbbreviationKind Classify(ReadOnlySpan<char> token)
    {
        if (token.Length < 2 || token[^1] != '.')
        {
            return AbbreviationKind.None;
        }

        var kind = Lookup(token[..^1]);
        return kind == AbbreviationKind.None ? AbbreviationKind.Other : kind;
    }

    /// <summary>True when <paramref name="word"/> is a capitalised word that usually starts a sentence
    /// (<c>Then</c>, <c>We</c>, <c>The</c>); case-sensitive.</summary>
    public static bool IsSentenceStarter(ReadOnlySpan<char> word) =>
        word.Length is > 0 and <= 10 && StarterLookup.Contains(word);
}
