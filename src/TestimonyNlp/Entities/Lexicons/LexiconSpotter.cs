using System.Runtime.InteropServices;
using TestimonyNlp.Model;
using TestimonyNlp.Pipeline;

namespace TestimonyNlp.Entities.Lexicons;

/// <summary>
/// The lexicon stage: finds the weapons and armed actors a testimony names, from the weapon and actor lexicons,
/// and adds them to <see cref="Document.Entities"/> (text order, merged with what earlier stages added) with
/// <see cref="EntityMention.Id"/> empty for a later stage to number. A WEAPON carries its category and canonical
/// form; context-dependent forms (<c>the planes</c>, <c>mine</c>, <c>barrel</c>, <c>strike</c>, <c>shell</c>)
/// pass the rules of <see cref="WeaponRule"/> first. An ACTOR carries its canonical name; an ambiguous alias
/// (<c>the army</c>, <c>the coalition</c>) is resolved by the testimony's country, learnt from place names in
/// the text and from the header's place, with a lower confidence when that country is uncertain. A nationality
/// adjective is an actor only right before a weapon (<c>the [Russian] [planes]</c>), a common noun such as
/// <c>the police</c> not where it only modifies a place (<c>the police station</c>), and an article stays outside a
/// name (corpus/MARKUP.md's conventions). Where a weapon and an actor overlap the longer wins, the actor on a tie.
/// Given names are not used: a name alone is never a PERSON. Needs the tokens and sentences of the text stage.
/// Stateless and thread-safe.
/// </summary>
public sealed class LexiconSpotter : IPipelineStage
{
    // Folding buffers are reused from one document to the next on each worker thread, except after a document
    // large enough that keeping its buffers would hold memory for nothing.
    [ThreadStatic]
    private static FoldedTokens? t_folded;

    private static readonly CueSet Article = new("the");

    // "the Russian side": an attributive alias names the party here too.
    private static readonly CueSet SideWords = new("side", "sides");

    // Nouns a common-noun alias modifies rather than names a party with ("the police station", "an army camp").
    private static readonly CueSet ModifiedNouns = new(
        "station", "stations", "post", "posts", "base", "bases", "camp", "camps", "barracks", "headquarters", "office", "offices",
        "officer", "officers", "uniform", "uniforms", "vehicle", "vehicles", "car", "cars", "intelligence", "unit", "units", "presence",
        "hospital", "school", "checkpoint", "checkpoints");

    private readonly WeaponLexicon _weapons;
    private readonly ActorLexicon _actors;

    /// <summary>Creates the stage over loaded lexicons.</summary>
    public LexiconSpotter(WeaponLexicon weapons, ActorLexicon actors)
    {
        _weapons = weapons ?? throw new ArgumentNullException(nameof(weapons));
        _actors = actors ?? throw new ArgumentNullException(nameof(actors));
    }

    /// <inheritdoc />
    public string Name => "lexicons";

    /// <summary>The actor lexicon the stage spots with.</summary>
    public ActorLexicon Actors => _actors;

    /// <summary>Loads <see cref="Defaults.WeaponsFile"/> and <see cref="Defaults.ActorsFile"/> from
    /// <paramref name="modelsDirectory"/> and creates the stage.</summary>
    /// <exception cref="ModelFormatException">A lexicon file has the wrong version or a malformed line.</exception>
    public static LexiconSpotter Load(string modelsDirectory)
    {
        ArgumentNullException.ThrowIfNull(modelsDirectory);
        return new LexiconSpotter(
            WeaponLexicon.Load(Path.Combine(modelsDirectory, Defaults.WeaponsFile)),
            ActorLexicon.Load(Path.Combine(modelsDirectory, Defaults.ActorsFile)));
    }

    /// <summary>Adds the weapon and actor mentions of <paramref name="document"/>.</summary>
    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokenList = document.Tokens;
        if (tokenList.Count == 0)
        {
            return;
        }

        var text = document.Text;
        var folded = t_folded ?? new FoldedTokens();
        t_folded = tokenList.Count <= Defaults.MaxReusedTokens ? folded : null;
        folded.Fold(text, CollectionsMarshal.AsSpan(tokenList));
        var sentences = SentenceIndex.Create(tokenList.Count, document.Sentences);

        var weapons = new List<PhraseMatch<WeaponEntry>>();
        var actors = new List<PhraseMatch<ActorAlias>>();
        var scratch = new List<PhraseMatch<ActorAlias>>();
        for (var s = 0; s < sentences.Count; s++)
        {
            if ((s & 1023) == 1023)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var first = sentences.First(s);
            var count = sentences.End(s) - first;
            _weapons.Phrases.FindAll(text, folded, first, count, weapons);
            var before = actors.Count;
            _actors.Phrases.FindAll(text, folded, first, count, actors);
            PreferNameAfterArticle(text, folded, actors, before, sentences.End(s), scratch);
        }

        if (weapons.Count == 0 && actors.Count == 0)
        {
            return;
        }

        var country = CountryKeywords.Detect(document, folded, []);
        var view = new DocumentView(text, folded, sentences, country);
        var resolved = new List<ResolvedWeapon>(weapons.Count);
        WeaponResolver.Resolve(view, weapons, resolved);

        var mentions = new List<EntityMention>(resolved.Count + actors.Count);
        var w = 0;
        var a = 0;
        var nextWeapon = 0;
        while (w < resolved.Count || a < actors.Count)
        {
            EntityMention? mention;
            if (a >= actors.Count || (w < resolved.Count && resolved[w].Match.Start < actors[a].Start))
            {
                mention = Weapon(text, resolved[w++]);
            }
            else
            {
                var actor = actors[a++];
                mention = IsActorHere(text, folded, actor, weapons, ref nextWeapon) ? Actor(text, actor, country) : null;
            }

            if (mention is not null)
            {
                AddKeepingLonger(mentions, mention);
            }
        }

        MergeInto(document.Entities, mentions);
    }

    /// <summary>
    /// Replaces each match from <paramref name="from"/> on that begins with <c>the</c> (<c>the Clan</c>) by a longer
    /// match that begins right after the article (<c>Clan del Golfo</c>), since the article stays outside a name
    /// (corpus/MARKUP.md, "Determiners"); matches the longer one covers are dropped.
    /// </summary>
    private void PreferNameAfterArticle(
        string text, FoldedTokens folded, List<PhraseMatch<ActorAlias>> actors, int from, int end, List<PhraseMatch<ActorAlias>> scratch)
    {
        for (var i = from; i < actors.Count; i++)
        {
            var match = actors[i];
            if (match.LastToken == match.FirstToken || match.Start != folded.Start(match.FirstToken)
                || !Article.Contains(text, folded, match.FirstToken))
            {
                continue;
            }

            scratch.Clear();
            _actors.Phrases.FindAll(text, folded, match.FirstToken + 1, end - match.FirstToken - 1, scratch);
            if (scratch.Count == 0 || scratch[0].FirstToken != match.FirstToken + 1 || scratch[0].End <= match.End)
            {
                continue;
            }

            actors[i] = scratch[0];
            while (i + 1 < actors.Count && actors[i + 1].Start < scratch[0].End)
            {
                actors.RemoveAt(i + 1);
            }
        }
    }

    /// <summary>
    /// False for an attributive alias that is not right before a weapon or <c>side</c> (<c>a Russian doctor</c>),
    /// and for a common-noun alias that only modifies a place, a person or a thing (<c>the police station</c>,
    /// <c>an army camp</c>). <paramref name="nextWeapon"/> walks <paramref name="weapons"/> (in text order) along
    /// with the actor matches.
    /// </summary>
    private static bool IsActorHere(
        string text, FoldedTokens folded, PhraseMatch<ActorAlias> actor, List<PhraseMatch<WeaponEntry>> weapons, ref int nextWeapon)
    {
        var next = actor.LastToken + 1;
        if (actor.Payload.IsAttributive)
        {
            // "Russian-made" is no attribution: the adjective must be a whole word.
            if (actor.End != folded.End(actor.LastToken))
            {
                return false;
            }

            while (nextWeapon < weapons.Count && weapons[nextWeapon].FirstToken < next)
            {
                nextWeapon++;
            }

            var weaponNext = nextWeapon < weapons.Count
                && weapons[nextWeapon].FirstToken == next && weapons[nextWeapon].Start == folded.Start(next);
            return weaponNext || SideWords.Contains(text, folded, next);
        }

        return !actor.Payload.IsCommonNoun || actor.End != folded.End(actor.LastToken) || !ModifiedNouns.Contains(text, folded, next);
    }

    private static EntityMention Weapon(string text, ResolvedWeapon weapon)
    {
        var (start, end) = (weapon.Match.Start, weapon.Match.End);
        return new EntityMention("", EntityType.Weapon, start, end, text[start..end], weapon.Canonical, weapon.Confidence)
        {
            Category = weapon.Category,
        };
    }

    private static EntityMention? Actor(string text, PhraseMatch<ActorAlias> match, DocumentCountry country)
    {
        if (!match.Payload.TryResolve(country.Code, out var resolution))
        {
            return null;
        }

        var confidence = resolution.Kind switch
        {
            ActorResolutionKind.Unambiguous => Defaults.ActorUnambiguous,
            ActorResolutionKind.Country when country.Source == CountrySource.Text => Defaults.ActorCountryFromText,
            ActorResolutionKind.Country => Defaults.ActorCountryFromHeader,
            ActorResolutionKind.Default when country.Code is not null => Defaults.ActorUnambiguous,
            ActorResolutionKind.Default => Defaults.ActorDefault,
            _ => Defaults.ActorGuess,
        };
        return new EntityMention("", EntityType.Actor, match.Start, match.End, text[match.Start..match.End], resolution.Canonical, confidence);
    }

    /// <summary>Appends <paramref name="mention"/> (in start order) unless it overlaps a longer mention already there;
    /// removes the shorter ones it overlaps.</summary>
    private static void AddKeepingLonger(List<EntityMention> mentions, EntityMention mention)
    {
        while (mentions.Count > 0 && mentions[^1].End > mention.Start)
        {
            var last = mentions[^1];
            var lastLength = last.End - last.Start;
            var length = mention.End - mention.Start;
            if (lastLength > length || (lastLength == length && last.Type == EntityType.Actor))
            {
                return;
            }

            mentions.RemoveAt(mentions.Count - 1);
        }

        mentions.Add(mention);
    }

    /// <summary>Merges <paramref name="added"/> into <paramref name="entities"/> by start offset, keeping the
    /// existing mention first on equal starts.</summary>
    private static void MergeInto(List<EntityMention> entities, List<EntityMention> added)
    {
        if (added.Count == 0)
        {
            return;
        }

        if (entities.Count == 0 || entities[^1].Start <= added[0].Start)
        {
            entities.AddRange(added);
            return;
        }

        var merged = new List<EntityMention>(entities.Count + added.Count);
        var (i, j) = (0, 0);
        while (i < entities.Count || j < added.Count)
        {
            merged.Add(j >= added.Count || (i < entities.Count && entities[i].Start <= added[j].Start) ? entities[i++] : added[j++]);
        }

        entities.Clear();
        entities.AddRange(merged);
    }

    /// <summary>Default file names and confidences.</summary>
    public static class Defaults
    {
        /// <summary>The weapon lexicon's file name in the models folder.</summary>
        public const string WeaponsFile = "weapons.tsv";

        /// <summary>The actor lexicon's file name in the models folder.</summary>
        public const string ActorsFile = "actors.tsv";

        /// <summary>The given-name lexicon's file name in the models folder.</summary>
        public const string GivenNamesFile = "given-names.tsv";

        /// <summary>The most tokens a document may have for its folding buffers to be kept for the next one.</summary>
        public const int MaxReusedTokens = 1 << 18;

        /// <summary>An alias with one meaning anywhere.</summary>
        public const double ActorUnambiguous = 0.95;

        /// <summary>An ambiguous alias resolved by a country named in the text.</summary>
        public const double ActorCountryFromText = 0.85;

        /// <summary>An ambiguous alias resolved by the header's interview place only.</summary>
        public const double ActorCountryFromHeader = 0.7;

        /// <summary>The meaning an alias has outside its listed countries, in a testimony whose country is unknown
        /// (with a known country outside the list, the meaning is as sure as an unambiguous one).</summary>
        public const double ActorDefault = 0.7;

        /// <summary>An ambiguous alias in a testimony whose country is unknown: the first listed meaning.</summary>
        public const double ActorGuess = 0.4;
    }
}
