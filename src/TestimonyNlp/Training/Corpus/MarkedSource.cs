using System.Collections.Immutable;
using TestimonyNlp.Model;

namespace TestimonyNlp.Training.Corpus;

/// <summary>
/// One parsed marked source (<c>corpus/marked/&lt;id&gt;.&lt;format&gt;.mk</c>): the plain text with every mark's
/// offsets in it, and the claims, incidents and witness it declares.
/// </summary>
public sealed record MarkedSource
{
    /// <summary>The file, relative to the corpus folder (<c>marked/sy-raqqa-041.txt.mk</c>).</summary>
    public required string File { get; init; }

    /// <summary>The corpus id (<c>sy-raqqa-041</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The raw file to produce.</summary>
    public required RawFormat Format { get; init; }

    /// <summary>The encoding of a text raw file.</summary>
    public SourceEncoding Encoding { get; init; }

    /// <summary>The line ending of a text raw file.</summary>
    public NewlineStyle Newline { get; init; }

    /// <summary>The header fields of a <c>jsonl</c> source, in source order; empty for other formats.</summary>
    public ImmutableArray<KeyValuePair<string, string>> Header { get; init; } = [];

    /// <summary>
    /// The text with marks and <c>@@</c> lines removed, with line feeds: the whole raw file for <c>txt</c>,
    /// <c>srt</c> and <c>vtt</c>; the paragraphs, one per line, for <c>docx</c>; the <c>text</c> field for
    /// <c>jsonl</c>. All offsets of the marks point into it.
    /// </summary>
    public required string PlainText { get; init; }

    /// <summary>Entity marks in text order.</summary>
    public ImmutableArray<MarkedEntity> Entities { get; init; } = [];

    /// <summary>Claim spans in text order.</summary>
    public ImmutableArray<MarkedClaimSpan> ClaimSpans { get; init; } = [];

    /// <summary>Claims in the order of their <c>@@claim</c> lines.</summary>
    public ImmutableArray<MarkedClaim> Claims { get; init; } = [];

    /// <summary>The witness key of <c>@@witness</c>.</summary>
    public required string Witness { get; init; }
}

/// <summary>An entity mark <c>[[surface|TYPE]]</c> or <c>[[surface|TYPE:value]]</c>.</summary>
/// <param name="Start">Offset of the surface in <see cref="MarkedSource.PlainText"/>.</param>
/// <param name="End">Offset just past the surface.</param>
/// <param name="Surface">The words marked.</param>
/// <param name="Type">The entity type.</param>
/// <param name="Value">The value after the colon as written, or null.</param>
/// <param name="Line">The 1-based line of the mark in the marked source.</param>
/// <param name="Column">The 1-based column of the mark's <c>[[</c>.</param>
public sealed record MarkedEntity(int Start, int End, string Surface, EntityType Type, string? Value, int Line, int Column)
{
    /// <summary>The weapon category of a WEAPON mark.</summary>
    public WeaponCategory? Category { get; init; }

    /// <summary>The days of a DATE mark with a value.</summary>
    public IsoDateRange? Date { get; init; }

    /// <summary>The canonical form: the PLACE value or surface, the ACTOR canonical name, the DATE value; null for
    /// PERSON and WEAPON.</summary>
    public string? Normalized => Type switch
    {
        EntityType.Place => Value ?? Surface,
        EntityType.Actor => Value,
        EntityType.Date => Date?.ToString(),
        _ => null,
    };
}

/// <summary>A claim span <c>{{c1|...}}</c> or <c>{{c1,c2|...}}</c>: the evidence of one or more claims.</summary>
/// <param name="ClaimIds">The claim ids, as written.</param>
/// <param name="Start">Offset of the first evidence character in <see cref="MarkedSource.PlainText"/>.</param>
/// <param name="End">Offset just past the evidence.</param>
/// <param name="Line">The 1-based line of the span's <c>{{</c>.</param>
/// <param name="Column">The 1-based column of the span's <c>{{</c>.</param>
public sealed record MarkedClaimSpan(ImmutableArray<string> ClaimIds, int Start, int End, int Line, int Column);

/// <summary>A claim declared by a <c>@@claim</c> line.</summary>
public sealed record MarkedClaim
{
    /// <summary>The claim id as written (<c>c1</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The harm asserted.</summary>
    public required Harm Harm { get; init; }

    /// <summary>The least number of victims, or null.</summary>
    public int? Min { get; init; }

    /// <summary>The greatest number of victims, or null.</summary>
    public int? Max { get; init; }

    /// <summary>Surfaces of the PERSON marks of the named victims.</summary>
    public ImmutableArray<string> Named { get; init; } = [];

    /// <summary>The weapon category, or null.</summary>
    public WeaponCategory? Weapon { get; init; }

    /// <summary>The canonical actor, or null.</summary>
    public string? Actor { get; init; }

    /// <summary>The surface of the PLACE mark where it happened, or null.</summary>
    public string? Site { get; init; }

    /// <summary>When it happened, or null.</summary>
    public IsoDateRange? Date { get; init; }

    /// <summary>How the speaker knows.</summary>
    public required Basis Basis { get; init; }

    /// <summary>The incident key (<c>sy-deirezzor-20160909-darwish-house</c>).</summary>
    public required string Incident { get; init; }

    /// <summary>The 1-based line of the <c>@@claim</c> line.</summary>
    public int Line { get; init; }
}

/// <summary>What <see cref="MarkupParser"/> made of a file: the source, or every error found in it.</summary>
public sealed record MarkupParseResult
{
    private MarkupParseResult(MarkedSource? source, ImmutableArray<CorpusError> errors)
    {
        Source = source;
        Errors = errors;
    }

    /// <summary>The parsed source, when the file has no errors.</summary>
    public MarkedSource? Source { get; }

    /// <summary>Every error found, in file order; empty on success.</summary>
    public ImmutableArray<CorpusError> Errors { get; }

    /// <summary>True when the file parsed without errors.</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Source))]
    public bool Success => Source is not null;

    /// <summary>A successful parse.</summary>
    public static MarkupParseResult Parsed(MarkedSource source) =>
        new(source ?? throw new ArgumentNullException(nameof(source)), []);

    /// <summary>A failed parse.</summary>
    public static MarkupParseResult Failed(IEnumerable<CorpusError> errors)
    {
        var list = errors.ToImmutableArray();
        if (list.IsEmpty)
        {
            throw new ArgumentException("a failed parse needs at least one error", nameof(errors));
        }

        return new(null, list);
    }
}
