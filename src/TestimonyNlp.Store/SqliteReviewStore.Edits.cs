using System.Globalization;
using Microsoft.Data.Sqlite;
using TestimonyNlp.Model;

namespace TestimonyNlp.Store;

/// <summary>The edits beyond accept, reject and type: a claim's actor and a site's geocode.</summary>
public sealed partial class SqliteReviewStore
{
    /// <summary>A site as <see cref="ReadState"/> reads an item: no testimony, confidence 1, the name as its type.</summary>
    private const string SiteStateSql =
        """
        SELECT 0, '', 1.0, s.review_version, 0, s.name, 0, 0, NULL, NULL, NULL, s.review_status,
            NULL, s.lat, s.lon, s.precision, 0, NULL
        FROM sites s
        WHERE s.id = $id
        """;

    /// <summary>The columns of a site as <see cref="ReadSite"/> reads them.</summary>
    private const string SiteColumns =
        "s.id, s.site_id, s.name, s.lat, s.lon, s.precision, s.review_status, s.review_version";

    /// <summary>The claim after <see cref="ReviewAction.EditActor"/>, or why the actor does not fit.</summary>
    private (ReviewSnapshot After, string? Error) ValidateActor(
        ReviewChange change, ReviewItemState state, SqliteTransaction transaction)
    {
        var before = state.Snapshot;
        if (change.NewActor is not { } actor)
        {
            return (before, "no actor was given");
        }

        actor = actor.Trim();
        if (actor.Length > ReviewLimits.MaxNormalizedLength)
        {
            return (before, string.Create(CultureInfo.InvariantCulture,
                $"the actor is longer than {ReviewLimits.MaxNormalizedLength} characters"));
        }

        if (actor.Any(char.IsControl))
        {
            return (before, "the actor has control characters");
        }

        // The claim's actor field holds an entity id; a reviewer's own words stay apart from ids by never looking
        // like one, so that every reader can tell the two.
        if (LooksLikeEntityId(actor))
        {
            using var command = NewCommand(transaction,
                "SELECT type, review_status FROM entities WHERE testimony_row_id = $testimony AND entity_id = $entity");
            command.Parameters.AddWithValue("$testimony", state.TestimonyRowId);
            command.Parameters.AddWithValue("$entity", actor);
            using var reader = command.ExecuteReader();
            if (!reader.Read() || reader.GetString(0) != EntityType.Actor.ToWire())
            {
                return (before, $"{actor} is not an ACTOR entity of testimony {state.TestimonyId}");
            }

            if (reader.GetString(1) == StoreVocabulary.Rejected)
            {
                return (before, $"{actor} was rejected");
            }
        }

        return (before with
        {
            Actor = actor.Length == 0 ? null : actor,
            ReviewStatus = StoreVocabulary.Corrected,
        }, null);
    }

    /// <summary>The site after <see cref="ReviewAction.EditGeocode"/>, or why the geocode does not fit.</summary>
    private static (ReviewSnapshot After, string? Error) ValidateGeocode(ReviewChange change, ReviewSnapshot before)
    {
        if (change.NewLat is null && change.NewLon is null)
        {
            if (!string.IsNullOrEmpty(change.NewPrecision))
            {
                return (before, "a precision needs coordinates");
            }

            return (before with { Lat = null, Lon = null, Precision = null, ReviewStatus = StoreVocabulary.Corrected }, null);
        }

        if (change.NewLat is not { } lat || change.NewLon is not { } lon)
        {
            return (before, "coordinates need both a latitude and a longitude");
        }

        if (!double.IsFinite(lat) || lat is < -90 or > 90)
        {
            return (before, "the latitude is not between -90 and 90");
        }

        if (!double.IsFinite(lon) || lon is < -180 or > 180)
        {
            return (before, "the longitude is not between -180 and 180");
        }

        if (!Vocabulary.TryParseSitePrecision(change.NewPrecision, out var precision))
        {
            return (before, "the precision is not a site precision (BUILDING, STREET, NEIGHBOURHOOD, TOWN, DISTRICT, GOVERNORATE, COUNTRY)");
        }

        return (before with
        {
            Lat = lat,
            Lon = lon,
            Precision = precision.ToWire(),
            ReviewStatus = StoreVocabulary.Corrected,
        }, null);
    }

    /// <summary>Writes a site's reviewed geocode guarded by its review version; false when the version did not
    /// match.</summary>
    private bool WriteSite(long siteRowId, ReviewSnapshot after, int expectedVersion, SqliteTransaction transaction)
    {
        // Accepted or corrected, the geocode is pinned in reviewed_*, which the schema's trigger restores after
        // every rewrite by site linking; an undo back to unreviewed unpins it.
        var pinned = after.ReviewStatus is StoreVocabulary.Accepted or StoreVocabulary.Corrected;
        using var command = NewCommand(transaction,
            """
            UPDATE sites SET lat = $lat, lon = $lon, precision = $precision,
                reviewed_lat = $reviewed_lat, reviewed_lon = $reviewed_lon, reviewed_precision = $reviewed_precision,
                review_status = $review_status, review_version = review_version + 1,
                version = version + (lat IS NOT $lat OR lon IS NOT $lon OR precision IS NOT $precision)
            WHERE id = $id AND review_version = $expected
            """);
        object Value(object? value) => value ?? DBNull.Value;
        command.Parameters.AddWithValue("$lat", Value(after.Lat));
        command.Parameters.AddWithValue("$lon", Value(after.Lon));
        command.Parameters.AddWithValue("$precision", Value(after.Precision));
        command.Parameters.AddWithValue("$reviewed_lat", Value(pinned ? after.Lat : null));
        command.Parameters.AddWithValue("$reviewed_lon", Value(pinned ? after.Lon : null));
        command.Parameters.AddWithValue("$reviewed_precision", Value(pinned ? after.Precision : null));
        command.Parameters.AddWithValue("$review_status", after.ReviewStatus);
        command.Parameters.AddWithValue("$id", siteRowId);
        command.Parameters.AddWithValue("$expected", expectedVersion);
        return command.ExecuteNonQuery() == 1;
    }

    /// <summary>The site of an item: the site itself, a claim's site, or for a PLACE entity the site of the first claim
    /// whose site it is; null for other items and when there is none.</summary>
    private ReviewSite? ReadSiteOf(ReviewItemState state, SqliteTransaction transaction)
    {
        string? sql = state.Ref.Kind switch
        {
            ReviewItemKind.Site => $"SELECT {SiteColumns} FROM sites s WHERE s.id = $id",
            ReviewItemKind.Claim =>
                $"SELECT {SiteColumns} FROM claims c JOIN sites s ON s.site_id = c.site_id WHERE c.id = $id",
            ReviewItemKind.Entity when state.Snapshot.Type == EntityType.Place.ToWire() =>
                $"""
                SELECT {SiteColumns}
                FROM entities e
                JOIN claims c ON c.testimony_row_id = e.testimony_row_id AND c.site = e.entity_id
                JOIN sites s ON s.site_id = c.site_id
                WHERE e.id = $id
                ORDER BY c.id
                LIMIT 1
                """,
            _ => null,
        };
        if (sql is null)
        {
            return null;
        }

        using var command = NewCommand(transaction, sql);
        command.Parameters.AddWithValue("$id", state.Ref.RowId);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        return new ReviewSite(
            new ReviewItemRef(ReviewItemKind.Site, reader.GetInt64(0)),
            reader.GetString(1),
            reader.GetString(2),
            reader.IsDBNull(3) ? null : reader.GetDouble(3),
            reader.IsDBNull(4) ? null : reader.GetDouble(4),
            NullableString(reader, 5),
            reader.GetString(6),
            reader.GetInt32(7));
    }

    /// <summary>True for <c>e</c> and decimal digits, the form of the pipeline's entity ids.</summary>
    internal static bool LooksLikeEntityId(string value) =>
        value.Length >= 2 && value[0] == 'e' && value.AsSpan(1).IndexOfAnyExceptInRange('0', '9') < 0;
}
