using TestimonyNlp.Model;
using TestimonyNlp.Training.Corpus;

namespace TestimonyNlp.Tests.Training.Corpus;

public sealed class CorpusStatisticsTests
{
    private static GoldTestimony Testimony(string id, string witness, string[] incidents, params GoldEntity[] entities) => new()
    {
        Id = id,
        Source = $"transcripts/{id}.txt",
        TestimonyId = id,
        Witness = witness,
        ContentSha256 = "0",
        Entities = [.. entities],
        Incidents = [.. incidents],
        Claims = [.. incidents.Select((incident, k) => new GoldClaim
        {
            Id = $"c{k + 1}",
            Harm = k == 0 ? Harm.Killed : Harm.Displaced,
            Basis = Basis.Hearsay,
            Evidence = [new Evidence(0, 1, "x")],
            Incident = incident,
        })],
    };

    private static GoldEntity Person(string text) => new("e1", EntityType.Person, text, 0, text.Length, null, null);

    private static GoldEntity Weapon(WeaponCategory category) => new("e2", EntityType.Weapon, "w", 0, 1, null, category);

    private static CorpusStatistics Sample() => CorpusStatistics.Compute(
    [
        new StatisticsInput(Testimony("sy-a-1", "w-1", ["sy-a-20160101-x"], Person("Rami"), Weapon(WeaponCategory.Mortar)), RawFormat.Txt, 1200, CorpusSplit.Train),
        new StatisticsInput(Testimony("sy-a-2", "w-2", ["sy-a-20160101-x", "sy-a-20160102-y"], Person("Rami"), Person("Hala")), RawFormat.Srt, 300, CorpusSplit.Train),
        new StatisticsInput(Testimony("ye-b-1", "w-2", ["ye-b-20170101-z"]), RawFormat.Txt, 45, CorpusSplit.Test),
    ]);

    [Fact]
    public void Compute_SmallCorpus_Counts()
    {
        var statistics = Sample();

        Assert.Equal((3, 1545, 2, 3, 1, 2), (statistics.Transcripts, statistics.Words, statistics.DistinctPersonNames, statistics.Incidents, statistics.IncidentsWithSeveralWitnesses, statistics.Witnesses));
        Assert.Equal([new CountRow("1", 1), new CountRow("2", 1)], statistics.TranscriptsPerWitness.ToArray());
        Assert.Equal([new CountRow("KILLED", 3), new CountRow("INJURED", 0), new CountRow("MISSING", 0), new CountRow("DETAINED", 0), new CountRow("DISPLACED", 1), new CountRow("PROPERTY_DAMAGE", 0)], statistics.Harms.ToArray());
        Assert.Equal([false, false, false, false, false], statistics.Targets.Select(t => t.Met).ToArray());
    }

    [Fact]
    public void ToText_SmallCorpus_AlignedTables()
    {
        var text = Sample().ToText();

        Assert.Equal(
            """
            corpus: 3 transcripts, 1,545 words

            split  transcripts  words
            train            2  1,500
            dev              0      0
            test             1     45

            format  transcripts
            txt               2
            srt               1
            vtt               0
            docx              0
            jsonl             0

            country  transcripts
            sy                 2
            ye                 1

            entity type            mentions
            PERSON                        3
            PLACE                         0
            WEAPON                        1
            ACTOR                         0
            DATE                          0
            distinct PERSON names         2

            weapon category        mentions
            AIRSTRIKE                     0
            DRONE_STRIKE                  0
            BARREL_BOMB                   0
            ARTILLERY                     0
            MORTAR                        1
            ROCKET                        0
            MISSILE                       0
            CLUSTER_MUNITION              0
            LANDMINE                      0
            IED                           0
            CHEMICAL                      0
            INCENDIARY                    0
            SMALL_ARMS                    0
            EXPLOSIVE_UNSPECIFIED         0

            harm             claims
            KILLED                3
            INJURED               0
            MISSING               0
            DETAINED              0
            DISPLACED             1
            PROPERTY_DAMAGE       0

            basis        claims
            WITNESSED         0
            EXPERIENCED       0
            HEARSAY           4
            REPORTED          0

            incidents             count
            incidents                 3
            told by 2+ witnesses      1

            transcripts per witness  witnesses
            1                                1
            2                                1
            all witnesses                    2

            target                        required  actual
            transcripts                        300       3  not met
            words                          150,000   1,545  not met
            countries                           10       2  not met
            distinct person names            1,500       2  not met
            mentions per weapon category        30       0  not met (below: AIRSTRIKE 0, DRONE_STRIKE 0, BARREL_BOMB 0, ARTILLERY 0, MORTAR 1, ROCKET 0, MISSILE 0, CLUSTER_MUNITION 0, LANDMINE 0, IED 0, CHEMICAL 0, INCENDIARY 0, SMALL_ARMS 0, EXPLOSIVE_UNSPECIFIED 0)

            """,
            text);
    }

    [Fact]
    public void Compute_EveryTargetReached_AllMet()
    {
        var weapons = Enum.GetValues<WeaponCategory>().SelectMany(c => Enumerable.Repeat(Weapon(c), 30)).ToArray();
        var persons = Enumerable.Range(0, 1500).Select(i => Person($"P{i}")).ToArray();
        var inputs = Enumerable.Range(0, 300).Select(i => new StatisticsInput(
            Testimony($"c{i % 10}-t-{i}", $"w-{i}", [], i == 0 ? [.. weapons, .. persons] : []),
            RawFormat.Txt,
            500,
            CorpusSplit.Train));

        var statistics = CorpusStatistics.Compute(inputs);

        Assert.Equal(
            [("transcripts", 300, true), ("words", 150_000, true), ("countries", 10, true), ("distinct person names", 1500, true), ("mentions per weapon category", 30, true)],
            statistics.Targets.Select(t => (t.Name, t.Actual, t.Met)).ToArray());
        Assert.Null(statistics.Targets[4].Detail);
    }
}
