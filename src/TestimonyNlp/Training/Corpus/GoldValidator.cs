using System.Globalization;
using TestimonyNlp.Model;

namespace TestimonyNlp.Training.Corpus;

/// <summary>
/// Checks one gold annotation against the testimony the project's reader makes of its raw transcript: offsets in
/// range and text equal to the content slice, closed vocabularies, no overlapping spans of one type, unique ids,
/// claim references to entities of the right type, evidence quotes, no evidence in an interviewer turn. Problems
/// name ids and offsets only, never text.
/// </summary>
internal static class GoldValidator
{
    /// <summary>Every problem found, in a fixed order; empty when the annotation is valid.</summary>
    public static List<string> Validate(GoldTestimony gold, Testimony testimony, CanonicalActors? actors)
    {
        var problems = new List<string>();
        var content = testimony.Content;
        if (!string.Equals(gold.ContentSha256, testimony.ContentSha256, StringComparison.Ordinal))
        {
            problems.Add("content_sha256 does not match the transcript");
        }

        if (!string.Equals(gold.TestimonyId, testimony.TestimonyId, StringComparison.Ordinal))
        {
            problems.Add("testimony_id does not match the one the reader gives");
        }

        if (gold.Metadata != testimony.Metadata)
        {
            problems.Add("metadata does not match what the reader finds");
        }

        if (!CorpusFiles.IsKebab(gold.Witness))
        {
            problems.Add("witness is not a witness key (lower-case letters, digits and hyphens)");
        }

        var byId = new Dictionary<string, GoldEntity>(StringComparer.Ordinal);
        foreach (var entity in gold.Entities)
        {
            var where = "entity " + entity.Id;
            if (entity.Id.Length == 0 || !byId.TryAdd(entity.Id, entity))
            {
                problems.Add(entity.Id.Length == 0 ? "entity without id" : $"{where}: id used twice");
            }

            if (!InRange(entity.Start, entity.End, content.Length))
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"{where}: offsets {entity.Start}..{entity.End} out of range (content length {content.Length})"));
            }
            else if (!content.AsSpan(entity.Start, entity.End - entity.Start).SequenceEqual(entity.Text))
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"{where}: text does not match the content at {entity.Start}..{entity.End}"));
            }

            switch (entity.Type)
            {
                case EntityType.Place when entity.Normalized is null:
                    problems.Add($"{where}: PLACE without normalized name");
                    break;
                case EntityType.Actor when actors is not null && !actors.Contains(entity.Normalized):
                    problems.Add($"{where}: normalized is not a canonical actor");
                    break;
                case EntityType.Date when entity.Normalized is not null && entity.Date is not { IsOrdered: true }:
                    problems.Add($"{where}: normalized is not a date or an ordered date range");
                    break;
            }
        }

        foreach (var group in gold.Entities.GroupBy(e => e.Type))
        {
            GoldEntity? previous = null;
            foreach (var entity in group.OrderBy(e => e.Start).ThenBy(e => e.End))
            {
                if (previous is not null && entity.Start < previous.End)
                {
                    problems.Add($"entities {previous.Id} and {entity.Id} ({entity.Type.ToWire()}) overlap");
                }

                if (previous is null || entity.End > previous.End)
                {
                    previous = entity;
                }
            }
        }

        var claimIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var claim in gold.Claims)
        {
            ValidateClaim(claim, testimony, byId, actors, claimIds, problems);
        }

        var used = gold.Claims.Select(c => c.Incident).Distinct(StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
        if (gold.Incidents.Distinct(StringComparer.Ordinal).Count() != gold.Incidents.Length)
        {
            problems.Add("incidents lists a key twice");
        }

        if (!used.SetEquals(gold.Incidents))
        {
            problems.Add("incidents is not the set of the claims' incident keys");
        }

        return problems;
    }

    private static void ValidateClaim(
        GoldClaim claim,
        Testimony testimony,
        Dictionary<string, GoldEntity> entities,
        CanonicalActors? actors,
        HashSet<string> claimIds,
        List<string> problems)
    {
        var where = "claim " + claim.Id;
        var content = testimony.Content;
        if (claim.Id.Length == 0 || !claimIds.Add(claim.Id))
        {
            problems.Add(claim.Id.Length == 0 ? "claim without id" : $"{where}: id used twice");
        }

        var (min, max, named) = claim.Victims;
        if (min < 0 || max < 0)
        {
            problems.Add($"{where}: negative victim count");
        }

        if (min > max)
        {
            problems.Add($"{where}: victims min is greater than max");
        }

        foreach (var id in named)
        {
            Reference(id, EntityType.Person, "named victim");
        }

        if (claim.Site is { } site)
        {
            Reference(site, EntityType.Place, "site");
        }

        if (claim.Actor is not null && actors is not null && !actors.Contains(claim.Actor))
        {
            problems.Add($"{where}: actor is not a canonical actor");
        }

        if (claim.Date is { From: { } from, To: { } to } && from > to)
        {
            problems.Add($"{where}: date ends before it starts");
        }

        if (!MarkupParser.IsValidIncidentKey(claim.Incident))
        {
            problems.Add($"{where}: invalid incident key");
        }

        if (claim.Evidence.IsDefaultOrEmpty)
        {
            problems.Add($"{where}: no evidence");
            return;
        }

        foreach (var evidence in claim.Evidence)
        {
            var span = string.Create(CultureInfo.InvariantCulture, $"{evidence.Start}..{evidence.End}");
            if (!InRange(evidence.Start, evidence.End, content.Length))
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"{where}: evidence {span} out of range (content length {content.Length})"));
                continue;
            }

            if (!content.AsSpan(evidence.Start, evidence.End - evidence.Start).SequenceEqual(evidence.Quote))
            {
                problems.Add($"{where}: evidence quote does not match the content at {span}");
            }

            foreach (var segment in testimony.Segments)
            {
                if (segment.Role == SpeakerRole.Interviewer && segment.Start < evidence.End && evidence.Start < segment.End)
                {
                    problems.Add(string.Create(CultureInfo.InvariantCulture, $"{where}: evidence {span} reaches into an interviewer turn at {segment.Start}..{segment.End}"));
                    break;
                }
            }
        }

        void Reference(string id, EntityType type, string what)
        {
            if (!entities.TryGetValue(id, out var entity))
            {
                problems.Add($"{where}: {what} {id} is not an entity of this testimony");
            }
            else if (entity.Type != type)
            {
                problems.Add($"{where}: {what} {id} is not a {type.ToWire()} entity");
            }
        }
    }

    private static bool InRange(int start, int end, int length) => start >= 0 && start < end && end <= length;
}
