using TestimonyNlp.Tests.Support;
using System.Diagnostics;
using TestimonyNlp.Ingest;
using TestimonyNlp.Model;

namespace TestimonyNlp.Tests.Ingest;

public sealed class FileIngestorTests
{
    private static readonly FileIngestor Ingestor = new();

    [Fact]
    public void Read_TextFile_OneTestimonyWithSource()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("w/aleppo-3.txt", "Interview ID: AL-3\n\nQ: Where?\nA: Bustan al-Qasr.");

        var testimony = IngestAssert.Single(Ingestor.Read(new InputFile(path, "w/aleppo-3.txt")));

        Assert.Equal("AL-3", testimony.TestimonyId);
        Assert.Equal("w/aleppo-3.txt", testimony.Source);
        IngestAssert.Segment(testimony.Content, testimony.Segments[1], "Bustan al-Qasr.", SpeakerRole.Witness, "A", 1);
    }

    [Fact]
    public void Read_SparseFileOverLimit_TooLarge()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "huge.txt");
        using (var stream = new FileStream(path, FileMode.CreateNew))
        {
            stream.SetLength(200L * 1024 * 1024);
        }

        var error = IngestAssert.SingleError(Ingestor.Read(new InputFile(path, "huge.txt")));

        Assert.Equal(new IngestError("huge.txt", null, "file too large: 200.0 MB (limit 64.0 MB)"), error);
    }

    [Fact]
    public void Read_JsonLinesOverFileLimit_StreamedAnyway()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("big.jsonl", "{\"text\":\"first\"}\n{\"text\":\"second\"}\n");
        var ingestor = new FileIngestor { MaxFileBytes = 10 };

        var outcomes = ingestor.Read(new InputFile(path, "big.jsonl")).ToList();

        Assert.Equal(["first", "second"], outcomes.Select(o => o.Testimony!.Content));
        Assert.Equal(["big-1", "big-2"], outcomes.Select(o => o.Testimony!.TestimonyId));
    }

    [Fact]
    public void Read_DanglingSymlink_CannotRead()
    {
        using var temp = new TempDirectory();
        var link = Path.Combine(temp.Path, "gone.txt");
        File.CreateSymbolicLink(link, Path.Combine(temp.Path, "missing-target.txt"));

        var error = IngestAssert.SingleError(Ingestor.Read(new InputFile(link, "gone.txt")));

        Assert.Equal("cannot read file (broken symbolic link)", error.Reason);
    }

    [Fact]
    public void Read_DanglingSymlinkJsonLines_CannotRead()
    {
        using var temp = new TempDirectory();
        var link = Path.Combine(temp.Path, "gone.jsonl");
        File.CreateSymbolicLink(link, Path.Combine(temp.Path, "missing-target.jsonl"));

        var error = IngestAssert.SingleError(Ingestor.Read(new InputFile(link, "gone.jsonl")));

        Assert.Equal("cannot read file (broken symbolic link)", error.Reason);
    }

    [Fact]
    public void Read_MissingFile_CannotRead()
    {
        using var temp = new TempDirectory();

        var error = IngestAssert.SingleError(Ingestor.Read(new InputFile(Path.Combine(temp.Path, "x.srt"), "x.srt")));

        Assert.Equal("cannot read file (no such file)", error.Reason);
    }

    [Fact]
    public void Read_DirectoryNamedTxt_CannotRead()
    {
        using var temp = new TempDirectory();
        var directory = Directory.CreateDirectory(Path.Combine(temp.Path, "x.txt")).FullName;

        var error = IngestAssert.SingleError(Ingestor.Read(new InputFile(directory, "x.txt")));

        Assert.Equal("cannot read file (is a directory)", error.Reason);
    }

    [Fact]
    public void Read_EmptyFile_EmptyFile()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("blank.vtt", string.Empty);

        var error = IngestAssert.SingleError(Ingestor.Read(new InputFile(path, "blank.vtt")));

        Assert.Equal("empty file", error.Reason);
    }

    [Fact]
    public void Read_NamedPipe_NotOpened()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return;
        }

        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "pipe.txt");
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false }))
        {
            mkfifo!.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var error = IngestAssert.SingleError(Ingestor.Read(new InputFile(path, "pipe.txt")));

        Assert.Equal("empty file", error.Reason);
    }

    [Fact]
    public void Read_UnsupportedExtension_Error()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("scan.pdf", "x");

        var error = IngestAssert.SingleError(Ingestor.Read(new InputFile(path, "scan.pdf")));

        Assert.Equal("unsupported file type '.pdf' (supported: .txt, .srt, .vtt, .docx, .jsonl)", error.Reason);
    }

    [Fact]
    public void Read_ReaderThrows_InternalErrorAndRunGoesOn()
    {
        using var temp = new TempDirectory();
        var bad = temp.Write("a.boom", "x");
        var good = temp.Write("b.txt", "A: Fine.");
        var ingestor = new FileIngestor(new TranscriptReaders([new ThrowingReader(), new PlainTextReader()]));

        var error = IngestAssert.SingleError(ingestor.Read(new InputFile(bad, "a.boom")));
        var testimony = IngestAssert.Single(ingestor.Read(new InputFile(good, "b.txt")));

        Assert.Equal(new IngestError("a.boom", null, "internal error while reading (InvalidOperationException)"), error);
        Assert.Equal("A: Fine.", testimony.Content);
    }

    [Fact]
    public void Read_ReaderThrowsAfterFirstOutcome_KeepsFirstThenFails()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("a.boom", "x");
        var ingestor = new FileIngestor(new TranscriptReaders([new ThrowingReader(yieldFirst: true)]));

        var outcomes = ingestor.Read(new InputFile(path, "a.boom")).ToList();

        Assert.Equal(2, outcomes.Count);
        Assert.Equal("ok", outcomes[0].Testimony!.Content);
        Assert.Equal("internal error while reading (InvalidOperationException)", outcomes[1].Error!.Reason);
    }

    [Fact]
    public void Read_Cancelled_Throws()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("a.txt", "A: Yes.");
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.Throws<OperationCanceledException>(() => Ingestor.Read(new InputFile(path, "a.txt"), cancellation.Token).ToList());
    }

    private sealed class ThrowingReader(bool yieldFirst = false) : ITranscriptReader
    {
        public string Format => "boom";

        public IReadOnlyList<string> Extensions { get; } = [".boom"];

        public IEnumerable<IngestOutcome> Read(string source, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
        {
            if (yieldFirst)
            {
                yield return IngestOutcome.ForSuccess(new Testimony
                {
                    Source = source,
                    TestimonyId = "t",
                    Content = "ok",
                    ContentSha256 = new string('0', 64),
                    Format = Format,
                });
            }

            throw new InvalidOperationException("secret testimony words");
        }
    }
}
