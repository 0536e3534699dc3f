namespace TestimonyNlp.Tests.Support;

/// <summary>Locations the tests need, found from the test assembly's folder.</summary>
internal static class TestPaths
{
    /// <summary>The repository root: the folder holding TestimonyNlp.sln.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>
    /// A copy of the repository's models without the trained tagger and claim classifiers, in
    /// <paramref name="folder"/>: for tests whose expected entities must not move each time the models are retrained
    /// on the growing corpus.
    /// </summary>
    public static string SpotterModels(string folder)
    {
        var models = System.IO.Path.Combine(folder, "spotter-models");
        Directory.CreateDirectory(models);
        foreach (var file in Directory.GetFiles(System.IO.Path.Combine(RepositoryRoot, "models")))
        {
            if (System.IO.Path.GetFileName(file) is not ("tagger.bin" or "claims.bin"))
            {
                File.Copy(file, System.IO.Path.Combine(models, System.IO.Path.GetFileName(file)));
            }
        }

        return models;
    }

    /// <summary>corpus/samples.</summary>
    public static string Samples => Path.Combine(RepositoryRoot, "corpus", "samples");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "TestimonyNlp.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("TestimonyNlp.sln not found above the test folder");
    }
}

/// <summary>A temporary folder deleted when disposed.</summary>
internal sealed class TempDirectory : IDisposable
{
    /// <summary>Creates a new empty folder under the system temp folder.</summary>
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "testimonynlp-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    /// <summary>The folder.</summary>
    public string Path { get; }

    /// <summary>A path inside the folder.</summary>
    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Writes <paramref name="content"/> to a file at <paramref name="relative"/> (with <c>/</c>),
    /// creating folders, and returns its full path.</summary>
    public string Write(string relative, string content)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        System.IO.File.WriteAllText(full, content);
        return full;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
