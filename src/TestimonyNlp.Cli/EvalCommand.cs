using System.CommandLine;
using System.Text;
using System.Text.Json;
using TestimonyNlp.Claims;
using TestimonyNlp.Claims.Classification;
using TestimonyNlp.Entities;
using TestimonyNlp.Entities.Places;
using TestimonyNlp.Pipeline;
using TestimonyNlp.Store;
using TestimonyNlp.Training.Corpus;
using TestimonyNlp.Training.Evaluation;

namespace TestimonyNlp.Cli;

/// <summary>
/// <c>eval [CORPUS] [--split test|dev|train] [--sentences model|gold] [--models DIR] [--json FILE] [--errors N]
/// [--baseline MODELS_DIR] [--gold-fields FIELDS [--gold-date-kinds KINDS]] [--link-errors PREFIX] [--ids FILE]</c>: entity extraction, claim and incident linking quality on the gold corpus, as aligned
/// tables on stdout and optionally as JSON; with a baseline, each section's figures before, after and their difference;
/// with gold fields, the pipeline's claims are linked with those fields taken from their matched gold claims.
/// </summary>
internal static class EvalCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliConsole console)
    {
        var corpus = new Argument<string>("CORPUS")
        {
            Description = "The corpus folder (default: corpus).",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => Defaults.CorpusDirectory,
        };
        var split = new Option<string>("--split")
        {
            Description = "The split to evaluate: test, dev or train (default: test).",
            HelpName = "SPLIT",
            DefaultValueFactory = _ => Defaults.Split,
        };
        var sentences = new Option<string>("--sentences")
        {
            Description = "Where claims come from: model (the classifiers) or gold (rebuilt from the gold sentence labels, to score the claim builder alone; default: model).",
            HelpName = "SOURCE",
            DefaultValueFactory = _ => Defaults.Sentences,
        };
        var models = CommonOptions.Models();
        var json = new Option<string?>("--json")
        {
            Description = "Also write the numbers as JSON to FILE.",
            HelpName = "FILE",
        };
        var errors = new Option<int>("--errors")
        {
            Description = "Print up to N error examples per section, entity examples with their span text (for the project's fictional corpus only).",
            HelpName = "N",
        };
        var threads = CommonOptions.Threads();
        var baseline = new Option<string?>("--baseline")
        {
            Description = "Also evaluate the models in MODELS_DIR on the same split and print each section's figures before (MODELS_DIR), after (--models) and the difference.",
            HelpName = "MODELS_DIR",
        };

        var goldFields = new Option<string?>("--gold-fields")
        {
            Description = "Before linking the pipeline's claims, take these fields from the gold claim each is matched to: a comma list of date, site, actor, weapon, victims, named, basis, or all (claim fields are still scored as predicted).",
            HelpName = "FIELDS",
        };

        var goldDateKinds = new Option<string?>("--gold-date-kinds")
        {
            Description = "With --gold-fields date, take gold's date only for matched claims whose date error is of these kinds: a comma list of " + string.Join(", ", ClaimDateKinds.All.Select(k => k.ToWire())) + ".",
            HelpName = "KINDS",
        };

        var linkErrors = new Option<string?>("--link-errors")
        {
            Description = "Also write the linking errors across testimonies (false and missed pairs of gold accounts, with the features of their closest accounts, then every claim's values, then the pairs of claims of one testimony joined into one account or split; ids, days, site ids and weights only) to PREFIX-pipeline.tsv and PREFIX-gold.tsv.",
            HelpName = "PREFIX",
        };

        var ids = new Option<string?>("--ids")
        {
            Description = "Score only the transcripts of the split whose ids are listed in FILE (one per line; blank lines and lines starting with # are skipped), for example one batch of writers.",
            HelpName = "FILE",
        };

        var withoutRules = new Option<string?>("--without-rules")
        {
            Description = "Leave these rules after the claim models out of the models evaluated (not the baseline's): a comma list of "
                + string.Join(", ", ClaimRuleNames.All) + "; sentence (the rules after the sentence classifiers), basis (after the basis model) or all. A diagnostic of what the rules are worth; with --baseline naming the same models, the change is theirs.",
            HelpName = "RULES",
        };

        var command = new Command("eval", "Score entity extraction (exact span match) and claims (same harm, overlapping evidence) against the gold corpus.")
        {
            corpus, split, sentences, models, json, errors, threads, baseline, goldFields, goldDateKinds, linkErrors, ids, withoutRules,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            console,
            new EvalSettings(
                parse.GetValue(corpus) ?? Defaults.CorpusDirectory,
                parse.GetValue(split) ?? Defaults.Split,
                parse.GetValue(sentences) ?? Defaults.Sentences,
                parse.GetValue(models),
                parse.GetValue(json),
                parse.GetValue(errors),
                parse.GetValue(threads),
                parse.GetValue(baseline),
                parse.GetValue(goldFields),
                parse.GetValue(goldDateKinds),
                parse.GetValue(linkErrors),
                parse.GetValue(ids),
                parse.GetValue(withoutRules)),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, EvalSettings settings, CancellationToken cancellationToken)
    {
        if (!CorpusSplits.TryParse(settings.Split, out var split))
        {
            return await console.UsageAsync($"unknown split '{settings.Split}' (expected test, dev or train)").ConfigureAwait(false);
        }

        if (!SentenceSources.TryParse(settings.Sentences, out var sentences))
        {
            return await console.UsageAsync($"unknown sentence source '{settings.Sentences}' (expected model or gold)").ConfigureAwait(false);
        }

        var fields = GoldField.None;
        if (settings.GoldFields is { } goldFields && !GoldClaimFields.TryParse(goldFields, out fields))
        {
            return await console.UsageAsync($"unknown gold fields '{goldFields}' (expected a comma list of date, site, actor, weapon, victims, named, basis, or all)").ConfigureAwait(false);
        }

        IReadOnlySet<ClaimDateKind>? dateKinds = null;
        if (settings.GoldDateKinds is { } kinds)
        {
            if ((fields & GoldField.Date) == 0)
            {
                return await console.UsageAsync("--gold-date-kinds needs --gold-fields with date").ConfigureAwait(false);
            }

            if (!ClaimDateKinds.TryParse(kinds, out var parsed))
            {
                return await console.UsageAsync($"unknown date kinds '{kinds}' (expected a comma list of {string.Join(", ", ClaimDateKinds.All.Select(k => k.ToWire()))})").ConfigureAwait(false);
            }

            dateKinds = parsed;
        }

        var (sentenceLeftOut, basisLeftOut) = (SentenceRules.None, BasisRules.None);
        if (settings.WithoutRules is { } rules && !ClaimRuleNames.TryParse(rules, out sentenceLeftOut, out basisLeftOut))
        {
            return await console.UsageAsync($"unknown rules '{rules}' (expected a comma list of {string.Join(", ", ClaimRuleNames.All)}; sentence, basis or all)").ConfigureAwait(false);
        }

        var leftOut = (sentenceLeftOut, basisLeftOut);

        if (settings.Errors < 0 || settings.Threads < 1)
        {
            return await console.UsageAsync("--errors must be at least 0 and --threads at least 1").ConfigureAwait(false);
        }

        if (!Directory.Exists(settings.Corpus))
        {
            return await console.UsageAsync($"corpus folder not found: {settings.Corpus}").ConfigureAwait(false);
        }

        GoldCorpus gold;
        try
        {
            gold = GoldCorpus.Load(settings.Corpus);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            // GoldCorpus names the file and line; the message never quotes the annotation's text.
            var reason = exception is InvalidDataException ? exception.Message : CorpusFiles.Describe(exception);
            return await console.UsageAsync($"cannot load the corpus in {settings.Corpus}: {reason}").ConfigureAwait(false);
        }

        if (settings.IdsPath is { } idsPath)
        {
            if (!TestimonyIdList.TryRead(idsPath, out var listed, out var problem))
            {
                return await console.UsageAsync($"cannot read the id list {idsPath}: {problem}").ConfigureAwait(false);
            }

            var known = gold.Testimonies.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
            var unknown = listed.Where(id => !known.Contains(id)).Order(StringComparer.Ordinal).ToList();
            if (unknown.Count == listed.Count)
            {
                return await console.UsageAsync($"no id of the list {idsPath} is in the corpus").ConfigureAwait(false);
            }

            // A list made for the whole corpus is also read against a copy that holds part of it (a fold).
            if (unknown.Count > 0)
            {
                await console.Error.WriteLineAsync($"warning: {unknown.Count} ids of the list {idsPath} are not in the corpus, the first '{unknown[0]}'").ConfigureAwait(false);
            }

            gold = gold.Only(listed);
        }

        if (settings.Baseline is { } baseline && !Directory.Exists(baseline))
        {
            return await console.UsageAsync($"baseline models folder not found: {baseline}").ConfigureAwait(false);
        }

        var before = settings.Baseline is { } baselineModels
            ? await EvaluateAsync(console, settings, baselineModels, (SentenceRules.None, BasisRules.None), gold, split, sentences, fields, dateKinds, listLinkErrors: false, cancellationToken).ConfigureAwait(false)
            : null;
        if (settings.Baseline is not null && before is null)
        {
            return ExitCodes.Usage;
        }

        if (await EvaluateAsync(console, settings, settings.Models, leftOut, gold, split, sentences, fields, dateKinds, settings.LinkErrors is not null, cancellationToken).ConfigureAwait(false) is not { } after)
        {
            return ExitCodes.Usage;
        }

        using (var text = new StringWriter())
        {
            var comparison = before is null
                ? null
                : new EvaluationComparison(before.Value.Report, after.Report, settings.Baseline!, settings.Models ?? Defaults.ModelsDescription);
            if (comparison is null)
            {
                after.Report.WriteText(text);
            }
            else
            {
                comparison.WriteText(text);
            }

            var bytes = Encoding.UTF8.GetBytes(text.ToString());
            await console.Output.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
            await console.Output.FlushAsync(cancellationToken).ConfigureAwait(false);

            if (settings.JsonPath is { } jsonPath
                && !TryWriteJson(console, jsonPath, writer =>
                {
                    if (comparison is null)
                    {
                        after.Report.WriteJson(writer);
                    }
                    else
                    {
                        comparison.WriteJson(writer);
                    }
                }))
            {
                return ExitCodes.Usage;
            }

            // The error lists are written after the scores, so a folder that cannot take them loses no figure.
            if (settings.LinkErrors is { } prefix && after.LinkErrors is { } errors
                && !(TryWriteLines(console, prefix + "-pipeline.tsv", errors.Pipeline) && TryWriteLines(console, prefix + "-gold.tsv", errors.Gold)))
            {
                return ExitCodes.Usage;
            }
        }

        return after.Failed || before?.Failed == true ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
    }

    /// <summary>Evaluates the models in <paramref name="models"/> (the default folder when null); null after an
    /// error line when they cannot be loaded or scored.</summary>
    private static async Task<Evaluated?> EvaluateAsync(
        CliConsole console,
        EvalSettings settings,
        string? models,
        (SentenceRules Sentence, BasisRules Basis) leftOut,
        GoldCorpus gold,
        CorpusSplit split,
        SentenceSource sentences,
        GoldField goldFields,
        IReadOnlySet<ClaimDateKind>? dateKinds,
        bool listLinkErrors,
        CancellationToken cancellationToken)
    {
        var runSettings = new RunSettings([], settings.Threads, 1, ShowProgress: false, models);
        if (TranscriptRun.TryCreatePipeline(console, runSettings) is not { } pipeline)
        {
            return null;
        }

        var leavesOut = leftOut.Sentence != SentenceRules.None || leftOut.Basis != BasisRules.None;
        if (leavesOut)
        {
            pipeline = new TestimonyPipeline(pipeline.Stages.Select(stage => stage is ClaimStage claims ? claims.Without(leftOut.Sentence, leftOut.Basis) : stage));
        }

        var result = new EntityEvaluator(pipeline).Evaluate(gold, split, settings.Threads, settings.Errors, cancellationToken, sentences);
        foreach (var failure in result.Failures)
        {
            await console.Error.WriteLineAsync($"error: {failure}").ConfigureAwait(false);
        }

        var report = leavesOut ? result.Report with { WithoutRules = ClaimRuleNames.ToWire(leftOut.Sentence, leftOut.Basis) } : result.Report;
        LinkErrorLists? linkErrors = null;
        try
        {
            var gazetteer = EvalLinking.LoadGazetteer(models);
            if (sentences == SentenceSource.Model)
            {
                // Geocoding scores the pipeline's own places, so it has no meaning with gold sentences; it follows entities.
                var geocoding = new GeocodingScorer(gazetteer, settings.Errors);
                foreach (var (goldTestimony, predicted) in result.Results)
                {
                    geocoding.Add(goldTestimony.Id, goldTestimony.Entities, predicted.Entities);
                }

                report = report with { Sections = report.Sections.Insert(1, geocoding.Build()) };
            }

            // The pipeline's claims through the production linkers, then the gold claims through the linker alone, so
            // that a linking error can be told from an extraction error.
            // Gold fields go into copies after claims were scored, so claim fields are still scored as predicted.
            var linked = goldFields == GoldField.None
                ? result.Results
                : [.. result.Results.Select(r => (r.Gold, GoldClaimFields.Replace(r.Gold, r.Predicted, goldFields, gazetteer, dateKinds)))];
            var errorLines = listLinkErrors ? new List<string>() : null;
            var linking = EvalLinking.Score(linked, gazetteer, cancellationToken, errorLines) with
            {
                GoldFields = goldFields == GoldField.None ? null
                    : GoldClaimFields.ToWire(goldFields) + (dateKinds is null ? string.Empty
                        : " (date only of kinds " + string.Join(",", ClaimDateKinds.All.Where(dateKinds.Contains).Select(k => k.ToWire())) + ")"),
            };
            var goldLinking = LinkingEvaluator.Evaluate(gold, split, gazetteer, cancellationToken: cancellationToken) with { Claims = "gold" };
            if (errorLines is not null)
            {
                linkErrors = new LinkErrorLists(errorLines, LinkingEvaluator.ListErrors(gold, split, gazetteer, cancellationToken: cancellationToken));
            }

            report = report with { Sections = report.Sections.Add(linking).Add(goldLinking) };
        }
        catch (Exception exception) when (exception is StoreException or IOException or UnauthorizedAccessException or ModelFormatException)
        {
            await console.Error.WriteLineAsync($"error: cannot score geocoding and incident linking ({exception.GetType().Name}: {exception.Message})").ConfigureAwait(false);
            return null;
        }

        return new Evaluated(report, !result.Failures.IsEmpty, linkErrors);
    }

    private static bool TryWriteJson(CliConsole console, string path, Action<Utf8JsonWriter> write)
    {
        try
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
            {
                write(writer);
            }

            buffer.WriteByte((byte)'\n');
            CorpusFiles.WriteAtomically(path, buffer.ToArray());
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            console.Error.WriteLine($"error: cannot write {path}: {exception.GetType().Name}");
            return false;
        }
    }

    private static bool TryWriteLines(CliConsole console, string path, IReadOnlyList<string> lines)
    {
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            text.Append(line).Append('\n');
        }

        try
        {
            CorpusFiles.WriteAtomically(path, Encoding.UTF8.GetBytes(text.ToString()));
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            console.Error.WriteLine($"error: cannot write {path}: {exception.GetType().Name}");
            return false;
        }
    }

    /// <summary>Default settings.</summary>
    public static class Defaults
    {
        /// <summary>The corpus folder when none is given.</summary>
        public const string CorpusDirectory = "corpus";

        /// <summary>The split when none is given.</summary>
        public const string Split = "test";

        /// <summary>The sentence source when none is given.</summary>
        public const string Sentences = "model";

        /// <summary>How the comparison names the models folder when --models is not given.</summary>
        public const string ModelsDescription = "(default)";
    }

    private sealed record EvalSettings(string Corpus, string Split, string Sentences, string? Models, string? JsonPath, int Errors, int Threads, string? Baseline, string? GoldFields, string? GoldDateKinds, string? LinkErrors, string? IdsPath, string? WithoutRules);

    private readonly record struct Evaluated(EvaluationReport Report, bool Failed, LinkErrorLists? LinkErrors);

    private sealed record LinkErrorLists(IReadOnlyList<string> Pipeline, IReadOnlyList<string> Gold);
}
