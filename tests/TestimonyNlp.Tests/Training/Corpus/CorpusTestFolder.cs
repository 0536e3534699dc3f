using System.Text;
using TestimonyNlp.Ingest;
using TestimonyNlp.Model;
using TestimonyNlp.Tests.Support;
using TestimonyNlp.Training.Corpus;

namespace TestimonyNlp.Tests.Training.Corpus;

/// <summary>A corpus folder in a temp directory with a small canonical actor table, and marked sources to build.</summary>
internal sealed class CorpusTestFolder : IDisposable
{
    /// <summary>A MARKUP.md with three canonical actors.</summary>
    public const string Markup =
        "# Markup\n\nText before the table.\n\n## Canonical actors\nUse these names.\n\n| canonical | examples of surfaces |\n| --- | --- |\n"
        + "| Islamic State | Daesh, ISIS |\n| Syrian government forces | the regime |\n| Russian forces | the Russians |\n\n## Next section\n| Not an actor | x |\n";

    private readonly TempDirectory _temp = new();

    /// <summary>Creates the folder with MARKUP.md.</summary>
    public CorpusTestFolder()
    {
        _temp.Write(CanonicalActors.FileName, Markup);
    }

    /// <summary>The corpus folder.</summary>
    public string Path => _temp.Path;

    /// <summary>Writes a marked source <c>marked/<paramref name="name"/></c> (UTF-8, as given).</summary>
    public void Mark(string name, string text) => _temp.Write("marked/" + name, text);

    /// <summary>Deletes a marked source.</summary>
    public void Unmark(string name) => File.Delete(Full("marked/" + name));

    /// <summary>The full path of a corpus-relative path.</summary>
    public string Full(string relative) => System.IO.Path.Combine(Path, relative);

    /// <summary>The text of a corpus file.</summary>
    public string Text(string relative) => File.ReadAllText(Full(relative), Encoding.UTF8);

    /// <summary>The bytes of a corpus file.</summary>
    public byte[] Bytes(string relative) => File.ReadAllBytes(Full(relative));

    /// <summary>Replaces a corpus file's text.</summary>
    public void Write(string relative, string text) => _temp.Write(relative, text);

    /// <summary>Builds the corpus and fails the test on any error.</summary>
    public CorpusBuildResult Build()
    {
        var result = new CorpusBuilder().Build(Path);
        Assert.Equal(string.Empty, string.Join("\n", result.Errors));
        return result;
    }

    /// <summary>Reads a raw transcript with the project's readers.</summary>
    public Testimony Read(string relative)
    {
        Assert.True(TranscriptReaders.Default.TryGetReaderForPath(relative, out var reader));
        var outcome = Assert.Single(reader.Read(relative, Bytes(relative), CancellationToken.None));
        Assert.True(outcome.Success, outcome.Error?.ToString());
        return outcome.Testimony;
    }

    /// <inheritdoc />
    public void Dispose() => _temp.Dispose();
}
