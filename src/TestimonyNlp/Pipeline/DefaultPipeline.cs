using TestimonyNlp.Claims;
using TestimonyNlp.Claims.Classification;
using TestimonyNlp.Entities;
using TestimonyNlp.Entities.Headers;
using TestimonyNlp.Entities.Lexicons;
using TestimonyNlp.Entities.Places;
using TestimonyNlp.Entities.Tagger;
using TestimonyNlp.Text;

namespace TestimonyNlp.Pipeline;

/// <summary>The pipeline every command runs: the stages that exist, in their fixed order.</summary>
public static class DefaultPipeline
{
    /// <summary>The environment variable that points at another models folder.</summary>
    public const string ModelsVariable = "TESTIMONY_MODELS";

    /// <summary>
    /// The models folder: <see cref="ModelsVariable"/> when set, else <c>models/</c> beside the program, where the
    /// build copies the repository's models.
    /// </summary>
    public static string DefaultModelsDirectory =>
        Environment.GetEnvironmentVariable(ModelsVariable) is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : Path.Combine(AppContext.BaseDirectory, "models");

    /// <summary>Builds the pipeline once, loading its models; the stages are shared by every worker thread.</summary>
    /// <exception cref="ModelFormatException">A model file has the wrong format or version.</exception>
    /// <exception cref="IOException">A model file is missing or cannot be read.</exception>
    public static TestimonyPipeline Create(string modelsDirectory) => Create(modelsDirectory, withClaims: true);

    /// <summary>
    /// Builds the entity stages only, without the claim stage: what the claim classifiers are trained on, so that a
    /// claim model of an older format never stops its own retraining.
    /// </summary>
    /// <exception cref="ModelFormatException">A model file has the wrong format or version.</exception>
    /// <exception cref="IOException">A model file is missing or cannot be read.</exception>
    public static TestimonyPipeline CreateEntityStages(string modelsDirectory) => Create(modelsDirectory, withClaims: false);

    private static TestimonyPipeline Create(string modelsDirectory, bool withClaims)
    {
        var places = PlaceGazetteer.Load(Path.Combine(modelsDirectory, Defaults.PlacesFile));
        var lexicons = LexiconSpotter.Load(modelsDirectory);
        var stages = new List<IPipelineStage>
        {
            new TextStage(),
            new PlaceSpotter(places),
            new HeaderEntityStage(places),
            lexicons,
        };

        // The tagger exists only once `testimony train` has run on a corpus; until then the spotters work alone.
        if (File.Exists(Path.Combine(modelsDirectory, TaggerStage.Defaults.ModelFile)))
        {
            stages.Add(TaggerStage.Load(modelsDirectory));
        }

        stages.Add(new PlaceNormaliser(places));
        stages.Add(new PlaceRetyper(lexicons.Actors));
        stages.Add(new NumericDateSpotter());
        stages.Add(new CalendarDateSpans());
        stages.Add(new EntityMerger());
        stages.Add(new DateNormaliser(LoadEpisodes(modelsDirectory)));
        stages.Add(WeaponCategoryStage.Load(modelsDirectory));

        // The claim classifiers exist only once `testimony train` has run; until then no claims are built.
        if (withClaims && File.Exists(Path.Combine(modelsDirectory, ClaimClassifier.Defaults.ModelFile)))
        {
            stages.Add(new ClaimStage(ClaimClassifier.LoadFrom(modelsDirectory), ClaimBasisModel.LoadFrom(modelsDirectory)));
        }

        return new TestimonyPipeline(stages);
    }

    // A models folder from before the episode table dates no testimony by an episode.
    private static ConflictEpisodes LoadEpisodes(string modelsDirectory)
    {
        var path = Path.Combine(modelsDirectory, Defaults.EpisodesFile);
        return File.Exists(path) ? ConflictEpisodes.Load(path) : ConflictEpisodes.Empty;
    }

    /// <summary>Builds the pipeline with the models in <see cref="DefaultModelsDirectory"/>.</summary>
    public static TestimonyPipeline Create() => Create(DefaultModelsDirectory);

    /// <summary>Default settings.</summary>
    public static class Defaults
    {
        /// <summary>The place gazetteer's file name in the models folder.</summary>
        public const string PlacesFile = "places.bin";

        /// <summary>The conflict episode table's file name in the models folder.</summary>
        public const string EpisodesFile = "episodes.tsv";
    }
}
