using System.Collections.Immutable;
using System.Text;
using TestimonyNlp.Entities.Places;
using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Entities.Lexicons;

/// <summary>
/// Armed actors (<c>models/actors.tsv</c>): canonical names with their aliases, and the countries where an
/// ambiguous alias means one actor or another (<c>the coalition</c> is the US-led coalition in Syria and Iraq,
/// the Saudi-led coalition in Yemen). Immutable and thread-safe once loaded.
/// </summary>
/// <remarks>
/// File format: a <c># format: testimony-actors 2</c> line, then rows of three tab-separated columns: canonical
/// name; <c>*</c> (the aliases mean this actor anywhere) or a comma-separated list of ISO 3166-1 alpha-2 codes
/// (only there); aliases separated by <c>|</c>, lower case, or prefixed with <c>=</c> to match their letter case
/// (<c>=IS</c> never matches the verb <c>is</c>), and with <c>+</c> (before any <c>=</c>) for an attributive alias,
/// an actor only right before a weapon or <c>side</c> (<c>+russian</c>: "the Russian planes"). An alias may be in
/// several rows of different countries; two rows giving one alias to overlapping countries, or marking it
/// attributive in one row and not in another, are an error. Version 2 added the <c>+</c> marker.
/// </remarks>
public sealed class ActorLexicon
{
    /// <summary>The format name on the file's format line.</summary>
    public const string FormatName = "testimony-actors";

    /// <summary>The format version this build reads.</summary>
    public const int FormatVersion = 2;

    private ActorLexicon(PhraseSpotter<ActorAlias> phrases, ImmutableArray<string> canonicals, int aliasCount)
    {
        Phrases = phrases;
        Canonicals = canonicals;
        AliasCount = aliasCount;
    }

    /// <summary>The aliases, for spotting.</summary>
    public PhraseSpotter<ActorAlias> Phrases { get; }

    /// <summary>The canonical actor names, in file order.</summary>
    public ImmutableArray<string> Canonicals { get; }

    /// <summary>Number of alias surface forms in the file.</summary>
    public int AliasCount { get; }

    /// <summary>Loads the lexicon from <paramref name="path"/>.</summary>
    /// <exception cref="ModelFormatException">The file is not a version-2 actor lexicon or has a malformed line.</exception>
    public static ActorLexicon Load(string path) => ModelFile.Load(path, Load);

    /// <summary>Loads the lexicon from <paramref name="reader"/>; <paramref name="file"/> names it in errors.</summary>
    /// <exception cref="ModelFormatException">The text is not a version-2 actor lexicon or has a malformed line.</exception>
    public static ActorLexicon Load(TextReader reader, string file)
    {
        var groups = new Dictionary<string, List<AliasRow>>(StringComparer.Ordinal);
        var order = new List<string>();
        var canonicals = new List<string>();
        var aliasCount = 0;
        var keyMaker = new PhraseKeys();
        foreach (var line in ModelFile.Read(reader, file, FormatName, FormatVersion, columns: 3))
        {
            var canonical = line.Columns[0];
            var countries = ParseCountries(line.Columns[1], file, line.Number);
            var sense = new ActorSense(canonical, countries);
            if (!canonicals.Contains(canonical, StringComparer.Ordinal))
            {
                canonicals.Add(canonical);
            }

            foreach (var raw in line.Columns[2].Split('|'))
            {
                var alias = raw.Trim(' ');
                var attributive = alias.StartsWith('+');
                if (attributive)
                {
                    alias = alias[1..];
                }

                var caseSensitive = alias.StartsWith('=');
                if (caseSensitive)
                {
                    alias = alias[1..];
                }

                if (alias.Length == 0)
                {
                    throw new ModelFormatException(file, line.Number, "empty alias");
                }

                if (!caseSensitive && !ModelFile.IsLowerCase(alias))
                {
                    throw new ModelFormatException(
                        file, line.Number, $"alias '{alias}' is not lower case (prefix it with '=' to match its case)");
                }

                if (!keyMaker.TryCreate(alias, caseSensitive, out var key))
                {
                    throw new ModelFormatException(file, line.Number, $"alias '{alias}' has punctuation or symbols and can never match");
                }

                if (!groups.TryGetValue(key, out var rows))
                {
                    groups.Add(key, rows = []);
                    order.Add(key);
                }

                foreach (var row in rows)
                {
                    if (row.Line != line.Number && Overlap(row.Sense.Countries, countries))
                    {
                        throw new ModelFormatException(
                            file, line.Number, $"alias '{alias}' is also on line {row.Line} for an overlapping set of countries");
                    }

                    if (row.Attributive != attributive)
                    {
                        var (marked, unmarked) = attributive ? (line.Number, row.Line) : (row.Line, line.Number);
                        throw new ModelFormatException(
                            file, line.Number, $"alias '{alias}' is attributive ('+') on line {marked} but not on line {unmarked}");
                    }
                }

                rows.Add(new AliasRow(alias, caseSensitive, attributive, sense, line.Number));
                aliasCount++;
            }
        }

        var builder = new PhraseSpotter<ActorAlias>.Builder(SameSenses.Instance);
        foreach (var key in order)
        {
            var rows = groups[key];
            var senses = rows.Select(r => r.Sense).Distinct().ToImmutableArray();
            var payload = new ActorAlias(senses, rows[0].Attributive);
            foreach (var row in rows)
            {
                var result = builder.Add(row.Alias, payload, row.CaseSensitive);
                if (result == PhraseAddResult.Conflict)
                {
                    throw new ModelFormatException(
                        file, row.Line, $"alias '{row.Alias}' is spelt like another alias (it differs only in hyphens or apostrophes); give both the same rows");
                }
            }
        }

        return new ActorLexicon(builder.Build(), [.. canonicals], aliasCount);
    }

    /// <summary>Resolves a whole alias (folded like text) in a testimony about <paramref name="country"/>.</summary>
    public bool TryResolve(ReadOnlySpan<char> surface, string? country, out ActorResolution resolution)
    {
        resolution = default;
        return Phrases.TryMatchWhole(surface, out var alias) && alias.TryResolve(country, out resolution);
    }

    private static ImmutableArray<string> ParseCountries(string column, string file, int line)
    {
        if (column == "*")
        {
            return [];
        }

        var codes = column.Split(',', StringSplitOptions.TrimEntries);
        foreach (var code in codes)
        {
            if (!PlaceData.IsCountryCode(code))
            {
                throw new ModelFormatException(
                    file, line, $"country '{code}' is not an upper-case ISO 3166-1 alpha-2 code; use '*' for any country");
            }
        }

        return [.. codes.Distinct(StringComparer.Ordinal)];
    }

    private static bool Overlap(ImmutableArray<string> a, ImmutableArray<string> b) =>
        a.IsDefaultOrEmpty && b.IsDefaultOrEmpty || !a.IsDefaultOrEmpty && !b.IsDefaultOrEmpty && a.Intersect(b, StringComparer.Ordinal).Any();

    /// <summary>Two aliases with the same senses are one alias however they are spelt.</summary>
    private sealed class SameSenses : IEqualityComparer<ActorAlias>
    {
        public static readonly SameSenses Instance = new();

        public bool Equals(ActorAlias? x, ActorAlias? y) =>
            ReferenceEquals(x, y)
            || (x is not null && y is not null && x.Senses.Length == y.Senses.Length
                && x.IsAttributive == y.IsAttributive
                && x.Senses.Zip(y.Senses).All(p => p.First.Canonical == p.Second.Canonical
                    && p.First.Countries.AsSpan().SequenceEqual(p.Second.Countries.AsSpan())));

        public int GetHashCode(ActorAlias obj) => obj.Senses.Length;
    }

    private sealed record AliasRow(string Alias, bool CaseSensitive, bool Attributive, ActorSense Sense, int Line);

    /// <summary>Folds an alias to a key shared by its spellings with and without hyphens (<c>al-hashd</c>,
    /// <c>alhashd</c>), which the spotter stores as one phrase.</summary>
    private sealed class PhraseKeys
    {
        private readonly Tokenizer _tokenizer = new();
        private readonly List<Token> _tokens = [];
        private readonly StringBuilder _key = new();

        public bool TryCreate(string alias, bool caseSensitive, out string key)
        {
            _tokens.Clear();
            _key.Clear();
            _tokenizer.Tokenize(alias, 0, alias.Length, _tokens);
            foreach (var token in _tokens)
            {
                if (token.Kind is not (TokenKind.Word or TokenKind.Alphanumeric or TokenKind.Number))
                {
                    key = "";
                    return false;
                }

                _key.Append(' ');
                foreach (var c in alias.AsSpan(token.Start, token.Length))
                {
                    var folded = TextFolding.Fold(c);
                    if (folded != '\0' && !TextFolding.IsHyphen(c))
                    {
                        _key.Append(caseSensitive && char.IsUpper(c) ? char.ToUpperInvariant(folded) : folded);
                    }
                }
            }

            key = (caseSensitive ? "=" : "") + _key;
            return _tokens.Count > 0;
        }
    }
}
