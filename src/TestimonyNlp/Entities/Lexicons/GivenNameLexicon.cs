using System.Runtime.InteropServices;
using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Entities.Lexicons;

/// <summary>
/// Given names of the regions the testimonies come from (<c>models/given-names.tsv</c>), with their
/// transliteration variants grouped (<c>Mohammed</c>, <c>Muhammad</c>, <c>Mohamad</c>, <c>Mehmet</c>), and kunya
/// prefixes (<c>Abu</c>, <c>Umm</c>). A feature for the tagger, never an answer on its own: <c>Nour</c> is also
/// light and <c>Salam</c> a greeting. Immutable and thread-safe once loaded.
/// </summary>
/// <remarks>
/// File format: a <c># format: testimony-given-names 1</c> line, then rows of four tab-separated columns: kind
/// (<c>name</c>, or <c>kunya</c> for a prefix), display form, regions (comma-separated: <c>lev</c>, <c>irq</c>,
/// <c>gulf</c>, <c>sdn</c>, <c>lby</c>, <c>ar</c> for all five, <c>kur</c>, <c>tkm</c>, <c>afg</c>, <c>som</c>,
/// <c>roh</c>, <c>mya</c>, <c>slav</c>, <c>es</c>, <c>en</c>), and the lower-case variants separated by <c>|</c>.
/// A variant belongs to one row only.
/// </remarks>
public sealed class GivenNameLexicon
{
    /// <summary>The format name on the file's format line.</summary>
    public const string FormatName = "testimony-given-names";

    /// <summary>The format version this build reads.</summary>
    public const int FormatVersion = 1;

    [ThreadStatic]
    private static Buffers? t_buffers;

    private readonly PhraseSpotter<NameEntry> _phrases;

    private GivenNameLexicon(PhraseSpotter<NameEntry> phrases, int nameCount, int variantCount)
    {
        _phrases = phrases;
        NameCount = nameCount;
        VariantCount = variantCount;
    }

    /// <summary>Number of names (transliteration groups), kunya prefixes not counted.</summary>
    public int NameCount { get; }

    /// <summary>Number of distinct name spellings, kunya prefixes not counted.</summary>
    public int VariantCount { get; }

    /// <summary>Loads the lexicon from <paramref name="path"/>.</summary>
    /// <exception cref="ModelFormatException">The file is not a version-1 given-name lexicon or has a malformed line.</exception>
    public static GivenNameLexicon Load(string path) => ModelFile.Load(path, Load);

    /// <summary>Loads the lexicon from <paramref name="reader"/>; <paramref name="file"/> names it in errors.</summary>
    /// <exception cref="ModelFormatException">The text is not a version-1 given-name lexicon or has a malformed line.</exception>
    public static GivenNameLexicon Load(TextReader reader, string file)
    {
        // Reference equality: a spelling repeated within a row is harmless, in two rows it is an error.
        var builder = new PhraseSpotter<NameEntry>.Builder(ReferenceEqualityComparer.Instance);
        var lines = new Dictionary<NameEntry, int>(ReferenceEqualityComparer.Instance);
        var names = 0;
        var variants = 0;
        foreach (var line in ModelFile.Read(reader, file, FormatName, FormatVersion, columns: 4))
        {
            var (kind, canonical, regionList, variantList) = (line.Columns[0], line.Columns[1], line.Columns[2], line.Columns[3]);
            var isPrefix = kind switch
            {
                "name" => false,
                "kunya" => true,
                _ => throw new ModelFormatException(file, line.Number, $"unknown kind '{kind}'; expected name or kunya"),
            };
            var regions = ParseRegions(regionList, file, line.Number);
            var entry = new NameEntry(new GivenName(canonical, regions), isPrefix);
            lines.Add(entry, line.Number);
            if (!isPrefix)
            {
                names++;
            }

            foreach (var raw in variantList.Split('|'))
            {
                var variant = raw.Trim(' ');
                if (variant.Length == 0)
                {
                    throw new ModelFormatException(file, line.Number, "empty variant");
                }

                if (!ModelFile.IsLowerCase(variant))
                {
                    throw new ModelFormatException(file, line.Number, $"variant '{variant}' is not lower case");
                }

                switch (builder.Add(variant, entry, caseSensitive: false, out var existing))
                {
                    case PhraseAddResult.Added when !isPrefix:
                        variants++;
                        break;
                    case PhraseAddResult.Empty:
                    case PhraseAddResult.Unmatchable:
                        throw new ModelFormatException(file, line.Number, $"variant '{variant}' has punctuation or symbols and can never match");
                    case PhraseAddResult.Conflict:
                        throw new ModelFormatException(file, line.Number, $"variant '{variant}' is already on line {lines[existing!]}");
                }
            }
        }

        return new GivenNameLexicon(builder.Build(), names, variants);
    }

    /// <summary>True when the whole of <paramref name="name"/> is a given name or a kunya (<c>Abu Yasser</c>).</summary>
    public bool Contains(ReadOnlySpan<char> name) => TryGet(name, out _, out _);

    /// <summary>The regions of the given name (or of the name in a kunya) <paramref name="name"/>; <see cref="NameRegions.None"/>
    /// when it is neither.</summary>
    public NameRegions Regions(ReadOnlySpan<char> name) => TryGet(name, out var found, out _) ? found.Regions : NameRegions.None;

    /// <summary>
    /// Looks up the whole of <paramref name="name"/>, folded like text: a given name, or a kunya whose
    /// <paramref name="givenName"/> is the name after the prefix.
    /// </summary>
    public bool TryGet(ReadOnlySpan<char> name, out GivenName givenName, out bool isKunya)
    {
        givenName = null!;
        isKunya = false;
        var buffers = t_buffers ??= new Buffers();
        buffers.Tokens.Clear();
        buffers.Tokenizer.Tokenize(name, 0, buffers.Tokens);
        var count = buffers.Tokens.Count;
        if (count == 0)
        {
            return false;
        }

        buffers.Folded.Fold(name, CollectionsMarshal.AsSpan(buffers.Tokens));
        buffers.Matches.Clear();
        Find(name, buffers.Folded, 0, count, buffers.Matches, buffers.Raw);
        if (buffers.Matches.Count != 1)
        {
            return false;
        }

        var match = buffers.Matches[0];
        if (match.Start != buffers.Tokens[0].Start || match.End != buffers.Tokens[count - 1].End)
        {
            return false;
        }

        givenName = match.Name;
        isKunya = match.IsKunya;
        return true;
    }

    /// <summary>
    /// Appends the given names and kunyas among tokens <paramref name="firstToken"/> ..
    /// <paramref name="firstToken"/> + <paramref name="tokenCount"/> - 1 to <paramref name="matches"/>, in text
    /// order, longest first and not overlapping. A kunya prefix not followed by a given name is not reported.
    /// </summary>
    public void Find(ReadOnlySpan<char> text, FoldedTokens tokens, int firstToken, int tokenCount, List<GivenNameMatch> matches)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(matches);
        var buffers = t_buffers ??= new Buffers();
        Find(text, tokens, firstToken, tokenCount, matches, buffers.Raw);
    }

    private void Find(
        ReadOnlySpan<char> text, FoldedTokens tokens, int firstToken, int tokenCount, List<GivenNameMatch> matches, List<PhraseMatch<NameEntry>> raw)
    {
        raw.Clear();
        _phrases.FindAll(text, tokens, firstToken, tokenCount, raw);
        for (var k = 0; k < raw.Count; k++)
        {
            var match = raw[k];
            if (!match.Payload.IsPrefix)
            {
                matches.Add(new GivenNameMatch(match.Start, match.End, match.FirstToken, match.LastToken, match.Payload.Name, false));
                continue;
            }

            // A kunya: the prefix ends a token and the next token starts a given name.
            if (k + 1 < raw.Count && raw[k + 1] is { Payload.IsPrefix: false } name
                && match.End == tokens.End(match.LastToken) && name.FirstToken == match.LastToken + 1
                && name.Start == tokens.Start(name.FirstToken))
            {
                matches.Add(new GivenNameMatch(match.Start, name.End, match.FirstToken, name.LastToken, name.Payload.Name, true));
                k++;
            }
        }
    }

    private static NameRegions ParseRegions(string column, string file, int line)
    {
        var regions = NameRegions.None;
        foreach (var code in column.Split(',', StringSplitOptions.TrimEntries))
        {
            regions |= code switch
            {
                "lev" => NameRegions.Levant,
                "irq" => NameRegions.Iraq,
                "gulf" => NameRegions.Gulf,
                "sdn" => NameRegions.Sudan,
                "lby" => NameRegions.Libya,
                "ar" => NameRegions.Arabic,
                "kur" => NameRegions.Kurdish,
                "tkm" => NameRegions.Turkic,
                "afg" => NameRegions.Afghan,
                "som" => NameRegions.Somali,
                "roh" => NameRegions.Rohingya,
                "mya" => NameRegions.Burmese,
                "slav" => NameRegions.EastSlavic,
                "es" => NameRegions.Spanish,
                "en" => NameRegions.English,
                _ => throw new ModelFormatException(file, line, $"unknown region '{code}'"),
            };
        }

        return regions;
    }

    /// <summary>The payload of a spelling: the name it spells, or a kunya prefix.</summary>
    private sealed record NameEntry(GivenName Name, bool IsPrefix);

    private sealed class Buffers
    {
        public Tokenizer Tokenizer { get; } = new();

        public List<Token> Tokens { get; } = [];

        public FoldedTokens Folded { get; } = new();

        public List<GivenNameMatch> Matches { get; } = [];

        public List<PhraseMatch<NameEntry>> Raw { get; } = [];
    }
}
