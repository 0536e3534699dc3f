using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using TestimonyNlp.Entities.Lexicons;
using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Benchmarks;

/// <summary>
/// The lexicons: how long each model file takes to load, and how fast the tokens of a generated 1 Mi-character
/// testimony are folded, spotted and resolved on one core. The Mtokens/s column divides the tokens of the text
/// (every token the text stage makes, punctuation included) by the mean time of one pass; load benchmarks show "-".
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class LexiconBenchmarks
{
    /// <summary>Characters in the generated transcript.</summary>
    public const int TextLength = 1 << 20;

    private static readonly string[] Turns =
    [
        "Q: What happened in {PLACE} that morning?",
        "A: The planes came at six and we heard an air strike near the bakery. Then {NAME} said the regime's helicopters dropped two barrel bombs on the market.",
        "A: The shelling went on all night; a mortar shell fell in the yard of {NAME}, and the sniper of Daesh was on the roof.",
        "INTERPRETER: She says the coalition, I think she means the Saudi-led coalition. [inaudible]",
        "A: My cousin stepped on a mine near the canal. That phone is mine, he said to {NAME} before, laughing.",
        "A: Grad rockets and then cluster munitions, small bomblets everywhere. The Rapid Support were in the east, the army in the town.",
        "Q: Did anyone see the strike? Was there gunfire, or a car bomb, or chlorine?",
        "A: Abu Yasser saw it. Umm Khalid too. The Houthis and the Taliban have nothing to do with it; the Russians maybe.",
        "A: We went to the school, to the clinic, to the river. Nobody was there. We waited three days, then we walked to the border.",
    ];

    private static readonly string[] Names = ["Hussein", "Layla", "Mohammed al-Hamwi", "Nour", "Fatima", "Oleksandr", "Yeison", "Kyaw Zaw"];
    private static readonly string[] Places = ["Aleppo", "Deir ez-Zor", "Mosul", "Taiz", "El Fasher", "Kharkiv", "Khan Younis"];

    private readonly FoldedTokens _folded = new();
    private readonly List<PhraseMatch<WeaponEntry>> _weaponMatches = new(1 << 14);
    private readonly List<GivenNameMatch> _nameMatches = new(1 << 14);
    private string _models = "";
    private WeaponLexicon? _weapons;
    private GivenNameLexicon? _names;
    private LexiconSpotter? _stage;
    private Document? _document;

    /// <summary>Loads the lexicons and tokenizes the text once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _models = Path.Combine(RepositoryRoot.Find(), "models");
        _weapons = WeaponLexicon.Load(Path.Combine(_models, LexiconSpotter.Defaults.WeaponsFile));
        _names = GivenNameLexicon.Load(Path.Combine(_models, LexiconSpotter.Defaults.GivenNamesFile));
        _stage = new LexiconSpotter(_weapons, ActorLexicon.Load(Path.Combine(_models, LexiconSpotter.Defaults.ActorsFile)));
        _document = Tokenized();
        _folded.Fold(_document.Text, CollectionsMarshal.AsSpan(_document.Tokens));
    }

    /// <summary>Loads models/weapons.tsv.</summary>
    [Benchmark]
    public int LoadWeapons() => WeaponLexicon.Load(Path.Combine(_models, LexiconSpotter.Defaults.WeaponsFile)).Count;

    /// <summary>Loads models/actors.tsv.</summary>
    [Benchmark]
    public int LoadActors() => ActorLexicon.Load(Path.Combine(_models, LexiconSpotter.Defaults.ActorsFile)).AliasCount;

    /// <summary>Loads models/given-names.tsv.</summary>
    [Benchmark]
    public int LoadGivenNames() => GivenNameLexicon.Load(Path.Combine(_models, LexiconSpotter.Defaults.GivenNamesFile)).VariantCount;

    /// <summary>Folds and hashes every token (shared by all spotters of a document).</summary>
    [Benchmark(Baseline = true)]
    public int Fold()
    {
        _folded.Fold(_document!.Text, CollectionsMarshal.AsSpan(_document.Tokens));
        return _folded.Count;
    }

    /// <summary>The weapon phrases alone over the folded tokens.</summary>
    [Benchmark]
    public int SpotWeapons()
    {
        _weaponMatches.Clear();
        _weapons!.Phrases.FindAll(_document!.Text, _folded, _weaponMatches);
        return _weaponMatches.Count;
    }

    /// <summary>The given names and kunyas alone over the folded tokens (the tagger's gazetteer feature).</summary>
    [Benchmark]
    public int SpotGivenNames()
    {
        _nameMatches.Clear();
        _names!.Find(_document!.Text, _folded, 0, _folded.Count, _nameMatches);
        return _nameMatches.Count;
    }

    /// <summary>The whole lexicon stage: fold, spot weapons and actors sentence by sentence, find the country,
    /// apply the context rules and resolve actors.</summary>
    [Benchmark]
    public int LexiconStage()
    {
        _document!.Entities.Clear();
        _stage!.Process(_document, CancellationToken.None);
        return _document.Entities.Count;
    }

    /// <summary>The generated transcript, after the text stage.</summary>
    internal static Document Tokenized()
    {
        var text = Build(TextLength);
        var document = new Document(new Testimony
        {
            Source = "bench.txt",
            TestimonyId = "bench",
            Content = text,
            ContentSha256 = "",
            Format = "text",
            Segments = TestimonyText.Segments(text),
        });
        new TextStage().Process(document, CancellationToken.None);
        return document;
    }

    /// <summary>A deterministic transcript of exactly <paramref name="length"/> characters, one turn per line.</summary>
    private static string Build(int length)
    {
        var random = new Random(2017);
        var builder = new StringBuilder(length + 1024);
        var turn = 0;
        while (builder.Length < length)
        {
            var line = Turns[turn++ % Turns.Length];
            line = Fill(line, "{NAME}", () => Names[random.Next(Names.Length)]);
            line = Fill(line, "{PLACE}", () => Places[random.Next(Places.Length)]);
            builder.Append(line).Append('\n');
        }

        builder.Length = length;
        return builder.ToString();
    }

    private static string Fill(string line, string hole, Func<string> value)
    {
        var at = line.IndexOf(hole, StringComparison.Ordinal);
        while (at >= 0)
        {
            line = string.Concat(line.AsSpan(0, at), value(), line.AsSpan(at + hole.Length));
            at = line.IndexOf(hole, StringComparison.Ordinal);
        }

        return line;
    }

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new RateColumn("Mtokens/s", "Millions of tokens per second on one core: tokens of the generated text / Mean", () => Tokenized().Tokens.Count,
            benchmark => !benchmark.Descriptor.WorkloadMethod.Name.StartsWith("Load", StringComparison.Ordinal)));
    }
}
