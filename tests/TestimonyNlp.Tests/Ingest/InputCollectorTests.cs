using TestimonyNlp.Tests.Support;
using TestimonyNlp.Ingest;

namespace TestimonyNlp.Tests.Ingest;

public sealed class InputCollectorTests
{
    private static readonly InputCollector Collector = new();

    [Fact]
    public void Collect_Folder_RecursesSortedWithRelativeSlashSources()
    {
        using var temp = new TempDirectory();
        temp.Write("b.SRT", "x");
        temp.Write("a.txt", "x");
        temp.Write("notes.pdf", "x");
        temp.Write("sub/deeper/d.jsonl", "x");
        temp.Write("sub/c.vtt", "x");
        temp.Write("sub/Z.docx", "x");
        temp.Write(".hidden/e.txt", "x");
        temp.Write(".f.txt", "x");

        var items = Collector.Collect([temp.Path]).ToList();

        Assert.All(items, item => Assert.True(item.IsFile));
        Assert.Equal(["a.txt", "b.SRT", "sub/Z.docx", "sub/c.vtt", "sub/deeper/d.jsonl"], items.Select(i => i.File!.Source));
        Assert.Equal(Path.Combine(temp.Path, "sub", "c.vtt"), items[3].File!.FullPath);
    }

    [Fact]
    public void Collect_FileGivenDirectly_SourceIsPathAsGiven()
    {
        using var temp = new TempDirectory();
        var full = temp.Write("one/w-1.txt", "x");
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, full);

        var item = Assert.Single(Collector.Collect([relative]));

        Assert.Equal(new InputFile(full, relative), item.File);
    }

    [Fact]
    public void Collect_HiddenFileGivenDirectly_Taken()
    {
        using var temp = new TempDirectory();
        var full = temp.Write(".draft.txt", "x");

        var item = Assert.Single(Collector.Collect([full]));

        Assert.Equal(full, item.File!.Source);
    }

    [Fact]
    public void Collect_MissingPath_ErrorAndOthersGoOn()
    {
        using var temp = new TempDirectory();
        var present = temp.Write("ok.txt", "x");
        var missing = Path.Combine(temp.Path, "gone.txt");

        var items = Collector.Collect([missing, present]).ToList();

        Assert.Equal(2, items.Count);
        Assert.Equal(new IngestError(missing, null, "no such file or directory"), items[0].Error);
        Assert.Equal(present, items[1].File!.Source);
    }

    [Fact]
    public void Collect_UnsupportedFileGivenDirectly_ErrorListsSupported()
    {
        using var temp = new TempDirectory();
        var pdf = temp.Write("report.pdf", "x");

        var item = Assert.Single(Collector.Collect([pdf]));

        Assert.Equal(
            new IngestError(pdf, null, "unsupported file type '.pdf' (supported: .txt, .srt, .vtt, .docx, .jsonl)"),
            item.Error);
    }

    [Fact]
    public void Collect_FileWithoutExtension_ErrorNoExtension()
    {
        using var temp = new TempDirectory();
        var bare = temp.Write("README", "x");

        var item = Assert.Single(Collector.Collect([bare]));

        Assert.Equal("unsupported file type (no extension) (supported: .txt, .srt, .vtt, .docx, .jsonl)", item.Error!.Reason);
    }

    [Fact]
    public void Collect_SymlinkLoop_WalkedOnce()
    {
        using var temp = new TempDirectory();
        temp.Write("a/x.txt", "x");
        Directory.CreateSymbolicLink(Path.Combine(temp.Path, "a", "loop"), temp.Path);

        var items = Collector.Collect([temp.Path]).ToList();

        Assert.Equal(["a/x.txt"], items.Select(i => i.File!.Source));
    }

    [Fact]
    public void Collect_IsLazy_SubfolderListedOnlyWhenReached()
    {
        using var temp = new TempDirectory();
        temp.Write("a.txt", "x");
        temp.Write("b/c.txt", "x");

        using var enumerator = Collector.Collect([temp.Path]).GetEnumerator();
        Assert.True(enumerator.MoveNext());
        Assert.Equal("a.txt", enumerator.Current.File!.Source);
        Directory.Delete(Path.Combine(temp.Path, "b"), recursive: true);

        Assert.True(enumerator.MoveNext());
        Assert.Equal(new IngestError("b", null, "cannot read directory (no such directory)"), enumerator.Current.Error);
        Assert.False(enumerator.MoveNext());
    }
}
