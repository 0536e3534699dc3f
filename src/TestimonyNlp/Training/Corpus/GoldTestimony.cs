using System.Collections.Immutable;
using TestimonyNlp.Model;

namespace TestimonyNlp.Training.Corpus;

/// <summary>The fixed split a transcript belongs to.</summary>
public enum CorpusSplit
{
    /// <summary>Training data (70%).</summary>
    Train,

    /// <summary>Development data for tuning (15%).</summary>
    Dev,

    /// <summary>Held-out test data for reported figures (15%).</summary>
    Test,
}

/// <summary>Wire names of <see cref="CorpusSplit"/> (<c>train</c>, <c>dev</c>, <c>test</c>).</summary>
public static class CorpusSplits
{
    /// <summary>The wire name.</summary>
    public static string ToWire(this CorpusSplit split) => split switch
    {
        CorpusSplit.Train => "train",
        CorpusSplit.Dev => "dev",
        CorpusSplit.Test => "test",
        _ => throw new ArgumentOutOfRangeException(nameof(split)),
    };

    /// <summary>Parses a wire name.</summary>
    public static bool TryParse(string? wire, out CorpusSplit split)
    {
        foreach (var candidate in Enum.GetValues<CorpusSplit>())
        {
            if (string.Equals(candidate.ToWire(), wire, StringComparison.Ordinal))
            {
                split = candidate;
                return true;
            }
        }

        split = default;
        return false;
    }
}

/// <summary>One gold entity mention: offsets into the decoded content of the raw transcript.</summary>
/// <param name="Id">Id unique within the testimony (<c>e1</c>, ... in text order).</param>
/// <param name="Type">The entity type.</param>
/// <param name="Text">The mention: <c>content[Start..End]</c>.</param>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset just past the last character.</param>
/// <param name="Normalized">PLACE canonical name, ACTOR canonical actor, DATE value (<c>2016-09-09</c> or
/// <c>2014-08-01..2014-08-31</c>); null otherwise.</param>
/// <param name="Category">The category of a WEAPON mention.</param>
public sealed record GoldEntity(string Id, EntityType Type, string Text, int Start, int End, string? Normalized, WeaponCategory? Category)
{
    /// <summary>The days of a DATE mention with a value.</summary>
    public IsoDateRange? Date => Type == EntityType.Date && Normalized is not null && IsoDateRange.TryParse(Normalized, out var range)
        ? range
        : null;
}

/// <summary>The date of a gold claim.</summary>
/// <param name="Text">The DATE mention inside the claim's evidence, or null when there is none.</param>
/// <param name="From">First day, or null.</param>
/// <param name="To">Last day (inclusive), or null.</param>
public sealed record GoldDate(string? Text, DateOnly? From, DateOnly? To);

/// <summary>One gold claim.</summary>
public sealed record GoldClaim
{
    /// <summary>Id unique within the testimony (<c>c1</c>, ... in text order of the first evidence).</summary>
    public required string Id { get; init; }

    /// <summary>The harm asserted.</summary>
    public required Harm Harm { get; init; }

    /// <summary>How many, and the entity ids of the named victims' PERSON mentions.</summary>
    public VictimCount Victims { get; init; } = new(null, null, []);

    /// <summary>The weapon category, or null.</summary>
    public WeaponCategory? Weapon { get; init; }

    /// <summary>The canonical actor name (not an entity id), or null.</summary>
    public string? Actor { get; init; }

    /// <summary>Entity id of the PLACE mention of the site, or null.</summary>
    public string? Site { get; init; }

    /// <summary>When, or null.</summary>
    public GoldDate? Date { get; init; }

    /// <summary>How the speaker knows.</summary>
    public required Basis Basis { get; init; }

    /// <summary>Every evidence span in text order; the first is the main one.</summary>
    public required ImmutableArray<Evidence> Evidence { get; init; }

    /// <summary>The incident key shared by every transcript that tells of the incident.</summary>
    public required string Incident { get; init; }
}

/// <summary>The gold annotation of one transcript: one line of <c>corpus/annotations/gold.jsonl</c>.</summary>
public sealed record GoldTestimony
{
    /// <summary>The corpus id (<c>sy-raqqa-041</c>): the marked source's and raw transcript's file name.</summary>
    public required string Id { get; init; }

    /// <summary>The raw transcript, relative to the corpus folder (<c>transcripts/sy-raqqa-041.txt</c>).</summary>
    public required string Source { get; init; }

    /// <summary>The testimony id the project's reader gives the transcript (header interview id, or file name).</summary>
    public required string TestimonyId { get; init; }

    /// <summary>The metadata the project's reader found.</summary>
    public TestimonyMetadata Metadata { get; init; } = TestimonyMetadata.Empty;

    /// <summary>Entity mentions in text order.</summary>
    public ImmutableArray<GoldEntity> Entities { get; init; } = [];

    /// <summary>Claims in text order of their first evidence span.</summary>
    public ImmutableArray<GoldClaim> Claims { get; init; } = [];

    /// <summary>The distinct incident keys of the claims, in order of first use.</summary>
    public ImmutableArray<string> Incidents { get; init; } = [];

    /// <summary>The witness key: two transcripts with one key are one source.</summary>
    public required string Witness { get; init; }

    /// <summary>Lower-case hex SHA-256 of the raw transcript as the reader hashes it.</summary>
    public required string ContentSha256 { get; init; }

    /// <summary>The split, when read through <see cref="GoldCorpus"/>; null otherwise.</summary>
    public CorpusSplit? Split { get; init; }

    /// <summary>The country code: the corpus id up to its first hyphen.</summary>
    public string Country => Id.Split('-')[0];
}
