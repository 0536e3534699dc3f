using System.Collections.Immutable;
using TestimonyNlp.Entities.Places;
using TestimonyNlp.Model;
using TestimonyNlp.Training.Corpus;

namespace TestimonyNlp.Training.Evaluation;

/// <summary>
/// Scores how well the pipeline geocodes the gold places the gazetteer knows. Gold PLACE mentions carry a
/// normalised name but no coordinates, so the gold location of a mention is the gazetteer entry whose name or
/// alias equals its normalised name (exactly or folded, as the gazetteer folds; never by consonant skeleton) in
/// the testimony's country (<see cref="GeocodingCountries"/>), the first the gazetteer ranks when several match.
/// A gold place with no such entry is not a gazetteer place and is not counted. The prediction scored is the
/// PLACE with the gold span, else the predicted PLACE overlapping it most; it is correct when its point lies within
/// <see cref="Defaults.MaxDistanceKm"/> of the gold entry's. Not thread safe: add testimonies from one thread, in a
/// fixed order, for a deterministic list of errors.
/// </summary>
public sealed class GeocodingScorer
{
    private readonly PlaceGazetteer _gazetteer;
    private readonly int _maxErrors;
    private readonly Dictionary<(string Name, string Country), PlaceEntry?> _goldEntries = [];
    private readonly SortedDictionary<string, GeocodingCounts> _byCountry = new(StringComparer.Ordinal);
    private readonly List<GeocodingError> _errors = [];
    private readonly List<(string TestimonyId, Share Correct)> _byTestimony = [];

    /// <summary>Creates a scorer over <paramref name="gazetteer"/> that keeps up to <paramref name="maxErrors"/>
    /// error examples.</summary>
    public GeocodingScorer(PlaceGazetteer gazetteer, int maxErrors = 0)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentOutOfRangeException.ThrowIfNegative(maxErrors);
        _gazetteer = gazetteer;
        _maxErrors = maxErrors;
    }

    /// <summary>The gold entry of a place named <paramref name="normalized"/> in <paramref name="country"/>, or null
    /// when the gazetteer has none there.</summary>
    public PlaceEntry? GoldEntry(string normalized, string country)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        ArgumentNullException.ThrowIfNull(country);
        if (_goldEntries.TryGetValue((normalized, country), out var known))
        {
            return known;
        }

        PlaceEntry? found = null;
        foreach (var candidate in _gazetteer.Find(normalized, country))
        {
            if (candidate.Level != PlaceMatchLevel.Skeleton && string.Equals(candidate.Entry.Country, country, StringComparison.Ordinal))
            {
                found = candidate.Entry;
                break;
            }
        }

        _goldEntries.Add((normalized, country), found);
        return found;
    }

    /// <summary>Scores the gold places of one testimony against its predicted mentions.</summary>
    /// <param name="testimonyId">The corpus id; its prefix gives the country (<see cref="GeocodingCountries"/>).</param>
    /// <param name="gold">The gold mentions.</param>
    /// <param name="predicted">The pipeline's mentions, with offsets into the same content.</param>
    public void Add(string testimonyId, IReadOnlyList<GoldEntity> gold, IReadOnlyList<EntityMention> predicted)
    {
        ArgumentNullException.ThrowIfNull(testimonyId);
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        if (!GeocodingCountries.TryGetCountry(testimonyId, out var country))
        {
            return;
        }

        int correct = 0, places = 0;
        foreach (var place in gold)
        {
            if (place.Type != EntityType.Place || place.Normalized is null || GoldEntry(place.Normalized, country) is not { } entry)
            {
                continue;
            }

            var mention = Prediction(place, predicted);
            double? distance = mention?.Geo is { } geo ? GeoDistance.Kilometres(geo.Lat, geo.Lon, entry.Lat, entry.Lon) : null;
            var outcome = mention is null ? GeocodingOutcome.MissedEntity
                : distance is null ? GeocodingOutcome.NotGeocoded
                : distance <= Defaults.MaxDistanceKm ? GeocodingOutcome.Correct
                : GeocodingOutcome.Wrong;
            _byCountry[country] = _byCountry.GetValueOrDefault(country).With(outcome);
            places++;
            if (outcome == GeocodingOutcome.Correct)
            {
                correct++;
            }

            if (outcome != GeocodingOutcome.Correct && _errors.Count < _maxErrors)
            {
                _errors.Add(new GeocodingError(
                    testimonyId,
                    place.Start,
                    place.End,
                    outcome,
                    place.Normalized,
                    entry.Name,
                    country,
                    mention is null ? null : mention.Normalized ?? mention.Text,
                    mention?.Geo?.Country,
                    distance is { } km ? Math.Round(km, 1) : null));
            }
        }

        _byTestimony.Add((testimonyId, new Share(correct, places)));
    }

    /// <summary>The scores of everything added so far.</summary>
    public GeocodingScores Build() => new()
    {
        ByCountry = [.. _byCountry.Select(p => (p.Key, p.Value))],
        Errors = [.. _errors],
        AccuracyInterval = TestimonyDraws.Share([.. _byTestimony.Select(t => t.Correct)]),
        ByTestimony = [.. _byTestimony],
    };

    /// <summary>The predicted PLACE with the gold span, else the one overlapping it most (ties: the earlier).</summary>
    private static EntityMention? Prediction(GoldEntity place, IReadOnlyList<EntityMention> predicted)
    {
        EntityMention? best = null;
        var bestOverlap = 0;
        foreach (var mention in predicted)
        {
            if (mention.Type != EntityType.Place)
            {
                continue;
            }

            if (mention.Start == place.Start && mention.End == place.End)
            {
                return mention;
            }

            var overlap = Math.Min(mention.End, place.End) - Math.Max(mention.Start, place.Start);
            if (overlap > bestOverlap)
            {
                best = mention;
                bestOverlap = overlap;
            }
        }

        return best;
    }

    /// <summary>Default settings.</summary>
    public static class Defaults
    {
        /// <summary>The farthest a predicted point may lie from the gold entry's and still be correct.</summary>
        public const double MaxDistanceKm = 10.0;
    }
}
