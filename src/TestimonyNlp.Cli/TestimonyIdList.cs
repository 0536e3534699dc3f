using System.Diagnostics.CodeAnalysis;

namespace TestimonyNlp.Cli;

/// <summary>A file of testimony ids, one per line; blank lines and lines starting with <c>#</c> are skipped.</summary>
internal static class TestimonyIdList
{
    /// <summary>Reads the ids in <paramref name="path"/>, or says why it cannot (a missing or unreadable file, no id).</summary>
    public static bool TryRead(string path, [NotNullWhen(true)] out IReadOnlySet<string>? ids, [NotNullWhen(false)] out string? problem)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            ids = null;
            problem = e is FileNotFoundException or DirectoryNotFoundException ? "file not found" : "cannot read the file";
            return false;
        }

        var read = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var id = line.Trim();
            if (id.Length > 0 && id[0] != '#')
            {
                read.Add(id);
            }
        }

        if (read.Count == 0)
        {
            ids = null;
            problem = "it lists no id";
            return false;
        }

        ids = read;
        problem = null;
        return true;
    }
}
