using TestimonyNlp.Model;
using TestimonyNlp.Training.Corpus;

namespace TestimonyNlp.Tests.Training.Corpus;

public sealed class GoldCorpusTests
{
    [Fact]
    public void Load_BuiltCorpus_TypedRecordsWithSplits()
    {
        using var corpus = new CorpusTestFolder();
        corpus.Mark(CorpusSamples.TxtName, CorpusSamples.Txt);
        corpus.Mark(CorpusSamples.DocxName, CorpusSamples.Docx);
        corpus.Build();

        var gold = GoldCorpus.Load(corpus.Path);

        Assert.Equal(["iq-mosul-003", "sy-aleppo-901"], gold.Testimonies.Select(t => t.Id).ToArray());
        Assert.Equal([CorpusSplit.Test, CorpusSplit.Train], gold.Testimonies.Select(t => t.Split).ToArray());
        Assert.Equal(["sy-aleppo-901"], gold.InSplit(CorpusSplit.Train).Select(t => t.Id).ToArray());
        var testimony = gold.Testimonies[1];
        Assert.Equal(("transcripts/sy-aleppo-901.txt", "SY-ALP-901", "sy-aleppo-layla-nasser", "sy"), (testimony.Source, testimony.TestimonyId, testimony.Witness, testimony.Country));
        Assert.Equal(
            new GoldEntity("e2", EntityType.Weapon, "barrel bomb", 111, 122, null, WeaponCategory.BarrelBomb),
            testimony.Entities[1]);
        Assert.Equal(new IsoDateRange(new DateOnly(2016, 3, 4), new DateOnly(2016, 3, 4)), testimony.Entities[3].Date);
        var claim = Assert.Single(testimony.Claims);
        Assert.Equal(
            ("c1", Harm.Killed, 1, 1, WeaponCategory.BarrelBomb, "Syrian government forces", "e1", Basis.Witnessed, "sy-aleppo-20160304-haddad-house"),
            (claim.Id, claim.Harm, claim.Victims.Min, claim.Victims.Max, claim.Weapon, claim.Actor, claim.Site, claim.Basis, claim.Incident));
        Assert.Equal(["e3"], claim.Victims.Named.ToArray());
        Assert.Equal(new GoldDate("4 March 2016", new DateOnly(2016, 3, 4), new DateOnly(2016, 3, 4)), claim.Date);
        Assert.Equal(new Evidence(109, 171, "A barrel bomb killed my neighbour Rami Haddad on 4 March 2016."), Assert.Single(claim.Evidence));
    }

    [Fact]
    public void ReadTranscript_BuiltCorpus_ContentTheOffsetsPointInto()
    {
        using var corpus = new CorpusTestFolder();
        corpus.Mark(CorpusSamples.VttName, CorpusSamples.Vtt);
        corpus.Build();
        var gold = GoldCorpus.Load(corpus.Path);

        var outcome = gold.ReadTranscript(gold.Testimonies[0]);

        Assert.True(outcome.Success);
        var entity = gold.Testimonies[0].Entities[2];
        Assert.Equal("mortar", outcome.Testimony.Content[entity.Start..entity.End]);
    }

    [Fact]
    public void Load_LineWithoutSplitEntry_Throws()
    {
        using var corpus = new CorpusTestFolder();
        corpus.Mark(CorpusSamples.TxtName, CorpusSamples.Txt);
        corpus.Build();
        corpus.Write("split.tsv", string.Empty);

        var exception = Assert.Throws<InvalidDataException>(() => GoldCorpus.Load(corpus.Path));

        Assert.Equal("annotations/gold.jsonl:1: sy-aleppo-901: no entry in split.tsv", exception.Message);
    }

    [Fact]
    public void Load_MalformedLine_ThrowsNamingTheLine()
    {
        using var corpus = new CorpusTestFolder();
        corpus.Mark(CorpusSamples.TxtName, CorpusSamples.Txt);
        corpus.Build();
        corpus.Write("annotations/gold.jsonl", "{\"id\":3}\n");

        var exception = Assert.Throws<InvalidDataException>(() => GoldCorpus.Load(corpus.Path));

        Assert.Equal("annotations/gold.jsonl:1: id is missing or not a string", exception.Message);
    }

    [Fact]
    public void Load_NoSplitFile_Throws()
    {
        using var corpus = new CorpusTestFolder();

        Assert.Throws<FileNotFoundException>(() => GoldCorpus.Load(corpus.Path));
    }

    [Fact]
    public void GoldJson_SerializeThenParse_SameLine()
    {
        using var corpus = new CorpusTestFolder();
        corpus.Mark(CorpusSamples.SrtName, CorpusSamples.Srt);
        var line = Assert.Single(corpus.Build().Transcripts).GoldLine;

        var problems = new List<string>();
        var parsed = GoldJson.Parse(line, problems);

        Assert.Empty(problems);
        Assert.Equal(line, GoldJson.Serialize(parsed!));
    }

    [Theory]
    [InlineData("[]", "not a JSON object")]
    [InlineData("{\"id\":\"sy-a-1\"", "invalid JSON (at byte 15)")]
    public void GoldJson_NotAnObject_Problem(string line, string expected)
    {
        var problems = new List<string>();

        Assert.Null(GoldJson.Parse(line, problems));
        Assert.Equal([expected], problems.ToArray());
    }

    [Fact]
    public void GoldJson_EmptyObject_EveryMissingFieldNamed()
    {
        var problems = new List<string>();

        Assert.Null(GoldJson.Parse("{}", problems));

        Assert.Equal(
            [
                "id is missing or not a string",
                "source is missing or not a string",
                "testimony_id is missing or not a string",
                "metadata is missing or not an object",
                "entities is missing or not an array",
                "claims is missing or not an array",
                "incidents is missing or not an array",
                "witness is missing or not a string",
                "content_sha256 is missing or not a string",
            ],
            problems.ToArray());
    }
}
