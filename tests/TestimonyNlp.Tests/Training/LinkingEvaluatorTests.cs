using TestimonyNlp.Claims.Dates;
using TestimonyNlp.Linking.Incidents;
using TestimonyNlp.Model;
using TestimonyNlp.Tests.Entities.Places;
using TestimonyNlp.Tests.Support;
using TestimonyNlp.Training.Corpus;
using TestimonyNlp.Training.Evaluation;

namespace TestimonyNlp.Tests.Training;

public sealed class LinkingEvaluatorTests
{
    /// <summary>Gold-mode linking on the committed corpus's dev split (measured 0.828 pairwise F1 and 0.987
    /// B-cubed F1 when the weights were set on train).</summary>
    [Fact]
    public void Evaluate_GoldDevSplit_AtLeastFloor()
    {
        var corpus = GoldCorpus.Load(Path.Combine(TestPaths.RepositoryRoot, "corpus"));

        var scores = LinkingEvaluator.Evaluate(corpus, CorpusSplit.Dev, PlacesTestData.Gazetteer);

        Assert.True(scores.Pairwise.F1 >= 0.75, $"pairwise F1 {scores.Pairwise.F1}");
        Assert.True(scores.BCubedF1 >= 0.95, $"B-cubed F1 {scores.BCubedF1}");
    }

    [Fact]
    public void Build_TwoWitnessesOfOneStrike_ClaimsWithSitesNamesAndWitnesses()
    {
        GoldTestimony[] testimonies =
        [
            Testimony("sy-test-1", "w-amal", "The barrel bomb hit Saraqib and killed Karim Nassar.", "Saraqib", "Karim Nassar"),
            Testimony("sy-test-2", "w-fadi", "In Saraqib the bomb killed Karim Nassar and others.", "Saraqib", "Karim Nassar"),
        ];

        var set = LinkingGoldClaims.Build(testimonies, PlacesTestData.Gazetteer, _ => null);

        Assert.Equal(2, set.Claims.Length);
        Assert.Equal(set.Claims[0].SiteId, set.Claims[1].SiteId);
        Assert.NotNull(set.Claims[0].SiteId);
        Assert.Equal<string>(["Karim Nassar"], set.Claims[1].VictimNames);
        Assert.Equal(("w-amal", "sy-test-1", 0L), (set.Claims[0].WitnessKey, set.Claims[0].TestimonyId, set.Claims[0].Key));
        Assert.Equal<string>(["k1", "k1"], set.GoldIncidents);

        var scores = LinkingEvaluator.Score(set, new IncidentLinker().Link(set.Claims, []));
        Assert.Equal(new MatchCounts(1, 0, 0), scores.Pairwise);
    }

    [Fact]
    public void Build_GoldDateMentionsInTheEvidence_BecomeContextDates()
    {
        const string Text = "On 12 March 2016, a year after the first one, the barrel bomb hit Saraqib and killed Karim Nassar.";
        var testimony = Testimony("sy-test-1", "w-amal", Text, "Saraqib", "Karim Nassar");
        testimony = testimony with
        {
            Entities =
            [
                .. testimony.Entities,
                new GoldEntity("e3", EntityType.Date, "12 March 2016", 3, 16, "2016-03-12", null),
                new GoldEntity("e4", EntityType.Date, "a year after the first one", 18, 44, null, null),
            ],
        };

        var set = LinkingGoldClaims.Build([testimony], PlacesTestData.Gazetteer, _ => null);

        Assert.Equal<DateSpan>([DateSpan.Day(new DateOnly(2016, 3, 12))], Assert.Single(set.Claims).ContextDates);
    }

    private static GoldTestimony Testimony(string id, string witness, string text, string place, string person)
    {
        var placeStart = text.IndexOf(place, StringComparison.Ordinal);
        var personStart = text.IndexOf(person, StringComparison.Ordinal);
        return new GoldTestimony
        {
            Id = id,
            Source = "transcripts/" + id + ".txt",
            TestimonyId = id,
            Witness = witness,
            ContentSha256 = new string('0', 64),
            Entities =
            [
                new GoldEntity("e1", EntityType.Place, place, placeStart, placeStart + place.Length, place, null),
                new GoldEntity("e2", EntityType.Person, person, personStart, personStart + person.Length, null, null),
            ],
            Claims =
            [
                new GoldClaim
                {
                    Id = "c1",
                    Harm = Harm.Killed,
                    Victims = new VictimCount(1, 1, ["e2"]),
                    Weapon = WeaponCategory.BarrelBomb,
                    Site = "e1",
                    Date = new GoldDate("12 March 2016", new DateOnly(2016, 3, 12), new DateOnly(2016, 3, 12)),
                    Basis = Basis.Witnessed,
                    Evidence = [new Evidence(0, text.Length, text)],
                    Incident = "k1",
                },
            ],
            Incidents = ["k1"],
        };
    }
}
