using System.Collections.Immutable;

namespace TestimonyNlp.Claims.Classification;

/// <summary>Reads and writes the rules after the claim models (<see cref="SentenceRules"/>, then
/// <see cref="BasisRules"/>) as one comma list of rule names.</summary>
public static class ClaimRuleNames
{
    /// <summary>Every rule after the sentence classifiers, in the order they apply.</summary>
    public static readonly ImmutableArray<SentenceRules> EachSentenceRule =
        [.. Enum.GetValues<SentenceRules>().Where(r => r is not SentenceRules.None and not SentenceRules.All)];

    /// <summary>Every rule after the claim-level basis model, in the order they apply.</summary>
    public static readonly ImmutableArray<BasisRules> EachBasisRule =
        [.. Enum.GetValues<BasisRules>().Where(r => r is not BasisRules.None and not BasisRules.All)];

    /// <summary>Every rule's name: the sentence rules, then the basis rules.</summary>
    public static IEnumerable<string> All =>
        EachSentenceRule.Select(r => r.ToString()).Concat(EachBasisRule.Select(r => r.ToString()));

    /// <summary>Reads a comma list of rule names (any case), <c>sentence</c> (every sentence rule), <c>basis</c> (every
    /// basis rule) or <c>all</c>; false for an empty list or an unknown name.</summary>
    public static bool TryParse(string text, out SentenceRules sentence, out BasisRules basis)
    {
        ArgumentNullException.ThrowIfNull(text);
        sentence = SentenceRules.None;
        basis = BasisRules.None;
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Is(part, "all") || Is(part, "sentence") || Is(part, "basis"))
            {
                sentence |= Is(part, "basis") ? SentenceRules.None : SentenceRules.All;
                basis |= Is(part, "sentence") ? BasisRules.None : BasisRules.All;
                continue;
            }

            var sentenceRule = EachSentenceRule.FirstOrDefault(r => Is(part, r.ToString()));
            var basisRule = EachBasisRule.FirstOrDefault(r => Is(part, r.ToString()));
            if (sentenceRule == SentenceRules.None && basisRule == BasisRules.None)
            {
                (sentence, basis) = (SentenceRules.None, BasisRules.None);
                return false;
            }

            sentence |= sentenceRule;
            basis |= basisRule;
        }

        return sentence != SentenceRules.None || basis != BasisRules.None;
    }

    /// <summary><c>all</c>, <c>sentence</c>, <c>basis</c>, or the rules' names in the order they apply,
    /// comma-separated.</summary>
    public static string ToWire(SentenceRules sentence, BasisRules basis)
    {
        if (sentence == SentenceRules.All && basis == BasisRules.All)
        {
            return "all";
        }

        var parts = new List<string>();
        parts.AddRange(sentence == SentenceRules.All ? ["sentence"] : EachSentenceRule.Where(r => (sentence & r) != 0).Select(r => r.ToString()));
        parts.AddRange(basis == BasisRules.All ? ["basis"] : EachBasisRule.Where(r => (basis & r) != 0).Select(r => r.ToString()));
        return string.Join(",", parts);
    }

    private static bool Is(string part, string name) => string.Equals(part, name, StringComparison.OrdinalIgnoreCase);
}
