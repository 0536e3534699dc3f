using System.Runtime.InteropServices;
using TestimonyNlp.Entities.Lexicons;
using TestimonyNlp.Model;
using TestimonyNlp.Pipeline;

namespace TestimonyNlp.Entities;

/// <summary>
/// Gives every WEAPON mention its category once <see cref="EntityMerger"/> has settled the spans, so that a
/// mention only the tagger found (<c>the jets</c>, <c>tear gas</c>, <c>bullet</c>) is categorised like one the
/// lexicon stage found. The category comes from the weapon lexicon: the whole span (also without a leading
/// article), else a chemical, incendiary or cluster word inside it (<c>poison bombs</c>, <c>gas grenades</c>),
/// else the category the spotter gave, else its last word that the lexicon knows. A vague word
/// (<c>strike</c>, <c>bomb</c>, <c>bombing</c>) and a word the lexicon does not know take the category of what
/// delivered it: the nearest aircraft, drone or improvised-device word or mention within
/// <see cref="Defaults.SentencesBefore"/> sentences before and <see cref="Defaults.SentencesAfter"/> after,
/// else what the testimony as a whole mentions most, else IED for a lone <c>bomb</c> that did not fall (planted in a
/// cart, a car, a vest) and EXPLOSIVE_UNSPECIFIED for the rest. An attacking aircraft or vehicle
/// right after <c>the</c> takes the article into its span, as the lexicon stage does (<c>the planes</c>; MARKUP.md,
/// Determiners). An aircraft only the tagger found right after <c>has</c>, <c>have</c> or <c>no</c> ("who else has
/// planes?") is a capability, not an attacker, and is removed (MARKUP.md, Aircraft that attack nobody); the
/// remaining mentions are numbered again; so is a vague word only the tagger found that its context makes a verb
/// (<c>was bombing us</c>). Stateless and thread-safe.
/// </summary>
public sealed class WeaponCategoryStage : IPipelineStage
{
    // Folding buffers are reused from one document to the next on each worker thread (see LexiconSpotter).
    [ThreadStatic]
    private static FoldedTokens? t_folded;

    private static readonly CueSet DeviceWords = new(
        "roadside", "planted", "booby", "booby-trapped", "trap", "traps", "trapped", "suicide", "vest", "vests", "belt",
        "belts", "ied", "ieds", "detonated", "detonator", "wired");

    // Words before an aircraft that speak of having or knowing it, not of an attack.
    private static readonly string[] CapabilityWords = ["has", "have", "had", "no", "know", "knows"];

    private readonly WeaponLexicon _lexicon;

    /// <summary>Creates the stage over a loaded weapon lexicon.</summary>
    public WeaponCategoryStage(WeaponLexicon lexicon)
    {
        _lexicon = lexicon ?? throw new ArgumentNullException(nameof(lexicon));
    }

    /// <inheritdoc />
    public string Name => "weapon-categories";

    /// <summary>Loads the weapon lexicon (<see cref="LexiconSpotter.Defaults.WeaponsFile"/>) from
    /// <paramref name="modelsDirectory"/> and creates the stage.</summary>
    /// <exception cref="ModelFormatException">The lexicon file has the wrong version or a malformed line.</exception>
    public static WeaponCategoryStage Load(string modelsDirectory)
    {
        ArgumentNullException.ThrowIfNull(modelsDirectory);
        return new WeaponCategoryStage(WeaponLexicon.Load(Path.Combine(modelsDirectory, LexiconSpotter.Defaults.WeaponsFile)));
    }

    /// <summary>Sets the category (and, where missing, the canonical form) of every WEAPON mention.</summary>
    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var entities = document.Entities;
        var weapons = new List<Weapon>();
        var tokens = CollectionsMarshal.AsSpan(document.Tokens);
        for (var i = 0; i < entities.Count; i++)
        {
            if (entities[i].Type == EntityType.Weapon)
            {
                weapons.Add(Decide(document.Text, tokens, entities[i], i));
            }
        }

        if (weapons.Count == 0)
        {
            return;
        }

        var pending = false;
        foreach (var weapon in weapons)
        {
            pending |= weapon.Pending != Pending.None;
        }

        if (pending && tokens.Length > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var folded = t_folded ?? new FoldedTokens();
            t_folded = tokens.Length <= LexiconSpotter.Defaults.MaxReusedTokens ? folded : null;
            folded.Fold(document.Text, tokens);
            var context = new Context(document.Text, folded, SentenceIndex.Create(tokens.Length, document.Sentences), weapons);
            context.ResolveDelivered();
            context.ResolveVague();
        }

        foreach (var weapon in weapons)
        {
            var mention = entities[weapon.Index];
            if (weapon.ArticleStart >= 0 && (weapon.Index == 0 || entities[weapon.Index - 1].End <= weapon.ArticleStart))
            {
                mention = mention with { Start = weapon.ArticleStart, Text = document.Text[weapon.ArticleStart..mention.End] };
                entities[weapon.Index] = mention;
            }

            var category = weapon.Category ?? WeaponCategory.ExplosiveUnspecified;
            // A category the spotter did not give comes with its own canonical form ("strike" that aircraft made is
            // an "air strike").
            var normalized = category != mention.Category && weapon.Canonical is not null
                ? weapon.Canonical
                : mention.Normalized ?? weapon.Canonical;
            if (mention.Category != category || mention.Normalized != normalized)
            {
                entities[weapon.Index] = mention with { Category = category, Normalized = normalized };
            }
        }

        RemoveDropped(entities, weapons);
    }

    /// <summary>Drops the aircraft the tagger marked where the testimony speaks of having them ("who else has
    /// planes?", "no planes"; MARKUP.md, Aircraft that attack nobody) and the vague words it marked that are verbs
    /// ("was bombing us"), and numbers the mentions again.</summary>
    private static void RemoveDropped(List<EntityMention> entities, List<Weapon> weapons)
    {
        var w = 0;
        while (w < weapons.Count && !weapons[w].Drop)
        {
            w++;
        }

        if (w == weapons.Count)
        {
            return;
        }

        // One pass: weapons are in text order, so their indices rise with the entities'.
        var kept = weapons[w].Index;
        for (var i = kept; i < entities.Count; i++)
        {
            while (w < weapons.Count && weapons[w].Index < i)
            {
                w++;
            }

            if (w < weapons.Count && weapons[w].Index == i && weapons[w].Drop)
            {
                continue;
            }

            var id = "e" + (kept + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            entities[kept++] = entities[i].Id == id ? entities[i] : entities[i] with { Id = id };
        }

        entities.RemoveRange(kept, entities.Count - kept);
    }

    /// <summary>What the lexicon alone says of one mention; context decides the rest.</summary>
    private Weapon Decide(string text, ReadOnlySpan<Token> tokens, EntityMention mention, int index)
    {
        var (first, last) = TokenRange(tokens, mention.Start, mention.End);
        var weapon = new Weapon { Index = index, First = first, Last = last, Category = mention.Category, TaggerOnly = mention.Category is null };
        if (first < 0)
        {
            weapon.Category ??= WeaponCategory.ExplosiveUnspecified;
            return weapon;
        }

        if (TryWhole(text, tokens, first, mention.End, out var entry))
        {
            weapon.Canonical = entry.Canonical;
            weapon.Entry = entry;
            // The lexicon stage applies the attacker rule itself; a tagger mention after "has" or "no" is a capability.
            weapon.Drop = entry.Rule == WeaponRule.Attacker && mention.Category is null && first > 0
                                && IsCapabilityWord(tokens[first - 1].Span(text));
            if (entry.Rule is WeaponRule.Attacker or WeaponRule.Vehicle && first > 0 && IsThe(tokens[first - 1].Span(text))
                && OnlySpaces(text, tokens[first - 1].End, tokens[first].Start))
            {
                // The tagger's "planes" after "the": attacking vehicles keep the article (MARKUP.md, Determiners).
                weapon.ArticleStart = tokens[first - 1].Start;
            }

            switch (entry.Rule)
            {
                case WeaponRule.Vague:
                    weapon.Pending = Pending.Vague;
                    break;
                case WeaponRule.Mine or WeaponRule.MinePlural when mention.Category is null:
                    weapon.Pending = Pending.Falling;
                    break;
                case WeaponRule.Generic when mention.Category is null:
                    weapon.Pending = Pending.Generic;
                    break;
                case WeaponRule.None:
                    weapon.Category = entry.Category;
                    break;
                default:
                    // The lexicon stage's context rule already chose (a mine that fell is a mortar).
                    weapon.Category ??= entry.Category;
                    break;
            }

            return weapon;
        }

        // Parts: a chemical, incendiary or cluster word makes the whole one ("poison bombs", "gas grenades").
        WeaponEntry? head = null;
        for (var t = last; t >= first; t--)
        {
            if (!_lexicon.TryGet(tokens[t].Span(text), out var part))
            {
                continue;
            }

            if (part.Category is WeaponCategory.Chemical or WeaponCategory.Incendiary or WeaponCategory.ClusterMunition)
            {
                weapon.Category = part.Category;
                weapon.Canonical = part.Canonical;
                return weapon;
            }

            head ??= part;
        }

        if (weapon.Category is not null)
        {
            return weapon;
        }

        if (head is not null && head.Rule != WeaponRule.Vague)
        {
            weapon.Category = head.Category;
            weapon.Canonical = head.Canonical;
            return weapon;
        }

        weapon.Entry = head;
        weapon.Canonical = head?.Canonical;
        weapon.Pending = Pending.Vague;
        return weapon;
    }

    /// <summary>The whole span in the lexicon, also without a leading article ("the plane", "an air strike").</summary>
    private bool TryWhole(string text, ReadOnlySpan<Token> tokens, int first, int end, out WeaponEntry entry)
    {
        var start = tokens[first].Start;
        if (_lexicon.TryGet(text.AsSpan(start, end - start), out entry))
        {
            return true;
        }

        var span = tokens[first].Span(text);
        if (first + 1 < tokens.Length && tokens[first + 1].Start < end
            && (IsThe(span) || span.Equals("a", StringComparison.OrdinalIgnoreCase) || span.Equals("an", StringComparison.OrdinalIgnoreCase)))
        {
            start = tokens[first + 1].Start;
            return _lexicon.TryGet(text.AsSpan(start, end - start), out entry);
        }

        return false;
    }

    private static bool IsThe(ReadOnlySpan<char> word) => word.Equals("the", StringComparison.OrdinalIgnoreCase);

    private static bool IsCapabilityWord(ReadOnlySpan<char> word)
    {
        foreach (var capability in CapabilityWords)
        {
            if (word.Equals(capability, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool OnlySpaces(string text, int from, int to) => to > from && text.AsSpan(from, to - from).IsWhiteSpace();

    /// <summary>The first and last token inside <c>[start, end)</c>, or (-1, -1) when none is.</summary>
    private static (int First, int Last) TokenRange(ReadOnlySpan<Token> tokens, int start, int end)
    {
        var (lo, hi) = (0, tokens.Length);
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].Start < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        var last = lo - 1;
        while (last + 1 < tokens.Length && tokens[last + 1].End <= end)
        {
            last++;
        }

        return last >= lo ? (lo, last) : (-1, -1);
    }

    /// <summary>What a mention still needs from its context.</summary>
    private enum Pending : byte
    {
        None,

        /// <summary>A mine: a mortar bomb when its sentence says it fell or was fired.</summary>
        Falling,

        /// <summary>A generic shell: the category of the mortar, artillery or rocket mention before it.</summary>
        Generic,

        /// <summary>A vague or unknown word: the category of what delivered it.</summary>
        Vague,
    }

    private sealed class Weapon
    {
        public int Index;
        public int First;
        public int Last;
        public WeaponEntry? Entry;
        public WeaponCategory? Category;
        public string? Canonical;
        public Pending Pending;
        public int ArticleStart = -1;
        public bool Drop;
        public bool TaggerOnly;
    }

    /// <summary>The evidence of one document: its folded tokens, sentences and weapon mentions.</summary>
    private sealed class Context(string text, FoldedTokens tokens, SentenceIndex sentences, List<Weapon> weapons)
    {
        private int[]? _documentCounts;

        /// <summary>Mines that fell and generic shells, from their sentence and the mentions before them.</summary>
        public void ResolveDelivered()
        {
            for (var w = 0; w < weapons.Count; w++)
            {
                var weapon = weapons[w];
                if (weapon.Pending == Pending.Falling)
                {
                    var (from, to) = Window(weapon, 0, 0);
                    var falling = WeaponResolver.FallingWords.AnyIn(text, tokens, from, to, weapon.First, weapon.Last);
                    weapon.Category = falling ? WeaponCategory.Mortar : weapon.Entry!.Category;
                    weapon.Canonical = falling ? WeaponResolver.Defaults.MortarCanonical : weapon.Canonical;
                    weapon.Pending = Pending.None;
                }
                else if (weapon.Pending == Pending.Generic)
                {
                    var (from, _) = Window(weapon, Defaults.GenericSentencesBefore, 0);
                    weapon.Category = weapon.Entry!.Category;
                    for (var p = w - 1; p >= 0 && weapons[p].First >= from; p--)
                    {
                        if (weapons[p].Category is WeaponCategory.Mortar or WeaponCategory.Artillery or WeaponCategory.Rocket)
                        {
                            weapon.Category = weapons[p].Category;
                            break;
                        }
                    }

                    weapon.Pending = Pending.None;
                }
            }
        }

        /// <summary>Vague and unknown words: the nearest delivery near them, else the testimony's, else unspecified.</summary>
        public void ResolveVague()
        {
            for (var w = 0; w < weapons.Count; w++)
            {
                var weapon = weapons[w];
                if (weapon.Pending != Pending.Vague)
                {
                    continue;
                }

                if (weapon.TaggerOnly && weapon.Entry is { Rule: WeaponRule.Vague } && IsVerb(weapon))
                {
                    // "the coalition was bombing us": verbs are never weapons (MARKUP.md, What is a WEAPON).
                    weapon.Drop = true;
                }

                var (from, to) = Window(weapon, Defaults.SentencesBefore, Defaults.SentencesAfter);
                var best = Delivery.None;
                var bestDistance = int.MaxValue;
                for (var d = Delivery.Aircraft; d <= Delivery.Device; d++)
                {
                    var distance = Nearest(w, d, from, to);
                    if (distance < bestDistance)
                    {
                        (best, bestDistance) = (d, distance);
                    }
                }

                if (best == Delivery.None)
                {
                    var counts = DocumentCounts();
                    for (var d = Delivery.Aircraft; d <= Delivery.Device; d++)
                    {
                        if (counts[(int)d] > 0 && (best == Delivery.None || counts[(int)d] > counts[(int)best]))
                        {
                            best = d;
                        }
                    }
                }

                (weapon.Category, weapon.Canonical) = best switch
                {
                    Delivery.Aircraft => (WeaponCategory.Airstrike, WeaponResolver.Defaults.AirstrikeCanonical),
                    Delivery.Drone => (WeaponCategory.DroneStrike, WeaponResolver.Defaults.DroneStrikeCanonical),
                    Delivery.Device => (WeaponCategory.Ied, weapon.Canonical),
                    // A bomb that did not fall, in a testimony that names nothing to drop it, was planted: in a cart, a car, a vest.
                    _ when IsLoneBomb(weapon) => (WeaponCategory.Ied, weapon.Canonical),
                    _ => (WeaponCategory.ExplosiveUnspecified, weapon.Canonical),
                };
                weapon.Pending = Pending.None;
            }
        }

        /// <summary>True for a mention that is the one word <c>bomb</c> (singular: "bombs" are as often dropped) and
        /// whose sentence does not say it fell or was dropped.</summary>
        private bool IsLoneBomb(Weapon weapon)
        {
            if (weapon.First != weapon.Last
                || !text.AsSpan(tokens.Start(weapon.First), tokens.End(weapon.First) - tokens.Start(weapon.First)).Equals("bomb", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            var (from, to) = Window(weapon, 0, 0);
            return !WeaponResolver.FallingWords.AnyIn(text, tokens, from, to, weapon.First, weapon.Last);
        }

        private bool IsVerb(Weapon weapon)
        {
            var previous = weapon.First - 1;
            if (weapon.First != weapon.Last || previous < 0 || sentences.SentenceOf(previous) != sentences.SentenceOf(weapon.First))
            {
                return false;
            }

            var word = text.AsSpan(tokens.Start(weapon.First), tokens.End(weapon.First) - tokens.Start(weapon.First));
            return WeaponResolver.IsVerbCue(text, tokens, previous, word.EndsWith("ing", StringComparison.OrdinalIgnoreCase));
        }

        private static CueSet Words(Delivery delivery) => delivery switch
        {
            Delivery.Aircraft => WeaponResolver.AircraftWords,
            Delivery.Drone => WeaponResolver.DroneWords,
            _ => DeviceWords,
        };

        private static Delivery Of(WeaponCategory? category) => category switch
        {
            WeaponCategory.Airstrike => Delivery.Aircraft,
            WeaponCategory.DroneStrike => Delivery.Drone,
            // Mines and devices are left behind by the same hands: a bomb near them was planted, not dropped.
            WeaponCategory.Ied or WeaponCategory.Landmine => Delivery.Device,
            _ => Delivery.None,
        };

        /// <summary>Token distance from weapon <paramref name="w"/> to the nearest word or settled mention of
        /// <paramref name="delivery"/> in <c>[from, to)</c>; <see cref="int.MaxValue"/> when none.</summary>
        private int Nearest(int w, Delivery delivery, int from, int to)
        {
            var weapon = weapons[w];
            var best = int.MaxValue;
            var word = Words(delivery).Nearest(text, tokens, from, to, weapon.First);
            if (word >= 0 && (word < weapon.First || word > weapon.Last))
            {
                best = Distance(word, word, weapon);
            }

            // Mentions are in text order: only the neighbours inside the window are looked at.
            for (var o = w - 1; o >= 0 && weapons[o].First >= from; o--)
            {
                best = Math.Min(best, DistanceIf(weapons[o], weapon, delivery));
            }

            for (var o = w + 1; o < weapons.Count && weapons[o].First < to; o++)
            {
                best = Math.Min(best, DistanceIf(weapons[o], weapon, delivery));
            }

            return best;
        }

        private static int DistanceIf(Weapon other, Weapon weapon, Delivery delivery) =>
            other.Pending == Pending.None && Of(other.Category) == delivery ? Distance(other.First, other.Last, weapon) : int.MaxValue;

        /// <summary>How often the testimony names each delivery, words and settled mentions together.</summary>
        private int[] DocumentCounts()
        {
            if (_documentCounts is not null)
            {
                return _documentCounts;
            }

            var counts = new int[(int)Delivery.Device + 1];
            for (var t = 0; t < tokens.Count; t++)
            {
                for (var d = Delivery.Aircraft; d <= Delivery.Device; d++)
                {
                    if (Words(d).Contains(text, tokens, t))
                    {
                        counts[(int)d]++;
                    }
                }
            }

            foreach (var other in weapons)
            {
                if (other.Pending == Pending.None)
                {
                    counts[(int)Of(other.Category)]++;
                }
            }

            counts[(int)Delivery.None] = 0;
            return _documentCounts = counts;
        }

        private static int Distance(int first, int last, Weapon weapon) =>
            last < weapon.First ? weapon.First - last : first > weapon.Last ? first - weapon.Last : 0;

        private (int From, int To) Window(Weapon weapon, int before, int after)
        {
            var (from, to) = sentences.Window(weapon.First, before, after);
            return (Math.Max(from, weapon.First - Defaults.MaxWindowTokens), Math.Min(to, weapon.Last + 1 + Defaults.MaxWindowTokens));
        }
    }

    /// <summary>What delivered a vague weapon.</summary>
    private enum Delivery
    {
        None,
        Aircraft,
        Drone,
        Device,
    }

    /// <summary>How far the context rules look.</summary>
    public static class Defaults
    {
        /// <summary>Sentences before a vague word that may say what delivered it.</summary>
        public const int SentencesBefore = 6;

        /// <summary>Sentences after a vague word that may say what delivered it.</summary>
        public const int SentencesAfter = 1;

        /// <summary>Sentences before a generic shell whose mortar, artillery or rocket mention it refers to.</summary>
        public const int GenericSentencesBefore = 3;

        /// <summary>The most tokens a rule looks at on either side of a mention.</summary>
        public const int MaxWindowTokens = 120;
    }
}
