using System.Collections.Immutable;
using System.Globalization;
using TestimonyNlp.Model;

namespace TestimonyNlp.Training.Corpus;

/// <summary>
/// Turns a parsed marked source and the testimony the project's reader made of its raw file into the gold
/// annotation: every mark mapped onto the reader's content, entities numbered in text order, claims in text order
/// of their first evidence, victims and site resolved to entity ids.
/// </summary>
internal static class GoldAnnotator
{
    /// <summary>The annotation, or null with the reasons added to <paramref name="errors"/>.</summary>
    public static GoldTestimony? Annotate(MarkedSource source, Testimony testimony, string transcriptPath, List<CorpusError> errors)
    {
        var before = errors.Count;
        var content = testimony.Content;
        var aligner = TextAligner.Align(source.PlainText, content);

        var mapped = new List<(int Start, int End, MarkedEntity Mark)>(source.Entities.Length);
        foreach (var mark in source.Entities)
        {
            if (aligner.TryMapExact(mark.Start, mark.End, mark.Surface, content, out var start))
            {
                mapped.Add((start, start + mark.Surface.Length, mark));
            }
            else
            {
                errors.Add(new CorpusError(source.File, mark.Line, mark.Column, $"entity '{mark.Surface}' cannot be aligned with the transcript as the reader decodes it"));
            }
        }

        var evidence = new List<(Evidence Evidence, MarkedClaimSpan Span)>(source.ClaimSpans.Length);
        foreach (var span in source.ClaimSpans)
        {
            if (!aligner.TryMapRange(span.Start, span.End, out var start, out var end))
            {
                errors.Add(new CorpusError(source.File, span.Line, span.Column, "claim span cannot be aligned with the transcript as the reader decodes it"));
                continue;
            }

            foreach (var segment in testimony.Segments)
            {
                if (segment.Role == SpeakerRole.Interviewer && segment.Start < end && start < segment.End)
                {
                    errors.Add(new CorpusError(
                        source.File,
                        span.Line,
                        span.Column,
                        $"claim span of {string.Join(",", span.ClaimIds)} reaches into an interviewer turn (a question is never a claim)"));
                    break;
                }
            }

            evidence.Add((new Evidence(start, end, content[start..end]), span));
        }

        if (errors.Count > before)
        {
            return null;
        }

        mapped.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        var entities = ImmutableArray.CreateBuilder<GoldEntity>(mapped.Count);
        foreach (var (start, end, mark) in mapped)
        {
            entities.Add(new GoldEntity(
                string.Create(CultureInfo.InvariantCulture, $"e{entities.Count + 1}"),
                mark.Type,
                mark.Surface,
                start,
                end,
                mark.Normalized,
                mark.Category));
        }

        var claims = BuildClaims(source, entities, evidence);
        var incidents = claims.Select(c => c.Incident).Distinct(StringComparer.Ordinal).ToImmutableArray();
        return new GoldTestimony
        {
            Id = source.Id,
            Source = transcriptPath,
            TestimonyId = testimony.TestimonyId,
            Metadata = testimony.Metadata,
            Entities = entities.MoveToImmutable(),
            Claims = claims,
            Incidents = incidents,
            Witness = source.Witness,
            ContentSha256 = testimony.ContentSha256,
        };
    }

    private static ImmutableArray<GoldClaim> BuildClaims(
        MarkedSource source,
        ImmutableArray<GoldEntity>.Builder entities,
        List<(Evidence Evidence, MarkedClaimSpan Span)> evidence)
    {
        var drafts = new List<(int Order, ImmutableArray<Evidence> Spans, MarkedClaim Claim)>();
        for (var k = 0; k < source.Claims.Length; k++)
        {
            var claim = source.Claims[k];
            var spans = evidence
                .Where(e => e.Span.ClaimIds.Contains(claim.Id))
                .Select(e => e.Evidence)
                .OrderBy(e => e.Start)
                .ThenBy(e => e.End)
                .ToImmutableArray();
            drafts.Add((k, spans, claim));
        }

        drafts.Sort((a, b) =>
        {
            var byStart = a.Spans[0].Start.CompareTo(b.Spans[0].Start);
            return byStart != 0 ? byStart : a.Order.CompareTo(b.Order);
        });

        var claims = ImmutableArray.CreateBuilder<GoldClaim>(drafts.Count);
        foreach (var (_, spans, claim) in drafts)
        {
            var named = claim.Named
                .Select(name => Choose(entities, EntityType.Person, name, spans)?.Id)
                .OfType<string>()
                .Distinct(StringComparer.Ordinal)
                .ToImmutableArray();
            GoldDate? date = null;
            if (claim.Date is { } range)
            {
                var mentions = entities.Where(e => e.Type == EntityType.Date && Inside(e, spans)).ToList();
                var text = (mentions.FirstOrDefault(e => e.Date == range) ?? mentions.FirstOrDefault())?.Text;
                date = new GoldDate(text, range.From, range.To);
            }

            claims.Add(new GoldClaim
            {
                Id = string.Create(CultureInfo.InvariantCulture, $"c{claims.Count + 1}"),
                Harm = claim.Harm,
                Victims = new VictimCount(claim.Min, claim.Max, named),
                Weapon = claim.Weapon,
                Actor = claim.Actor,
                Site = claim.Site is { } site ? Choose(entities, EntityType.Place, site, spans)?.Id : null,
                Date = date,
                Basis = claim.Basis,
                Evidence = spans,
                Incident = claim.Incident,
            });
        }

        return claims.MoveToImmutable();
    }

    // The mention of `surface` inside the claim's evidence if there is one, else the nearest one before the
    // evidence, else the nearest one after it.
    private static GoldEntity? Choose(IList<GoldEntity> entities, EntityType type, string surface, ImmutableArray<Evidence> spans)
    {
        GoldEntity? before = null;
        GoldEntity? after = null;
        var first = spans[0].Start;
        foreach (var entity in entities)
        {
            if (entity.Type != type || !string.Equals(entity.Text, surface, StringComparison.Ordinal))
            {
                continue;
            }

            if (Inside(entity, spans))
            {
                return entity;
            }

            if (entity.End <= first)
            {
                before = entity;
            }
            else
            {
                after ??= entity;
            }
        }

        return before ?? after;
    }

    private static bool Inside(GoldEntity entity, ImmutableArray<Evidence> spans)
    {
        foreach (var span in spans)
        {
            if (entity.Start >= span.Start && entity.End <= span.End)
            {
                return true;
            }
        }

        return false;
    }
}
