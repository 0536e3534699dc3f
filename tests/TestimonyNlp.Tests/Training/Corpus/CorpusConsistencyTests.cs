using TestimonyNlp.Tests.Support;
using TestimonyNlp.Training.Corpus;

namespace TestimonyNlp.Tests.Training.Corpus;

public sealed class CorpusConsistencyTests
{
    private const string Witness = "@@witness sy-test-witness\n";

    private static readonly CanonicalActors Actors = new(["Islamic State", "Syrian government forces", "Russian forces"]);

    private static string[] Findings(params (string Name, string Text)[] files)
    {
        var parser = new MarkupParser(Actors);
        var sources = new List<(MarkedSource, string)>();
        foreach (var (name, text) in files)
        {
            var parsed = parser.Parse("marked/" + name, text);
            Assert.True(parsed.Success, string.Join("\n", parsed.Errors));
            sources.Add((parsed.Source, text));
        }

        return new CorpusConsistency().Check(sources).Select(f => f.ToString()).ToArray();
    }

    private static string[] Single(string body) => Findings(("sy-test-001.txt.mk", body + Witness));

    [Fact]
    public void Check_SurfaceMarkedInOneFileAndNotInAnother_ReportsTheUnmarkedOccurrence()
    {
        var findings = Findings(
            ("sy-test-001.txt.mk", "Q: Were you in [[Tal Rifaat|PLACE]]?\n" + Witness),
            ("sy-test-002.txt.mk", "A: We lived near Tal Rifaat then.\n" + Witness));

        Assert.Equal(
            ["marked/sy-test-002.txt.mk:1:18: unmarked: left unmarked; the same words are marked PLACE 1x elsewhere (first at marked/sy-test-001.txt.mk:1:16) and unmarked 1x"],
            findings);
    }

    [Fact]
    public void Check_SurfaceOnlyInSpeakerLabelsAndLongerWords_NotReported()
    {
        var findings = Findings(
            ("sy-test-001.txt.mk", "A: I am [[Layla|PERSON]], from [[Raqqa|PLACE]].\n" + Witness),
            ("sy-test-002.txt.mk", "Layla: We left al-Raqqa and Raqqawi families stayed.\n" + Witness));

        Assert.Empty(findings);
    }

    [Fact]
    public void Check_InterviewDateInTxtHeader_NotReported()
    {
        var findings = Findings(
            ("sy-test-001.txt.mk", "Date of interview: 3 May 2019\n\nA: It was on [[3 May 2019|DATE:2019-05-03]].\n" + Witness));

        Assert.Empty(findings);
    }

    [Fact]
    public void Check_VttNoteCueIdentifierAndVoiceTag_NotReported()
    {
        var findings = Findings(
            ("sy-test-001.vtt.mk", "WEBVTT\n\nNOTE\nRecorded in Azaz.\n\nAzaz\n00:00:01.000 --> 00:00:04.000\n<v Azaz>We came from [[Azaz|PLACE]].\n" + Witness));

        Assert.Empty(findings);
    }

    [Fact]
    public void Check_JsonlHeaderLine_NotReported()
    {
        var findings = Findings(
            ("sy-test-001.jsonl.mk", "id: SY-TST-001\ninterview_date: 2019-05-03\nplace: Azaz\nlanguage: Arabic\n\nA: We came from [[Azaz|PLACE]].\n" + Witness));

        Assert.Empty(findings);
    }

    [Fact]
    public void Check_SurfaceMostlyUnmarked_BelowMarkedShareNotReported()
    {
        var findings = Single("A: [[That night|DATE]] we slept. That night, That night, That night, That night, That night.\n");

        Assert.Empty(findings);
    }

    [Fact]
    public void Check_SurfaceMarkedWithTwoTypes_ReportsTheRarerType()
    {
        var findings = Single(
            "A: We fled [[Hama|PLACE]] for [[Hama|PLACE]] camp. My cousin [[Hama|PERSON]] stayed.\n");

        Assert.Equal(
            ["marked/sy-test-001.txt.mk:1:62: type-conflict: marked PERSON here and PLACE 2x elsewhere (first at marked/sy-test-001.txt.mk:1:12); a name only sometimes is fine, check the type"],
            findings);
    }

    [Fact]
    public void Check_PrepositionInsideDate_ReportsBoundary()
    {
        var findings = Single("A: It was [[in July|DATE:2017-07-01..2017-07-31]].\n");

        Assert.Equal(
            ["marked/sy-test-001.txt.mk:1:11: boundary: DATE span starts with a preposition (in/on/at/from/since/by/until); it stays outside"],
            findings);
    }

    [Fact]
    public void Check_TheOutsideDayOfMonth_ReportsBoundary()
    {
        var findings = Single("A: It was on the [[18th of July|DATE:2017-07-18]].\n");

        Assert.Equal(
            ["marked/sy-test-001.txt.mk:1:18: boundary: 'the' before a day of the month belongs inside the DATE span"],
            findings);
    }

    [Fact]
    public void Check_TwoDatesJoinedByOr_ReportsBoundaryOnTheFirst()
    {
        var findings = Single("A: It was [[the 9th|DATE:2017-07-09]] or [[the 10th|DATE:2017-07-10]].\n");

        Assert.Equal(
            ["marked/sy-test-001.txt.mk:1:11: boundary: two dates joined by or/to/until/till are one DATE span"],
            findings);
    }

    [Fact]
    public void Check_DateRangeInOneSpan_NotReported()
    {
        var findings = Single("A: It was [[the 9th or the 10th|DATE:2017-07-09..2017-07-10]].\n");

        Assert.Empty(findings);
    }

    [Fact]
    public void Check_ArticleInsideWeapon_ReportsBoundary()
    {
        var findings = Single("A: It was [[an air strike|WEAPON:AIRSTRIKE]].\n");

        Assert.Equal(
            ["marked/sy-test-001.txt.mk:1:11: boundary: WEAPON span starts with a/an; the article stays outside"],
            findings);
    }

    [Fact]
    public void Check_TheInsideNonAttackerWeapon_ReportsBoundary()
    {
        var findings = Single("A: [[The shelling|WEAPON:ARTILLERY]] went on. [[The planes|WEAPON:AIRSTRIKE]] came back.\n");

        Assert.Equal(
            ["marked/sy-test-001.txt.mk:1:4: boundary: WEAPON span starts with 'the' but is no attacking aircraft or vehicle; the article stays outside"],
            findings);
    }

    [Fact]
    public void Check_TheOutsideAttacker_ReportsBoundaryUnlessANounFollows()
    {
        var findings = Single("A: Then the [[jets|WEAPON:AIRSTRIKE]] came. He died in the [[drone|WEAPON:DRONE_STRIKE]] fire.\n");

        Assert.Equal(
            ["marked/sy-test-001.txt.mk:1:13: boundary: 'the' before an attacking aircraft or vehicle belongs inside the WEAPON span"],
            findings);
    }

    [Fact]
    public void Check_TheBeforeActorAcronymAndNationalityBeforeWeapon_ReportsBoundaries()
    {
        var findings = Single(
            "A: [[the SDF|ACTOR:Islamic State]] left. [[The Russian|ACTOR:Russian forces]] [[planes|WEAPON:AIRSTRIKE]] came. [[The regime|ACTOR:Syrian government forces]] [[planes|WEAPON:AIRSTRIKE]] too.\n");

        Assert.Equal(
            [
                "marked/sy-test-001.txt.mk:1:4: boundary: ACTOR span keeps 'the' before an acronym; it stays outside",
                "marked/sy-test-001.txt.mk:1:42: boundary: nationality before a weapon: 'the' stays outside the ACTOR span",
            ],
            findings);
    }

    [Fact]
    public void Check_TitleInsidePerson_ReportsBoundary()
    {
        var findings = Single("A: [[Dr. Samir Haddad|PERSON]] and [[Abu Yasser|PERSON]] came.\n");

        Assert.Equal(["marked/sy-test-001.txt.mk:1:4: boundary: PERSON span starts with a title; titles stay outside"], findings);
    }

    [Fact]
    public void Check_DescriptorAndCompassWordInsidePlace_ReportsOnlyLowerCaseOnes()
    {
        var findings = Single(
            "A: From [[al-Firdous neighbourhood|PLACE]] to [[southern Idlib|PLACE]], then [[Gaza City|PLACE]] and [[North Darfur|PLACE]].\n");

        Assert.Equal(
            [
                "marked/sy-test-001.txt.mk:1:9: boundary: PLACE span ends with an area descriptor; it stays outside",
                "marked/sy-test-001.txt.mk:1:47: boundary: PLACE span starts with a compass word; it stays outside",
            ],
            findings);
    }

    [Fact]
    public void Check_DeterminerInsideOnceAndOutsideTwice_ReportsTheRarerForm()
    {
        var findings = Single(
            "A: [[the Hashd|ACTOR:Islamic State]] came. Then the [[Hashd|ACTOR:Islamic State]] left, and the [[Hashd|ACTOR:Islamic State]] came back.\n");

        Assert.Equal(
            ["marked/sy-test-001.txt.mk:1:4: boundary: 'the' inside this ACTOR span; the same words have it the other way 2x (first at marked/sy-test-001.txt.mk:1:53)"],
            findings);
    }

    [Fact]
    public void CheckConsistency_BuiltCorpus_ReportsAcrossFiles()
    {
        using var corpus = new CorpusTestFolder();
        corpus.Mark(CorpusSamples.TxtName, CorpusSamples.Txt);
        corpus.Mark("sy-aleppo-902.txt.mk", "A: The barrel bomb fell in Hay al-Shaar.\n" + Witness);

        var report = new CorpusChecker().CheckConsistency(corpus.Path);

        Assert.Empty(report.Errors);
        Assert.Equal(
            [
                "marked/sy-aleppo-902.txt.mk:1:8: unmarked: left unmarked; the same words are marked WEAPON 1x elsewhere (first at marked/sy-aleppo-901.txt.mk:5:17) and unmarked 1x",
                "marked/sy-aleppo-902.txt.mk:1:28: unmarked: left unmarked; the same words are marked PLACE 1x elsewhere (first at marked/sy-aleppo-901.txt.mk:4:31) and unmarked 1x",
            ],
            report.Findings.Select(f => f.ToString()).ToArray());
        Assert.Equal((2, 0, 0), (report.Count(ConsistencyKind.Unmarked), report.Count(ConsistencyKind.TypeConflict), report.Count(ConsistencyKind.Boundary)));
    }

    [Fact]
    public void CheckConsistency_ShippedCorpus_NoBoundaryFindings()
    {
        var report = new CorpusChecker().CheckConsistency(Path.Combine(TestPaths.RepositoryRoot, "corpus"));

        Assert.Empty(report.Errors);
        Assert.Empty(report.Findings.Where(f => f.Kind == ConsistencyKind.Boundary).Select(f => f.ToString()));
    }
}
