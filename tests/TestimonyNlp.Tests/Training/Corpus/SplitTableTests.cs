using TestimonyNlp.Training.Corpus;

namespace TestimonyNlp.Tests.Training.Corpus;

public sealed class SplitTableTests
{
    private static SplitTable Table(string text)
    {
        var errors = new List<CorpusError>();
        var table = SplitTable.Parse(text, errors);
        Assert.Empty(errors);
        return table;
    }

    private static (string, IEnumerable<string>) T(string id, params string[] incidents) => (id, incidents);

    [Theory]
    [InlineData("sy-aleppo-901", CorpusSplit.Train)]
    [InlineData("sy-aleppo-902", CorpusSplit.Test)]
    [InlineData("sy-aleppo-903", CorpusSplit.Dev)]
    [InlineData("iq-mosul-003", CorpusSplit.Test)]
    [InlineData("ye-taiz-001", CorpusSplit.Dev)]
    public void HashSplit_Id_FixedSplit(string id, CorpusSplit expected)
    {
        Assert.Equal(expected, SplitTable.HashSplit(id));
    }

    [Fact]
    public void HashSplit_ManyIds_NearTheTargetShares()
    {
        var counts = Enumerable.Range(1, 1000)
            .Select(i => SplitTable.HashSplit($"sy-town-{i:D4}"))
            .GroupBy(s => s)
            .OrderBy(g => g.Key)
            .Select(g => (g.Key, g.Count()))
            .ToArray();

        Assert.Equal([(CorpusSplit.Train, 727), (CorpusSplit.Dev, 131), (CorpusSplit.Test, 142)], counts);
    }

    [Fact]
    public void AssignNew_ExistingAssignment_NeverMoves()
    {
        // Its hash says train; the file says test, and the file wins.
        var table = Table("sy-aleppo-901\ttest\n");

        var updated = table.AssignNew([T("sy-aleppo-901"), T("sy-aleppo-903")], out var added);

        Assert.Equal("sy-aleppo-901\ttest\nsy-aleppo-903\tdev\n", updated.Serialize());
        Assert.Equal([new SplitAssignment("sy-aleppo-903", CorpusSplit.Dev)], added.ToArray());
    }

    [Fact]
    public void AssignNew_NewIncidentGroup_AllInTheSplitOfItsSmallestId()
    {
        // sy-aleppo-902 hashes to test and sy-aleppo-903 to dev; sy-aleppo-901 (train) is the smallest.
        var updated = SplitTable.Empty.AssignNew(
            [T("sy-aleppo-903", "sy-aleppo-20160304-market"), T("sy-aleppo-902", "sy-aleppo-20160304-market"), T("sy-aleppo-901", "sy-aleppo-20160304-market")],
            out var added);

        Assert.Equal("sy-aleppo-901\ttrain\nsy-aleppo-902\ttrain\nsy-aleppo-903\ttrain\n", updated.Serialize());
        Assert.Equal(3, added.Length);
    }

    [Fact]
    public void AssignNew_GroupChainedThroughSecondIncident_OneSplit()
    {
        var updated = SplitTable.Empty.AssignNew(
            [T("ye-taiz-001", "ye-taiz-20160805-a"), T("sy-aleppo-902", "ye-taiz-20160805-a", "ye-taiz-20160806-b"), T("iq-mosul-003", "ye-taiz-20160806-b")],
            out _);

        Assert.Equal("iq-mosul-003\ttest\nsy-aleppo-902\ttest\nye-taiz-001\ttest\n", updated.Serialize());
    }

    [Fact]
    public void AssignNew_NewMemberOfAssignedGroup_JoinsItsSplit()
    {
        var table = Table("sy-aleppo-902\ttest\n");

        var updated = table.AssignNew([T("sy-aleppo-902", "sy-aleppo-20160304-market"), T("sy-aleppo-901", "sy-aleppo-20160304-market")], out var added);

        Assert.Equal("sy-aleppo-901\ttest\nsy-aleppo-902\ttest\n", updated.Serialize());
        Assert.Equal([new SplitAssignment("sy-aleppo-901", CorpusSplit.Test)], added.ToArray());
    }

    [Fact]
    public void AssignNew_GroupAlreadySplit_NewMemberByItsOwnHash()
    {
        var table = Table("sy-aleppo-901\ttrain\nsy-aleppo-902\ttest\n");

        var updated = table.AssignNew(
            [T("sy-aleppo-901", "sy-aleppo-20160304-market"), T("sy-aleppo-902", "sy-aleppo-20160304-market"), T("sy-aleppo-903", "sy-aleppo-20160304-market")],
            out _);

        Assert.Equal("sy-aleppo-901\ttrain\nsy-aleppo-902\ttest\nsy-aleppo-903\tdev\n", updated.Serialize());
    }

    [Fact]
    public void AssignNew_IdWithoutSource_KeepsItsLine()
    {
        var table = Table("iq-mosul-003\ttest\n");

        var updated = table.AssignNew([T("sy-aleppo-901")], out _);

        Assert.Equal("iq-mosul-003\ttest\nsy-aleppo-901\ttrain\n", updated.Serialize());
    }

    [Fact]
    public void AssignNew_InputOrder_DoesNotMatter()
    {
        (string, IEnumerable<string>)[] transcripts =
            [T("sy-aleppo-903", "x-a-20160101-a"), T("sy-aleppo-901"), T("sy-aleppo-902", "x-a-20160101-a")];

        var forward = SplitTable.Empty.AssignNew(transcripts, out _).Serialize();
        var backward = SplitTable.Empty.AssignNew(transcripts.Reverse(), out _).Serialize();

        Assert.Equal(forward, backward);
        Assert.Equal("sy-aleppo-901\ttrain\nsy-aleppo-902\ttest\nsy-aleppo-903\ttest\n", forward);
    }

    [Fact]
    public void Parse_Mistakes_ReportedWithLines()
    {
        var errors = new List<CorpusError>();

        var table = SplitTable.Parse("sy-a-1\ttrain\nsy-a-2 train\nSY-A-3\tdev\nsy-a-4\tvalidation\nsy-a-1\ttest\nsy-a-5\ttest\textra\n", errors);

        Assert.Equal(
            [
                "split.tsv:2: expected 'id<TAB>split'",
                "split.tsv:3:1: invalid corpus id",
                "split.tsv:4:8: unknown split (expected train, dev or test)",
                "split.tsv:5:1: sy-a-1 listed twice (first on line 1)",
                "split.tsv:6: expected 'id<TAB>split'",
            ],
            errors.Select(e => e.ToString()).ToArray());
        Assert.Equal("sy-a-1\ttrain\n", table.Serialize());
    }

    [Fact]
    public void Serialize_UnsortedInput_SortedOrdinal()
    {
        Assert.Equal("sy-b-1\tdev\nsy-b-10\ttest\nsy-b-2\ttrain\n", Table("sy-b-2\ttrain\nsy-b-10\ttest\nsy-b-1\tdev").Serialize());
    }

    [Fact]
    public void Build_AddingSources_NeverMovesExistingIds()
    {
        using var corpus = new CorpusTestFolder();
        corpus.Mark(CorpusSamples.TxtName, CorpusSamples.Txt);
        corpus.Build();
        corpus.Write("split.tsv", "sy-aleppo-901\tdev\n");
        corpus.Mark(CorpusSamples.DocxName, CorpusSamples.Docx);
        corpus.Mark(CorpusSamples.VttName, CorpusSamples.Vtt);

        var result = corpus.Build();

        Assert.Equal("iq-mosul-003\ttest\nsy-aleppo-901\tdev\nye-taiz-001\tdev\n", corpus.Text("split.tsv"));
        Assert.Equal(
            [new SplitAssignment("iq-mosul-003", CorpusSplit.Test), new SplitAssignment("ye-taiz-001", CorpusSplit.Dev)],
            result.Added.ToArray());
    }

    [Fact]
    public void Build_SourcesSharingAnIncident_SameSplit()
    {
        using var corpus = new CorpusTestFolder();
        corpus.Mark(CorpusSamples.TxtName, CorpusSamples.Txt);
        corpus.Mark(
            "sy-aleppo-902.txt.mk",
            "A: {{c1|The barrel bomb killed [[Rami Haddad|PERSON]].}}\n"
            + "@@claim c1 harm=KILLED min=1 max=1 named=\"Rami Haddad\" basis=HEARSAY incident=sy-aleppo-20160304-haddad-house\n"
            + "@@witness sy-aleppo-omar-haddad\n");

        corpus.Build();

        Assert.Equal("sy-aleppo-901\ttrain\nsy-aleppo-902\ttrain\n", corpus.Text("split.tsv"));
    }

    [Fact]
    public void Build_MalformedSplitFile_WritesNothing()
    {
        using var corpus = new CorpusTestFolder();
        corpus.Mark(CorpusSamples.TxtName, CorpusSamples.Txt);
        corpus.Write("split.tsv", "sy-aleppo-901\tholdout\n");

        var result = new CorpusBuilder().Build(corpus.Path);

        Assert.Equal("split.tsv:1:15: unknown split (expected train, dev or test)", Assert.Single(result.Errors).ToString());
        Assert.False(File.Exists(corpus.Full("annotations/gold.jsonl")));
    }
}
