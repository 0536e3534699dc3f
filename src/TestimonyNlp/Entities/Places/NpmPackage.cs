using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;

namespace TestimonyNlp.Entities.Places;

/// <summary>
/// Files read from an npm package as <c>npm pack</c> leaves it: the <c>.tgz</c> itself, or the folder it was
/// unpacked into (the folder holding <c>package.json</c>, or its parent).
/// </summary>
internal sealed class NpmPackage
{
    private const long MaxFileBytes = 256L * 1024 * 1024;

    private readonly Dictionary<string, byte[]> _files;

    private NpmPackage(string name, string version, Dictionary<string, byte[]> files, GazetteerSource[] sources)
    {
        Name = name;
        Version = version;
        _files = files;
        Sources = sources;
    }

    /// <summary>The package name from its package.json.</summary>
    public string Name { get; }

    /// <summary>The package version from its package.json.</summary>
    public string Version { get; }

    /// <summary>What was read: the archive, or each file of the folder, with its SHA-256.</summary>
    public GazetteerSource[] Sources { get; }

    /// <summary>The bytes of a file of the package (a path relative to the package root), or null.</summary>
    public byte[]? File(string relativePath) => _files.GetValueOrDefault(relativePath);

    /// <summary>
    /// Reads <paramref name="wanted"/> files (and package.json) from the package at <paramref name="path"/>.
    /// Returns null with <paramref name="error"/> set when the path cannot be read as a package.
    /// </summary>
    public static NpmPackage? TryOpen(string path, IReadOnlyCollection<string> wanted, CancellationToken cancellationToken, out string? error)
    {
        try
        {
            Dictionary<string, byte[]> files;
            GazetteerSource[] sources;
            if (Directory.Exists(path))
            {
                var root = System.IO.File.Exists(Path.Combine(path, "package.json")) ? path : Path.Combine(path, "package");
                files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
                var list = new List<GazetteerSource>();
                foreach (var relative in wanted.Append("package.json"))
                {
                    var full = Path.Combine(root, relative);
                    if (!System.IO.File.Exists(full))
                    {
                        continue;
                    }

                    var bytes = System.IO.File.ReadAllBytes(full);
                    files[relative] = bytes;
                    list.Add(new GazetteerSource(relative, Sha256(bytes)));
                }

                sources = [.. list];
            }
            else if (System.IO.File.Exists(path))
            {
                var archive = System.IO.File.ReadAllBytes(path);
                files = ReadArchive(archive, wanted, cancellationToken);
                sources = [new GazetteerSource(Path.GetFileName(path), Sha256(archive))];
            }
            else
            {
                error = $"{path}: no such file or folder";
                return null;
            }

            if (!files.TryGetValue("package.json", out var manifest))
            {
                error = $"{path}: not an npm package (no package.json)";
                return null;
            }

            using var document = JsonDocument.Parse(manifest);
            var name = document.RootElement.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : "";
            var version = document.RootElement.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";
            error = null;
            return new NpmPackage(name, version, files, sources);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException
                                              or JsonException or FormatException or InvalidOperationException
                                              or ArgumentException or OverflowException)
        {
            error = $"{path}: cannot be read as an npm package ({exception.GetType().Name})";
            return null;
        }
    }

    private static Dictionary<string, byte[]> ReadArchive(byte[] archive, IReadOnlyCollection<string> wanted, CancellationToken cancellationToken)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        using var gzip = new GZipStream(new MemoryStream(archive), CompressionMode.Decompress);
        using var tar = new TarReader(gzip);
        while (tar.GetNextEntry() is { } entry)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile) || entry.DataStream is null)
            {
                continue;
            }

            // npm packs everything under one top folder, normally "package/".
            var slash = entry.Name.IndexOf('/', StringComparison.Ordinal);
            var relative = slash < 0 ? entry.Name : entry.Name[(slash + 1)..];
            if (relative != "package.json" && !wanted.Contains(relative))
            {
                continue;
            }

            if (entry.Length > MaxFileBytes)
            {
                throw new InvalidDataException("archive entry too large");
            }

            using var buffer = new MemoryStream((int)entry.Length);
            entry.DataStream.CopyTo(buffer);
            files[relative] = buffer.ToArray();
        }

        return files;
    }

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
