using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using TestimonyNlp.Model;

namespace TestimonyNlp.Training.Corpus;

/// <summary>A named count in a statistics table.</summary>
/// <param name="Name">What is counted (<c>train</c>, <c>PERSON</c>, <c>sy</c>).</param>
/// <param name="Count">How many.</param>
public sealed record CountRow(string Name, int Count);

/// <summary>Transcripts and words of one split.</summary>
/// <param name="Split">The split.</param>
/// <param name="Transcripts">Transcripts in it.</param>
/// <param name="Words">Their word and number tokens.</param>
public sealed record SplitCount(CorpusSplit Split, int Transcripts, int Words);

/// <summary>One of the corpus size targets and how far the corpus is from it.</summary>
/// <param name="Name">The target (<c>transcripts</c>).</param>
/// <param name="Required">The least value that meets it.</param>
/// <param name="Actual">The corpus's value.</param>
/// <param name="Detail">What falls short, when it is a minimum over several things; else null.</param>
public sealed record CorpusTarget(string Name, int Required, int Actual, string? Detail)
{
    /// <summary>True when the corpus meets the target.</summary>
    public bool Met => Actual >= Required;
}

/// <summary>What one transcript contributes to the statistics.</summary>
/// <param name="Gold">The annotation.</param>
/// <param name="Format">The raw format.</param>
/// <param name="Words">Word and number tokens of the testimony.</param>
/// <param name="Split">Its split, or null when it has none.</param>
public sealed record StatisticsInput(GoldTestimony Gold, RawFormat Format, int Words, CorpusSplit? Split);

/// <summary>Statistics of an annotated corpus, and the size targets.</summary>
public sealed record CorpusStatistics
{
    /// <summary>Number of transcripts.</summary>
    public int Transcripts { get; init; }

    /// <summary>Word and number tokens in all transcripts.</summary>
    public int Words { get; init; }

    /// <summary>Transcripts and words per split.</summary>
    public ImmutableArray<SplitCount> Splits { get; init; } = [];

    /// <summary>Transcripts per raw format.</summary>
    public ImmutableArray<CountRow> Formats { get; init; } = [];

    /// <summary>Transcripts per country code (the id's first part).</summary>
    public ImmutableArray<CountRow> Countries { get; init; } = [];

    /// <summary>Entity mentions per type.</summary>
    public ImmutableArray<CountRow> EntityTypes { get; init; } = [];

    /// <summary>Distinct PERSON surfaces (exact text) over the corpus.</summary>
    public int DistinctPersonNames { get; init; }

    /// <summary>WEAPON mentions per category, every category listed.</summary>
    public ImmutableArray<CountRow> WeaponCategories { get; init; } = [];

    /// <summary>Claims per harm, every harm listed.</summary>
    public ImmutableArray<CountRow> Harms { get; init; } = [];

    /// <summary>Claims per basis, every basis listed.</summary>
    public ImmutableArray<CountRow> Bases { get; init; } = [];

    /// <summary>Distinct incident keys.</summary>
    public int Incidents { get; init; }

    /// <summary>Incidents told by two or more distinct witnesses.</summary>
    public int IncidentsWithSeveralWitnesses { get; init; }

    /// <summary>Distinct witness keys.</summary>
    public int Witnesses { get; init; }

    /// <summary>Witnesses by how many transcripts they gave: name is the number of transcripts.</summary>
    public ImmutableArray<CountRow> TranscriptsPerWitness { get; init; } = [];

    /// <summary>The size targets, in a fixed order.</summary>
    public ImmutableArray<CorpusTarget> Targets { get; init; } = [];

    /// <summary>Computes the statistics of <paramref name="inputs"/>.</summary>
    public static CorpusStatistics Compute(IEnumerable<StatisticsInput> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var list = inputs.ToList();
        var entities = list.SelectMany(i => i.Gold.Entities).ToList();
        var claims = list.SelectMany(i => i.Gold.Claims).ToList();
        var persons = entities.Where(e => e.Type == EntityType.Person).Select(e => e.Text).Distinct(StringComparer.Ordinal).Count();
        var weapons = Enum.GetValues<WeaponCategory>()
            .Select(c => new CountRow(c.ToWire(), entities.Count(e => e.Type == EntityType.Weapon && e.Category == c)))
            .ToImmutableArray();
        var countries = list.GroupBy(i => i.Gold.Country, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CountRow(g.Key, g.Count()))
            .ToImmutableArray();

        var witnessesByIncident = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var input in list)
        {
            foreach (var incident in input.Gold.Incidents)
            {
                if (!witnessesByIncident.TryGetValue(incident, out var witnesses))
                {
                    witnessesByIncident[incident] = witnesses = new HashSet<string>(StringComparer.Ordinal);
                }

                witnesses.Add(input.Gold.Witness);
            }
        }

        var perWitness = list.GroupBy(i => i.Gold.Witness, StringComparer.Ordinal).ToList();
        var words = list.Sum(i => i.Words);
        var below = weapons.Where(w => w.Count < Defaults.MentionsPerWeaponCategory).ToList();
        return new CorpusStatistics
        {
            Transcripts = list.Count,
            Words = words,
            Splits = Enum.GetValues<CorpusSplit>()
                .Select(s => new SplitCount(s, list.Count(i => i.Split == s), list.Where(i => i.Split == s).Sum(i => i.Words)))
                .ToImmutableArray(),
            Formats = Enum.GetValues<RawFormat>()
                .Select(f => new CountRow(f.ToExtension(), list.Count(i => i.Format == f)))
                .ToImmutableArray(),
            Countries = countries,
            EntityTypes = Enum.GetValues<EntityType>()
                .Select(t => new CountRow(t.ToWire(), entities.Count(e => e.Type == t)))
                .ToImmutableArray(),
            DistinctPersonNames = persons,
            WeaponCategories = weapons,
            Harms = Enum.GetValues<Harm>().Select(h => new CountRow(h.ToWire(), claims.Count(c => c.Harm == h))).ToImmutableArray(),
            Bases = Enum.GetValues<Basis>().Select(b => new CountRow(b.ToWire(), claims.Count(c => c.Basis == b))).ToImmutableArray(),
            Incidents = witnessesByIncident.Count,
            IncidentsWithSeveralWitnesses = witnessesByIncident.Values.Count(w => w.Count >= 2),
            Witnesses = perWitness.Count,
            TranscriptsPerWitness = perWitness
                .GroupBy(g => g.Count())
                .OrderBy(g => g.Key)
                .Select(g => new CountRow(g.Key.ToString(CultureInfo.InvariantCulture), g.Count()))
                .ToImmutableArray(),
            Targets =
            [
                new CorpusTarget("transcripts", Defaults.Transcripts, list.Count, null),
                new CorpusTarget("words", Defaults.Words, words, null),
                new CorpusTarget("countries", Defaults.Countries, countries.Length, null),
                new CorpusTarget("distinct person names", Defaults.DistinctPersonNames, persons, null),
                new CorpusTarget(
                    "mentions per weapon category",
                    Defaults.MentionsPerWeaponCategory,
                    weapons.Min(w => w.Count),
                    below.Count == 0 ? null : "below: " + string.Join(", ", below.Select(w => $"{w.Name} {Number(w.Count)}"))),
            ],
        };
    }

    /// <summary>The statistics as plain aligned text, one table per aspect, then the targets.</summary>
    public string ToText()
    {
        var text = new StringBuilder();
        text.Append("corpus: ").Append(Number(Transcripts)).Append(" transcripts, ").Append(Number(Words)).Append(" words\n");
        Table(text, "split", ["transcripts", "words"], Splits.Select(s => (s.Split.ToWire(), new[] { s.Transcripts, s.Words })));
        Table(text, "format", ["transcripts"], Formats.Select(Row));
        Table(text, "country", ["transcripts"], Countries.Select(Row));
        Table(text, "entity type", ["mentions"], EntityTypes.Select(Row).Append(("distinct PERSON names", new[] { DistinctPersonNames })));
        Table(text, "weapon category", ["mentions"], WeaponCategories.Select(Row));
        Table(text, "harm", ["claims"], Harms.Select(Row));
        Table(text, "basis", ["claims"], Bases.Select(Row));
        Table(text, "incidents", ["count"], [("incidents", [Incidents]), ("told by 2+ witnesses", [IncidentsWithSeveralWitnesses])]);
        Table(
            text,
            "transcripts per witness",
            ["witnesses"],
            TranscriptsPerWitness.Select(Row).Append(("all witnesses", new[] { Witnesses })));

        text.Append('\n');
        var width = Targets.Max(t => t.Name.Length);
        var requiredWidth = Targets.Max(t => Number(t.Required).Length);
        var actualWidth = Targets.Max(t => Number(t.Actual).Length);
        text.Append("target".PadRight(width + 2)).Append("required".PadLeft(Math.Max(requiredWidth, 8)))
            .Append("  ").Append("actual".PadLeft(Math.Max(actualWidth, 6))).Append('\n');
        foreach (var target in Targets)
        {
            text.Append(target.Name.PadRight(width + 2))
                .Append(Number(target.Required).PadLeft(Math.Max(requiredWidth, 8)))
                .Append("  ")
                .Append(Number(target.Actual).PadLeft(Math.Max(actualWidth, 6)))
                .Append(target.Met ? "  met" : "  not met");
            if (target.Detail is not null)
            {
                text.Append(" (").Append(target.Detail).Append(')');
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static (string, int[]) Row(CountRow row) => (row.Name, [row.Count]);

    private static void Table(StringBuilder text, string title, string[] headers, IEnumerable<(string Name, int[] Values)> rows)
    {
        var list = rows.ToList();
        var nameWidth = Math.Max(title.Length, list.Count == 0 ? 0 : list.Max(r => r.Name.Length)) + 2;
        var widths = new int[headers.Length];
        for (var k = 0; k < headers.Length; k++)
        {
            widths[k] = Math.Max(headers[k].Length, list.Count == 0 ? 0 : list.Max(r => Number(r.Values[k]).Length));
        }

        text.Append('\n').Append(title.PadRight(nameWidth));
        for (var k = 0; k < headers.Length; k++)
        {
            text.Append(k == 0 ? string.Empty : "  ").Append(headers[k].PadLeft(widths[k]));
        }

        text.Append('\n');
        foreach (var (name, values) in list)
        {
            text.Append(name.PadRight(nameWidth));
            for (var k = 0; k < values.Length; k++)
            {
                text.Append(k == 0 ? string.Empty : "  ").Append(Number(values[k]).PadLeft(widths[k]));
            }

            text.Append('\n');
        }
    }

    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>The size targets of the entity extraction issue.</summary>
    public static class Defaults
    {
        /// <summary>Transcripts.</summary>
        public const int Transcripts = 300;

        /// <summary>Words.</summary>
        public const int Words = 150_000;

        /// <summary>Countries (conflicts).</summary>
        public const int Countries = 10;

        /// <summary>Distinct person names.</summary>
        public const int DistinctPersonNames = 1_500;

        /// <summary>Mentions of every weapon category.</summary>
        public const int MentionsPerWeaponCategory = 30;
    }
}
