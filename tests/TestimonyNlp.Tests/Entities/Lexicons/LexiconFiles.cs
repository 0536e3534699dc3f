using TestimonyNlp.Entities.Lexicons;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Entities.Lexicons;

/// <summary>The committed lexicons, loaded once for all tests.</summary>
internal static class LexiconFiles
{
    private static readonly Lazy<WeaponLexicon> LazyWeapons = new(() => WeaponLexicon.Load(PathOf("weapons.tsv")));
    private static readonly Lazy<ActorLexicon> LazyActors = new(() => ActorLexicon.Load(PathOf("actors.tsv")));
    private static readonly Lazy<GivenNameLexicon> LazyNames = new(() => GivenNameLexicon.Load(PathOf("given-names.tsv")));

    public static string Models => Path.Combine(TestPaths.RepositoryRoot, "models");

    public static WeaponLexicon Weapons => LazyWeapons.Value;

    public static ActorLexicon Actors => LazyActors.Value;

    public static GivenNameLexicon Names => LazyNames.Value;

    public static string PathOf(string file) => Path.Combine(Models, file);
}
