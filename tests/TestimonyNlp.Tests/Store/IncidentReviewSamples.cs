using TestimonyNlp.Model;
using TestimonyNlp.Store;

namespace TestimonyNlp.Tests.Store;

/// <summary>
/// A store of witnesses of two bombings of Douma market, linked into incidents: DM-007 (claim row 1) and DM-012
/// (row 2) tell of the one of 9 September 2016 (I0001, contested: 7 or 9 killed), DM-020 (row 3) of the one of
/// 5 January 2017 (I0002, single source, 2 killed). <see cref="AddMore"/> adds DM-031 (row 4, 9 September) and
/// DM-040 (row 5, 5 January). People are fictional; places are real.
/// </summary>
internal static class IncidentReviewSamples
{
    /// <summary>The transcript every witness gives (with a script payload, which pages must show as text).</summary>
    public const string Content =
        "A: A barrel bomb fell on the market of Douma <script>alert(1)</script>. People died, among them Rania Khatib.";

    public static readonly DateOnly September = new(2016, 9, 9);
    public static readonly DateOnly January = new(2017, 1, 5);

    /// <summary>Creates the store with three witnesses, its sites and its incidents.</summary>
    public static void Create(string databasePath)
    {
        using var store = SqliteTestimonyStore.Open(databasePath);
        Save(store, "DM-007", 'a', "Samir Khatib", 7, September);
        Save(store, "DM-012", 'b', "Huda Asmar", 9, September);
        Save(store, "DM-020", 'c', "Omar Asmar", 2, January);
        Process(store);
    }

    /// <summary>Adds two witnesses and links again, as <c>process</c> over more files does.</summary>
    public static void AddMore(string databasePath)
    {
        using var store = SqliteTestimonyStore.Open(databasePath);
        Save(store, "DM-031", 'd', "Karim Nasser", 7, September);
        Save(store, "DM-040", 'e', "Lina Haddad", 2, January);
        Process(store);
    }

    /// <summary>Places every claim at the market and links the incidents.</summary>
    public static void Process(SqliteTestimonyStore store)
    {
        StoreSites.PlaceAllAtMarket(store);
        new IncidentStoreLinker().Link(store);
    }

    /// <summary>Claim row id to incident id, by row id ("-" for none).</summary>
    public static string Assignments(string databasePath)
    {
        using var store = SqliteTestimonyStore.Open(databasePath);
        return string.Join(' ', store.ReadClaims().OrderBy(c => c.RowId).Select(c => $"{c.RowId}:{c.IncidentId ?? "-"}"));
    }

    /// <summary>The incident with this id.</summary>
    public static StoredIncident Incident(string databasePath, string incidentId)
    {
        using var store = SqliteTestimonyStore.Open(databasePath);
        return store.ReadIncidents().Single(i => i.IncidentId == incidentId);
    }

    /// <summary>The incident ids in order of creation.</summary>
    public static string IncidentIds(string databasePath)
    {
        using var store = SqliteTestimonyStore.Open(databasePath);
        return string.Join(' ', store.ReadIncidents().Select(i => i.IncidentId));
    }

    private static void Save(SqliteTestimonyStore store, string testimonyId, char hash, string speaker, int killed, DateOnly day)
    {
        var testimony = new Testimony
        {
            Source = testimonyId.ToLowerInvariant() + ".txt",
            TestimonyId = testimonyId,
            Content = Content,
            ContentSha256 = new string(hash, 64),
            Format = "text",
            Metadata = new TestimonyMetadata { InterviewId = testimonyId, Speaker = speaker },
            Segments = [new Segment(3, Content.Length, SpeakerRole.Witness, "A", 0)],
        };
        var weapon = Content.IndexOf("barrel bomb", StringComparison.Ordinal);
        var person = Content.IndexOf("Rania Khatib", StringComparison.Ordinal);
        EntityMention[] entities =
        [
            new("e1", EntityType.Weapon, weapon, weapon + 11, "barrel bomb", "barrel bomb", 0.99) { Category = WeaponCategory.BarrelBomb },
            new("e2", EntityType.Person, person, person + 12, "Rania Khatib", "Rania Khatib", 0.9),
            new("e3", EntityType.Actor, weapon, weapon + 11, "barrel bomb", "Syrian government forces", 0.8),
        ];
        var claim = new Claim
        {
            Id = "c1",
            Harm = Harm.Killed,
            Victims = new VictimCount(killed, killed, day == September ? ["e2"] : []),
            Weapon = WeaponCategory.BarrelBomb,
            Actor = "e3",
            Date = new DateRange("that day", day, day),
            Basis = Basis.Witnessed,
            Evidence = [new Evidence(3, Content.Length - 1, Content[3..^1])],
            Confidence = 0.9,
        };
        store.Save(new TestimonyResult(testimony, entities, [claim], 16));
    }
}
