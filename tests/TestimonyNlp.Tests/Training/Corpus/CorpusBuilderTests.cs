using System.IO.Compression;
using System.Text;
using TestimonyNlp.Model;
using TestimonyNlp.Training.Corpus;

namespace TestimonyNlp.Tests.Training.Corpus;

public sealed class CorpusBuilderTests
{
    private const string TxtGoldLine =
        "{\"id\":\"sy-aleppo-901\",\"source\":\"transcripts/sy-aleppo-901.txt\",\"testimony_id\":\"SY-ALP-901\","
        + "\"metadata\":{\"interview_id\":\"SY-ALP-901\",\"interview_date\":\"2019-05-03\",\"place\":null,\"language\":null,\"interviewer\":null,\"interpreter\":null,\"speaker\":null},"
        + "\"entities\":[{\"id\":\"e1\",\"type\":\"PLACE\",\"text\":\"Hay al-Shaar\",\"start\":86,\"end\":98,\"normalized\":\"Hay al-Shaar\"},"
        + "{\"id\":\"e2\",\"type\":\"WEAPON\",\"text\":\"barrel bomb\",\"start\":111,\"end\":122,\"normalized\":null,\"category\":\"BARREL_BOMB\"},"
        + "{\"id\":\"e3\",\"type\":\"PERSON\",\"text\":\"Rami Haddad\",\"start\":143,\"end\":154,\"normalized\":null},"
        + "{\"id\":\"e4\",\"type\":\"DATE\",\"text\":\"4 March 2016\",\"start\":158,\"end\":170,\"normalized\":\"2016-03-04\"},"
        + "{\"id\":\"e5\",\"type\":\"ACTOR\",\"text\":\"The regime\",\"start\":172,\"end\":182,\"normalized\":\"Syrian government forces\"}],"
        + "\"claims\":[{\"id\":\"c1\",\"harm\":\"KILLED\",\"victims\":{\"min\":1,\"max\":1,\"named\":[\"e3\"]},\"weapon\":\"BARREL_BOMB\","
        + "\"actor\":\"Syrian government forces\",\"site\":\"e1\",\"date\":{\"text\":\"4 March 2016\",\"from\":\"2016-03-04\",\"to\":\"2016-03-04\"},"
        + "\"basis\":\"WITNESSED\",\"evidence\":{\"start\":109,\"end\":171,\"quote\":\"A barrel bomb killed my neighbour Rami Haddad on 4 March 2016.\"},"
        + "\"evidence_spans\":[{\"start\":109,\"end\":171,\"quote\":\"A barrel bomb killed my neighbour Rami Haddad on 4 March 2016.\"}],"
        + "\"incident\":\"sy-aleppo-20160304-haddad-house\"}],"
        + "\"incidents\":[\"sy-aleppo-20160304-haddad-house\"],\"witness\":\"sy-aleppo-layla-nasser\","
        + "\"content_sha256\":\"278d4c21999e706381ca18d64d1bb94b33cf19e5661f3e8940a1f52784d5efd1\"}";

    private static void AssertEntitiesMatchContent(GoldTestimony gold, Testimony testimony)
    {
        foreach (var entity in gold.Entities)
        {
            Assert.Equal(entity.Text, testimony.Content[entity.Start..entity.End]);
        }

        foreach (var evidence in gold.Claims.SelectMany(c => c.Evidence))
        {
            Assert.Equal(evidence.Quote, testimony.Content[evidence.Start..evidence.End]);
        }
    }

    private static (int Start, int End)[] Offsets(GoldTestimony gold) => gold.Entities.Select(e => (e.Start, e.End)).ToArray();

    [Fact]
    public void Build_TxtSource_WritesTranscriptGoldLineAndSplit()
    {
        using var corpus = new CorpusTestFolder();
        corpus.Mark(CorpusSamples.TxtName, CorpusSamples.Txt);

        var result = corpus.Build();

        Assert.Equal(
            "Interview ID: SY-ALP-901\nDate of interview: 3 May 2019\n\nINTERVIEWER: What happened in Hay al-Shaar?\n"
            + "WITNESS: A barrel bomb killed my neighbour Rami Haddad on 4 March 2016. The regime dropped it.\n",
            corpus.Text("transcripts/sy-aleppo-901.txt"));
        Assert.Equal(TxtGoldLine + "\n", corpus.Text("annotations/gold.jsonl"));
        Assert.Equal("sy-aleppo-901\ttrain\n", corpus.Text("split.tsv"));
        Assert.Equal([new SplitAssignment("sy-aleppo-901", CorpusSplit.Train)], result.Added.ToArray());
        Assert.Equal(TxtGoldLine, Assert.Single(result.Transcripts).GoldLine);
    }

    [Fact]
    public void Build_TxtUtf16Crlf_OffsetsShiftByTheCarriageReturns()
    {
        using var corpus = new CorpusTestFolder();
        corpus.Mark(CorpusSamples.TxtName, "@@encoding utf-16le\n@@newline crlf\n" + CorpusSamples.Txt);

        var gold = Assert.Single(corpus.Build().Transcripts).Gold;

        var bytes = corpus.Bytes("transcripts/sy-aleppo-901.txt");
        Assert.Equal(new byte[] { 0xFF, 0xFE, (byte)'I', 0 }, bytes[..4]);
        Assert.Equal("\r\n", Encoding.Unicode.GetString(bytes, 2 + (24 * 2), 4));
        Assert.Equal([(89, 101), (115, 126), (147, 158), (162, 174), (176, 186)], Offsets(gold));
        Assert.Equal((113, 175), (gold.Claims[0].Evidence[0].Start, gold.Claims[0].Evidence[0].End));
        AssertEntitiesMatchContent(gold, corpus.Read("transcripts/sy-aleppo-901.txt"));
    }

    [Fact]
    public void Build_TxtUtf8Bom_SameOffsetsAsPlainUtf8()
    {
        using var corpus = new CorpusTestFolder();
        corpus.Mark(CorpusSamples.TxtName, "@@encoding utf-8-bom\n" + CorpusSamples.Txt);

        var gold = Assert.Single(corpus.Build().Transcripts).Gold;

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'I' }, corpus.Bytes("transcripts/sy-aleppo-901.txt")[..4]);
        Assert.Equal([(86, 98), (111, 122), (143, 154), (158, 170), (172, 182)], Offsets(gold));
        AssertEntitiesMatchContent(gold, corpus.Read("transcripts/sy-aleppo-901.txt"));
    }

    [Fact]
    public void Build_SrtSource_MarksAlignWithCueTextWithoutTagsAndTimings()
    {
        using var corpus = new CorpusTestFolder();
        corpus.Mark(CorpusSamples.SrtName, CorpusSamples.Srt);

        var gold = Assert.Single(corpus.Build().Transcripts).Gold;

        var testimony = corpus.Read("transcripts/sy-homs-001.srt");
        Assert.Equal(
            "INTERVIEWER: Where were you in Homs?\nWITNESS: In al-Waer. The shelling\nwounded Hani Aswad.\nHani Aswad lost his hand.",
            testimony.Content);
        Assert.Equal([(31, 35), (49, 56), (62, 70), (79, 89), (91, 101)], Offsets(gold));
        var claim = Assert.Single(gold.Claims);
        Assert.Equal([(58, 90), (91, 116)], claim.Evidence.Select(e => (e.Start, e.End)).ToArray());
        Assert.Equal(["e4"], claim.Victims.Named.ToArray());
        Assert.Equal("e2", claim.Site);
        AssertEntitiesMatchContent(gold, testimony);
    }

    [Fact]
    public void Build_VttWithVoiceTags_MarksAlignAfterTheVoiceNotInIt()
    {
        using var corpus = new CorpusTestFolder();
        corpus.Mark(CorpusSamples.VttName, CorpusSamples.Vtt);

        var gold = Assert.Single(corpus.Build().Transcripts).Gold;

        var testimony = corpus.Read("transcripts/ye-taiz-001.vtt");
        Assert.Equal("Thank you, Salma Khalil. Where is your son?\nNour, my son, was wounded by a mortar in Taiz.", testimony.Content);
        Assert.Equal([(11, 23), (44, 48), (75, 81), (85, 89)], Offsets(gold));
        Assert.Equal((44, 90), (gold.Claims[0].Evidence[0].Start, gold.Claims[0].Evidence[0].End));
        Assert.Equal("YE-TAZ-001", gold.TestimonyId);
        AssertEntitiesMatchContent(gold, testimony);
    }

    [Fact]
    public void Build_DocxSource_OneParagraphPerLineAndMarksAligned()
    {
        using var corpus = new CorpusTestFolder();
        corpus.Mark(CorpusSamples.DocxName, CorpusSamples.Docx);

        var gold = Assert.Single(corpus.Build().Transcripts).Gold;

        var testimony = corpus.Read("transcripts/iq-mosul-003.docx");
        Assert.Equal(
            "WITNESS STATEMENT\nInterview ID: IQ-MSL-003\nDate of interview: 12 July 2017\n\nQ: Where were you?\n"
            + "A: In the al-Nouri mosque area of Mosul. Daesh took my brother Yasin Hamdan.",
            testimony.Content);
        Assert.Equal([(105, 120), (129, 134), (136, 141), (158, 170)], Offsets(gold));
        Assert.Equal(new DateOnly(2017, 7, 12), gold.Metadata.InterviewDate);
        AssertEntitiesMatchContent(gold, testimony);
    }

    [Fact]
    public void Build_DocxSource_StoredEntriesWithFixedTime()
    {
        using var corpus = new CorpusTestFolder();
        corpus.Mark(CorpusSamples.DocxName, CorpusSamples.Docx);
        corpus.Build();

        using var zip = new ZipArchive(new MemoryStream(corpus.Bytes("transcripts/iq-mosul-003.docx")), ZipArchiveMode.Read);

        Assert.Equal(["[Content_Types].xml", "_rels/.rels", "word/document.xml"], zip.Entries.Select(e => e.FullName).ToArray());
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(1980, 1, 1, 0, 0, 0), e.LastWriteTime.DateTime));
        Assert.All(zip.Entries, e => Assert.Equal(e.Length, e.CompressedLength));
    }

    [Fact]
    public void Build_JsonlSource_OneRecordWithHeaderFieldsAndNonAsciiKept()
    {
        using var corpus = new CorpusTestFolder();
        corpus.Mark(CorpusSamples.JsonlName, CorpusSamples.Jsonl);

        var gold = Assert.Single(corpus.Build().Transcripts).Gold;

        Assert.Equal(
            "{\"id\":\"SY-HMS-002\",\"interview_date\":\"2019-05-03\",\"place\":\"Şanlıurfa\",\"language\":\"Arabic\","
            + "\"text\":\"Q: What did you see in Baba Amr?\\nA: A \\\"rocket\\\" hit the bakery.\"}\n",
            corpus.Text("transcripts/sy-homs-002.jsonl"));
        Assert.Equal([(23, 31), (39, 45)], Offsets(gold));
        Assert.Equal((36, 62), (gold.Claims[0].Evidence[0].Start, gold.Claims[0].Evidence[0].End));
        Assert.Equal(("SY-HMS-002", "Şanlıurfa"), (gold.TestimonyId, gold.Metadata.Place));
        AssertEntitiesMatchContent(gold, corpus.Read("transcripts/sy-homs-002.jsonl"));
    }

    [Fact]
    public void Build_Twice_SameBytes()
    {
        using var first = new CorpusTestFolder();
        using var second = new CorpusTestFolder();
        foreach (var corpus in new[] { first, second })
        {
            corpus.Mark(CorpusSamples.TxtName, CorpusSamples.Txt);
            corpus.Mark(CorpusSamples.SrtName, CorpusSamples.Srt);
            corpus.Mark(CorpusSamples.VttName, CorpusSamples.Vtt);
            corpus.Mark(CorpusSamples.DocxName, CorpusSamples.Docx);
            corpus.Mark(CorpusSamples.JsonlName, CorpusSamples.Jsonl);
            corpus.Build();
        }

        string[] files =
        [
            "annotations/gold.jsonl", "split.tsv", "transcripts/sy-aleppo-901.txt", "transcripts/sy-homs-001.srt",
            "transcripts/ye-taiz-001.vtt", "transcripts/iq-mosul-003.docx", "transcripts/sy-homs-002.jsonl",
        ];
        foreach (var file in files)
        {
            Assert.Equal(first.Bytes(file), second.Bytes(file));
        }

        Assert.Equal(
            "iq-mosul-003\ttest\nsy-aleppo-901\ttrain\nsy-homs-001\ttrain\nsy-homs-002\ttrain\nye-taiz-001\tdev\n",
            first.Text("split.tsv"));
        Assert.Equal(
            ["iq-mosul-003", "sy-aleppo-901", "sy-homs-001", "sy-homs-002", "ye-taiz-001"],
            first.Text("annotations/gold.jsonl").TrimEnd('\n').Split('\n').Select(l => l[7..(l.IndexOf('"', 7))]).ToArray());
    }

    [Fact]
    public void Build_SourceWithError_WritesNothing()
    {
        using var corpus = new CorpusTestFolder();
        corpus.Mark(CorpusSamples.TxtName, CorpusSamples.Txt);
        corpus.Mark("sy-homs-009.txt.mk", "A: [[Homs|TOWN]].\n@@witness sy-homs-w\n");

        var result = new CorpusBuilder().Build(corpus.Path);

        Assert.Equal(
            "marked/sy-homs-009.txt.mk:1:4: unknown entity type 'TOWN' in mark 'Homs' (expected PERSON, PLACE, WEAPON, ACTOR or DATE)",
            Assert.Single(result.Errors).ToString());
        Assert.False(File.Exists(corpus.Full("annotations/gold.jsonl")));
        Assert.False(File.Exists(corpus.Full("split.tsv")));
        Assert.False(Directory.Exists(corpus.Full("transcripts")));
    }

    [Fact]
    public void Build_RemovedSource_TranscriptRemovedSplitLineKept()
    {
        using var corpus = new CorpusTestFolder();
        corpus.Mark(CorpusSamples.TxtName, CorpusSamples.Txt);
        corpus.Mark(CorpusSamples.DocxName, CorpusSamples.Docx);
        corpus.Build();
        corpus.Unmark(CorpusSamples.DocxName);

        var result = corpus.Build();

        Assert.Equal(["transcripts/iq-mosul-003.docx"], result.Removed.ToArray());
        Assert.False(File.Exists(corpus.Full("transcripts/iq-mosul-003.docx")));
        Assert.Equal("iq-mosul-003\ttest\nsy-aleppo-901\ttrain\n", corpus.Text("split.tsv"));
        Assert.Equal(TxtGoldLine + "\n", corpus.Text("annotations/gold.jsonl"));
        Assert.Empty(result.Added);
    }

    [Fact]
    public void Build_ClaimSpanInInterviewerTurn_ReportsError()
    {
        using var corpus = new CorpusTestFolder();
        corpus.Mark(
            "sy-homs-003.txt.mk",
            "INTERVIEWER: {{c1|Was your house destroyed?}}\nWITNESS: Yes.\n"
            + "@@claim c1 harm=PROPERTY_DAMAGE min=1 max=1 basis=EXPERIENCED incident=sy-homs-20140210-house\n@@witness sy-homs-w\n");

        var result = new CorpusBuilder().Build(corpus.Path);

        Assert.Equal(
            "marked/sy-homs-003.txt.mk:1:14: claim span of c1 reaches into an interviewer turn (a question is never a claim)",
            Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public void Build_MarkOutsideTheCueText_CannotBeAligned()
    {
        using var corpus = new CorpusTestFolder();
        corpus.Mark(
            "sy-homs-004.vtt.mk",
            "WEBVTT\n\nNOTE recorded by [[Lina Saleh|PERSON]]\n\n00:00:01.000 --> 00:00:02.000\nWe left [[Homs|PLACE]].\n@@witness sy-homs-w\n");

        var result = new CorpusBuilder().Build(corpus.Path);

        Assert.Equal(
            "marked/sy-homs-004.vtt.mk:3:18: entity 'Lina Saleh' cannot be aligned with the transcript as the reader decodes it",
            Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public void Build_ClaimSpanOverRemovedLinesOnly_CannotBeAligned()
    {
        using var corpus = new CorpusTestFolder();
        corpus.Mark(
            "sy-homs-011.srt.mk",
            "{{c1|7}}\n00:00:01,000 --> 00:00:02,000\nSeven died.\n"
            + "@@claim c1 harm=KILLED min=7 max=7 basis=WITNESSED incident=sy-homs-20140210-market\n@@witness sy-homs-w\n");

        var result = new CorpusBuilder().Build(corpus.Path);

        Assert.Equal(
            "marked/sy-homs-011.srt.mk:1:1: claim span cannot be aligned with the transcript as the reader decodes it",
            Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public void Build_FileTheReaderRejects_ReportsReason()
    {
        using var corpus = new CorpusTestFolder();
        corpus.Mark("sy-homs-005.srt.mk", "No cues here.\n@@witness sy-homs-w\n");

        var result = new CorpusBuilder().Build(corpus.Path);

        Assert.Equal(
            "marked/sy-homs-005.srt.mk: the project's reader rejects the built transcripts/sy-homs-005.srt: no subtitle cues found",
            Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public void Build_TwoSourcesForOneId_ReportsTheSecond()
    {
        using var corpus = new CorpusTestFolder();
        corpus.Mark("sy-homs-006.txt.mk", "A: Yes.\n@@witness sy-homs-w\n");
        corpus.Mark("sy-homs-006.docx.mk", "A: Yes.\n@@witness sy-homs-w\n");

        var result = new CorpusBuilder().Build(corpus.Path);

        Assert.Equal(
            "marked/sy-homs-006.txt.mk: a second marked source for id sy-homs-006 (the first is marked/sy-homs-006.docx.mk)",
            Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public void Build_NoMarkupFile_ReportsIt()
    {
        using var corpus = new CorpusTestFolder();
        File.Delete(corpus.Full("MARKUP.md"));

        var result = new CorpusBuilder().Build(corpus.Path);

        Assert.Equal("MARKUP.md: cannot read the canonical actor table (not found)", Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public void Build_NoMarkedFolder_ReportsIt()
    {
        using var corpus = new CorpusTestFolder();

        var result = new CorpusBuilder().Build(corpus.Path);

        Assert.Equal("marked/: folder not found", Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public void Build_NamedPersonOutsideEvidence_NearestEarlierMention()
    {
        using var corpus = new CorpusTestFolder();
        corpus.Mark(
            "sy-homs-007.txt.mk",
            "A: [[Rami|PERSON]] was a teacher. [[Rami|PERSON]] lived in [[Homs|PLACE]].\n"
            + "A: {{c1|My son was killed there.}} [[Rami|PERSON]] again.\n"
            + "A: {{c2|[[Rami|PERSON]] was hurt in [[Homs|PLACE]] too.}}\n"
            + "@@claim c1 harm=KILLED min=1 max=1 named=Rami site=Homs basis=WITNESSED incident=sy-homs-20140210-rami\n"
            + "@@claim c2 harm=INJURED min=1 max=1 named=Rami site=Homs basis=WITNESSED incident=sy-homs-20140211-rami\n"
            + "@@witness sy-homs-w\n");

        var gold = Assert.Single(corpus.Build().Transcripts).Gold;

        Assert.Equal(["e1", "e2", "e3", "e4", "e5", "e6"], gold.Entities.Select(e => e.Id).ToArray());
        Assert.Equal(["e2"], gold.Claims[0].Victims.Named.ToArray());
        Assert.Equal("e3", gold.Claims[0].Site);
        Assert.Equal(["e5"], gold.Claims[1].Victims.Named.ToArray());
        Assert.Equal("e6", gold.Claims[1].Site);
        Assert.Equal(["sy-homs-20140210-rami", "sy-homs-20140211-rami"], gold.Incidents.ToArray());
    }

    [Fact]
    public void Build_ClaimsDeclaredOutOfOrder_NumberedInTextOrder()
    {
        using var corpus = new CorpusTestFolder();
        corpus.Mark(
            "sy-homs-008.txt.mk",
            "A: {{c7|Two died.}} {{c2|Three were hurt.}}\n"
            + "@@claim c2 harm=INJURED min=3 max=3 basis=WITNESSED incident=sy-homs-20140210-market\n"
            + "@@claim c7 harm=KILLED min=2 max=2 basis=WITNESSED incident=sy-homs-20140210-market\n"
            + "@@witness sy-homs-w\n");

        var gold = Assert.Single(corpus.Build().Transcripts).Gold;

        Assert.Equal([("c1", Harm.Killed), ("c2", Harm.Injured)], gold.Claims.Select(c => (c.Id, c.Harm)).ToArray());
        Assert.Equal(["sy-homs-20140210-market"], gold.Incidents.ToArray());
    }

    [Fact]
    public void Build_ClaimDateWithoutDateMention_TextIsNull()
    {
        using var corpus = new CorpusTestFolder();
        corpus.Mark(
            "sy-homs-010.txt.mk",
            "A: {{c1|Two died.}}\n@@claim c1 harm=KILLED min=2 max=2 date=2014-02-01..2014-02-28 basis=WITNESSED incident=sy-homs-20140200-market\n@@witness sy-homs-w\n");

        var claim = Assert.Single(Assert.Single(corpus.Build().Transcripts).Gold.Claims);

        Assert.Equal(new GoldDate(null, new DateOnly(2014, 2, 1), new DateOnly(2014, 2, 28)), claim.Date);
    }
}
