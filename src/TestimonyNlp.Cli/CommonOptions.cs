using System.CommandLine;

namespace TestimonyNlp.Cli;

/// <summary>Arguments and options shared by the commands that read transcripts.</summary>
internal static class CommonOptions
{
    /// <summary>The files and folders to read.</summary>
    public static Argument<string[]> Paths()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Transcript files (.txt .srt .vtt .docx .jsonl) and folders, read recursively.",
            Arity = ArgumentArity.OneOrMore,
        };

        // The parser hands an unknown option to the PATH argument; a dash-led name that is not on disk is a typo.
        paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.StartsWith('-') && !File.Exists(token.Value) && !Directory.Exists(token.Value))
                {
                    result.AddError($"unknown option '{token.Value}'");
                }
            }
        });
        return paths;
    }

    /// <summary>No progress display.</summary>
    public static Option<bool> Quiet() => new("--quiet", "-q")
    {
        Description = "Show no progress (the one-line summary on stderr is still written).",
    };

    /// <summary>Worker threads.</summary>
    public static Option<int> Threads() => new("--threads")
    {
        Description = "Testimonies processed in parallel (default: the number of cores).",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    /// <summary>The largest single-testimony file accepted.</summary>
    public static Option<int> MaxFileMegabytes() => new("--max-file-mb")
    {
        Description = "Refuse transcript files larger than this many MiB (JSON Lines files are streamed and exempt).",
        DefaultValueFactory = _ => 64,
    };

    /// <summary>The corpus folder.</summary>
    public static Option<string> Corpus() => new("--corpus")
    {
        Description = "The corpus folder (default: corpus).",
        HelpName = "DIR",
        DefaultValueFactory = _ => CorpusCommand.Defaults.CorpusDirectory,
    };

    /// <summary>Where the models are.</summary>
    public static Option<string?> Models() => new("--models")
    {
        Description = "Folder of model files (default: models/ beside the program, or $TESTIMONY_MODELS).",
        HelpName = "DIR",
    };
}
