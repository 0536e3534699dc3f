using TestimonyNlp.Training.Corpus;

namespace TestimonyNlp.Tests.Training.Corpus;

public sealed class CorpusCheckerTests
{
    private const string Gold = "annotations/gold.jsonl";
    private const string Stale = "annotations/gold.jsonl:1: sy-aleppo-901: stale: does not match marked/sy-aleppo-901.txt.mk (run 'testimony corpus build')";

    private static CorpusTestFolder BuiltTxt()
    {
        var corpus = new CorpusTestFolder();
        corpus.Mark(CorpusSamples.TxtName, CorpusSamples.Txt);
        corpus.Build();
        return corpus;
    }

    private static string[] Errors(CorpusTestFolder corpus) =>
        new CorpusChecker().Check(corpus.Path).Errors.Select(e => e.ToString()).ToArray();

    private static void Tamper(CorpusTestFolder corpus, string from, string to)
    {
        var text = corpus.Text(Gold);
        Assert.Contains(from, text, StringComparison.Ordinal);
        corpus.Write(Gold, text.Replace(from, to, StringComparison.Ordinal));
    }

    [Fact]
    public void Check_FreshBuildOfEveryFormat_ValidWithStatistics()
    {
        using var corpus = new CorpusTestFolder();
        corpus.Mark(CorpusSamples.TxtName, CorpusSamples.Txt);
        corpus.Mark(CorpusSamples.SrtName, CorpusSamples.Srt);
        corpus.Mark(CorpusSamples.VttName, CorpusSamples.Vtt);
        corpus.Mark(CorpusSamples.DocxName, CorpusSamples.Docx);
        corpus.Mark(CorpusSamples.JsonlName, CorpusSamples.Jsonl);
        corpus.Build();

        var report = new CorpusChecker().Check(corpus.Path);

        Assert.Empty(report.Errors);
        Assert.True(report.IsValid);
        var statistics = report.Statistics;
        Assert.Equal((5, 84), (statistics.Transcripts, statistics.Words));
        Assert.Equal(
            [new SplitCount(CorpusSplit.Train, 3, 50), new SplitCount(CorpusSplit.Dev, 1, 18), new SplitCount(CorpusSplit.Test, 1, 16)],
            statistics.Splits.ToArray());
        Assert.Equal([new CountRow("iq", 1), new CountRow("sy", 3), new CountRow("ye", 1)], statistics.Countries.ToArray());
        Assert.Equal(
            [new CountRow("PERSON", 6), new CountRow("PLACE", 7), new CountRow("WEAPON", 4), new CountRow("ACTOR", 2), new CountRow("DATE", 1)],
            statistics.EntityTypes.ToArray());
        Assert.Equal(5, statistics.DistinctPersonNames);
        Assert.Equal((5, 0, 5), (statistics.Incidents, statistics.IncidentsWithSeveralWitnesses, statistics.Witnesses));
    }

    [Fact]
    public void Check_TamperedOffset_ReportsEntityAndStaleLine()
    {
        using var corpus = BuiltTxt();
        Tamper(corpus, "\"start\":86,\"end\":98", "\"start\":87,\"end\":98");

        Assert.Equal(
            ["annotations/gold.jsonl:1: sy-aleppo-901: entity e1: text does not match the content at 87..98", Stale],
            Errors(corpus));
    }

    [Fact]
    public void Check_OffsetPastTheEnd_ReportsOutOfRange()
    {
        using var corpus = BuiltTxt();
        Tamper(corpus, "\"start\":172,\"end\":182", "\"start\":172,\"end\":1820");

        Assert.Equal(
            ["annotations/gold.jsonl:1: sy-aleppo-901: entity e5: offsets 172..1820 out of range (content length 195)", Stale],
            Errors(corpus));
    }

    [Fact]
    public void Check_OverlappingSpansOfOneType_Reported()
    {
        using var corpus = BuiltTxt();
        Tamper(
            corpus,
            "{\"id\":\"e4\"",
            "{\"id\":\"e6\",\"type\":\"PERSON\",\"text\":\"Haddad\",\"start\":148,\"end\":154,\"normalized\":null},{\"id\":\"e4\"");

        Assert.Equal(["annotations/gold.jsonl:1: sy-aleppo-901: entities e3 and e6 (PERSON) overlap", Stale], Errors(corpus));
    }

    [Fact]
    public void Check_EvidenceInInterviewerTurn_Reported()
    {
        using var corpus = BuiltTxt();
        var quote = "\"start\":109,\"end\":171,\"quote\":\"A barrel bomb killed my neighbour Rami Haddad on 4 March 2016.\"";
        Tamper(corpus, quote, "\"start\":69,\"end\":99,\"quote\":\"What happened in Hay al-Shaar?\"");

        Assert.Equal(
            ["annotations/gold.jsonl:1: sy-aleppo-901: claim c1: evidence 69..99 reaches into an interviewer turn at 69..99", Stale],
            Errors(corpus));
    }

    [Fact]
    public void Check_ReferenceToWrongEntityType_Reported()
    {
        using var corpus = BuiltTxt();
        Tamper(corpus, "\"named\":[\"e3\"]", "\"named\":[\"e1\",\"e9\"]");

        Assert.Equal(
            [
                "annotations/gold.jsonl:1: sy-aleppo-901: claim c1: named victim e1 is not a PERSON entity",
                "annotations/gold.jsonl:1: sy-aleppo-901: claim c1: named victim e9 is not an entity of this testimony",
                Stale,
            ],
            Errors(corpus));
    }

    [Fact]
    public void Check_WordOutsideVocabulary_Reported()
    {
        using var corpus = BuiltTxt();
        Tamper(corpus, "\"harm\":\"KILLED\"", "\"harm\":\"DEAD\"");

        Assert.Equal(["annotations/gold.jsonl:1: sy-aleppo-901: claim c1: unknown harm", Stale], Errors(corpus));
    }

    [Fact]
    public void Check_LineNotJson_ReportedOnce()
    {
        using var corpus = BuiltTxt();
        corpus.Write(Gold, "{not json\n");

        Assert.Equal(
            [
                "annotations/gold.jsonl:1: invalid JSON (at byte 2)",
                "transcripts/sy-aleppo-901.txt: no annotation line in annotations/gold.jsonl",
                "marked/sy-aleppo-901.txt.mk: not built: no line in annotations/gold.jsonl (run 'testimony corpus build')",
            ],
            Errors(corpus));
    }

    [Fact]
    public void Check_MarkedSourceChanged_AnnotationAndTranscriptStale()
    {
        using var corpus = BuiltTxt();
        corpus.Mark(CorpusSamples.TxtName, CorpusSamples.Txt.Replace("dropped it.", "dropped it again.", StringComparison.Ordinal));

        Assert.Equal(
            [Stale, "transcripts/sy-aleppo-901.txt: stale: does not match marked/sy-aleppo-901.txt.mk (run 'testimony corpus build')"],
            Errors(corpus));
    }

    [Fact]
    public void Check_ClaimLineChanged_OnlyAnnotationStale()
    {
        using var corpus = BuiltTxt();
        corpus.Mark(CorpusSamples.TxtName, CorpusSamples.Txt.Replace("basis=WITNESSED", "basis=HEARSAY", StringComparison.Ordinal));

        Assert.Equal([Stale], Errors(corpus));
    }

    [Fact]
    public void Check_NewMarkedSource_NotBuilt()
    {
        using var corpus = BuiltTxt();
        corpus.Mark(CorpusSamples.DocxName, CorpusSamples.Docx);

        Assert.Equal(
            ["marked/iq-mosul-003.docx.mk: not built: no line in annotations/gold.jsonl (run 'testimony corpus build')"],
            Errors(corpus));
    }

    [Fact]
    public void Check_RemovedMarkedSource_AnnotationWithoutSource()
    {
        using var corpus = BuiltTxt();
        corpus.Unmark(CorpusSamples.TxtName);

        Assert.Equal(
            ["annotations/gold.jsonl:1: sy-aleppo-901: no marked source in marked/ (run 'testimony corpus build')"],
            Errors(corpus));
    }

    [Fact]
    public void Check_TranscriptEdited_HashMismatchAndStale()
    {
        using var corpus = BuiltTxt();
        File.AppendAllText(corpus.Full("transcripts/sy-aleppo-901.txt"), "Q: Thank you.\n");

        Assert.Equal(
            [
                "annotations/gold.jsonl:1: sy-aleppo-901: content_sha256 does not match the transcript",
                "transcripts/sy-aleppo-901.txt: stale: does not match marked/sy-aleppo-901.txt.mk (run 'testimony corpus build')",
            ],
            Errors(corpus));
    }

    [Fact]
    public void Check_TranscriptWithoutAnnotation_Reported()
    {
        using var corpus = BuiltTxt();
        corpus.Write("transcripts/sy-homs-099.txt", "A: Yes.\n");

        Assert.Equal(["transcripts/sy-homs-099.txt: no annotation line in annotations/gold.jsonl"], Errors(corpus));
    }

    [Fact]
    public void Check_NoSplitEntry_Reported()
    {
        using var corpus = BuiltTxt();
        corpus.Write("split.tsv", "iq-mosul-003\ttest\n");

        Assert.Equal(["annotations/gold.jsonl:1: sy-aleppo-901: no entry in split.tsv"], Errors(corpus));
    }

    [Fact]
    public void Check_SplitNotSorted_Reported()
    {
        using var corpus = BuiltTxt();
        corpus.Write("split.tsv", "sy-aleppo-901\ttrain\niq-mosul-003\ttest\n");

        Assert.Equal(
            ["split.tsv: not in canonical form: one 'id<TAB>split' line per id, sorted by id, LF endings"],
            Errors(corpus));
    }

    [Fact]
    public void Check_DuplicateLine_Reported()
    {
        using var corpus = BuiltTxt();
        var line = corpus.Text(Gold);
        corpus.Write(Gold, line + line);

        Assert.Equal(
            ["annotations/gold.jsonl:2: sy-aleppo-901: a second annotation line (the first is line 1)"],
            Errors(corpus));
    }

    [Fact]
    public void Check_EmptyCorpusFolder_MissingFilesReported()
    {
        using var corpus = new CorpusTestFolder();

        var report = new CorpusChecker().Check(corpus.Path);

        Assert.Equal(
            ["split.tsv: not found (run 'testimony corpus build')", "annotations/gold.jsonl: not found (run 'testimony corpus build')"],
            report.Errors.Select(e => e.ToString()).ToArray());
        Assert.Equal(0, report.Statistics.Transcripts);
    }
}
