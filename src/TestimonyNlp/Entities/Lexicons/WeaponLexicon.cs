using TestimonyNlp.Model;

namespace TestimonyNlp.Entities.Lexicons;

/// <summary>
/// Weapon surface forms and what they mean (<c>models/weapons.tsv</c>): every form a witness or interpreter uses
/// (plurals, <c>air strike</c>/<c>airstrike</c>, slang such as <c>hawn</c> or <c>zanana</c>) mapped to its
/// category, canonical form and context rule. Immutable and thread-safe once loaded.
/// </summary>
/// <remarks>
/// File format: a <c># format: testimony-weapons 1</c> line, then one form per line with four tab-separated
/// columns: surface (lower case, tokens separated by spaces), category (CONTRACT.md wire name), canonical form
/// (lower case), rule (<c>-</c>, <c>attacker</c>, <c>mine</c>, <c>mine-plural</c>, <c>barrel</c>, <c>vague</c>,
/// <c>generic</c>, <c>vehicle</c>, <c>launched</c>; see <see cref="WeaponRule"/>), or <c>tagged</c> / <c>tagged-RULE</c> for a form that only gives
/// its category to a mention the tagger finds (<see cref="WeaponEntry.TaggedOnly"/>).
/// </remarks>
public sealed class WeaponLexicon
{
    /// <summary>The format name on the file's format line.</summary>
    public const string FormatName = "testimony-weapons";

    /// <summary>The format version this build reads.</summary>
    public const int FormatVersion = 1;

    /// <summary>The rule column of a form the lexicon stage never reports alone (<see cref="WeaponEntry.TaggedOnly"/>).</summary>
    private const string TaggedRule = "tagged";

    private WeaponLexicon(PhraseSpotter<WeaponEntry> phrases)
    {
        Phrases = phrases;
    }

    /// <summary>The surface forms, for spotting.</summary>
    public PhraseSpotter<WeaponEntry> Phrases { get; }

    /// <summary>Number of distinct surface forms.</summary>
    public int Count => Phrases.Count;

    /// <summary>Loads the lexicon from <paramref name="path"/>.</summary>
    /// <exception cref="ModelFormatException">The file is not a version-1 weapon lexicon or has a malformed line.</exception>
    public static WeaponLexicon Load(string path) => ModelFile.Load(path, Load);

    /// <summary>Loads the lexicon from <paramref name="reader"/>; <paramref name="file"/> names it in errors.</summary>
    /// <exception cref="ModelFormatException">The text is not a version-1 weapon lexicon or has a malformed line.</exception>
    public static WeaponLexicon Load(TextReader reader, string file)
    {
        var builder = new PhraseSpotter<WeaponEntry>.Builder();
        var lines = new Dictionary<WeaponEntry, int>();
        foreach (var line in ModelFile.Read(reader, file, FormatName, FormatVersion, columns: 4))
        {
            var (surface, categoryName, canonical, ruleName) = (line.Columns[0], line.Columns[1], line.Columns[2], line.Columns[3]);
            if (!ModelFile.IsLowerCase(surface))
            {
                throw new ModelFormatException(file, line.Number, $"surface '{surface}' is not lower case");
            }

            if (!Vocabulary.TryParseWeaponCategory(categoryName, out var category))
            {
                throw new ModelFormatException(file, line.Number, $"unknown weapon category '{categoryName}'");
            }

            if (!ModelFile.IsLowerCase(canonical))
            {
                throw new ModelFormatException(file, line.Number, $"canonical form '{canonical}' is not lower case");
            }

            var taggedOnly = ruleName == TaggedRule || ruleName.StartsWith(TaggedRule + "-", StringComparison.Ordinal);
            var baseRule = ruleName == TaggedRule ? "-" : taggedOnly ? ruleName[(TaggedRule.Length + 1)..] : ruleName;
            if (!TryParseRule(baseRule, out var rule))
            {
                throw new ModelFormatException(
                    file,
                    line.Number,
                    $"unknown rule '{ruleName}'; expected -, attacker, mine, mine-plural, barrel, vague, generic, vehicle or launched, alone or after 'tagged-', or tagged");
            }

            var entry = new WeaponEntry(category, canonical, rule) { TaggedOnly = taggedOnly };
            lines.TryAdd(entry, line.Number);
            switch (builder.Add(surface, entry, caseSensitive: false, out var existing))
            {
                case PhraseAddResult.Empty:
                case PhraseAddResult.Unmatchable:
                    throw new ModelFormatException(
                        file, line.Number, $"surface '{surface}' has punctuation, symbols or too many parts and can never match");
                case PhraseAddResult.Conflict:
                    throw new ModelFormatException(
                        file,
                        line.Number,
                        $"surface '{surface}' is the same phrase as a form on line {lines[existing!]} with another category, canonical form or rule");
            }
        }

        return new WeaponLexicon(builder.Build());
    }

    /// <summary>Looks up a whole surface form (folded like text: <c>Air-Strikes</c> finds <c>air strikes</c>).</summary>
    public bool TryGet(ReadOnlySpan<char> surface, out WeaponEntry entry) => Phrases.TryMatchWhole(surface, out entry);

    /// <summary>Parses a rule column.</summary>
    internal static bool TryParseRule(string name, out WeaponRule rule)
    {
        rule = name switch
        {
            "-" => WeaponRule.None,
            "attacker" => WeaponRule.Attacker,
            "mine" => WeaponRule.Mine,
            "mine-plural" => WeaponRule.MinePlural,
            "barrel" => WeaponRule.Barrel,
            "vague" => WeaponRule.Vague,
            "generic" => WeaponRule.Generic,
            "vehicle" => WeaponRule.Vehicle,
            "launched" => WeaponRule.Launched,
            _ => (WeaponRule)(-1),
        };
        return rule >= 0;
    }
}
