using TestimonyNlp.Model;

namespace TestimonyNlp.Entities.Lexicons;

/// <summary>A weapon match that passed its context rule, with the category and canonical form the rule gave it.</summary>
internal readonly record struct ResolvedWeapon(PhraseMatch<WeaponEntry> Match, WeaponCategory Category, string Canonical, double Confidence);

/// <summary>One testimony as the context rules see it: folded tokens, sentences and country.</summary>
internal sealed record DocumentView(string Text, FoldedTokens Tokens, SentenceIndex Sentences, DocumentCountry Country)
{
    /// <summary>The token just before a match in its sentence, or -1 (also when the match starts inside a token).</summary>
    public int Previous<T>(PhraseMatch<T> match)
    {
        var t = match.FirstToken - 1;
        return match.Start == Tokens.Start(match.FirstToken) && t >= 0 && Sentences.SentenceOf(t) == Sentences.SentenceOf(match.FirstToken)
            ? t
            : -1;
    }

    /// <summary>The token just after a match in its sentence, or -1 (also when the match ends inside a token).</summary>
    public int Next<T>(PhraseMatch<T> match)
    {
        var t = match.LastToken + 1;
        return match.End == Tokens.End(match.LastToken) && t < Tokens.Count && Sentences.SentenceOf(t) == Sentences.SentenceOf(match.LastToken)
            ? t
            : -1;
    }
}

/// <summary>
/// Applies the context rules of <see cref="WeaponRule"/> to the weapon matches of one testimony. The rules look at
/// single words within a few sentences of the match, at the other weapon matches, and at the testimony's country.
/// </summary>
internal static class WeaponResolver
{
    private static readonly CueSet AttackWords = new(
        "bomb", "bombs", "bombed", "bombing", "bombings", "bombard", "bombarded", "bombardment", "struck", "strike", "strikes",
        "striking", "hit", "hits", "hitting", "drop", "drops", "dropped", "dropping", "fire", "fired", "fires", "firing", "shot",
        "shoot", "shoots", "shooting", "shelled", "shelling", "attack", "attacked", "attacking", "attacks", "target", "targeted",
        "targeting", "raid", "raids", "destroyed", "destroy", "exploded", "explosion", "explosions", "blast", "killed", "kill",
        "missile", "missiles", "rocket", "rockets", "barrel", "barrels");

    private static readonly CueSet PeacefulAircraftWords = new(
        "land", "lands", "landed", "landing", "passenger", "passengers", "flight", "flights", "travel", "travelled", "traveled",
        "cargo", "aid", "evacuated", "evacuation");

    private static readonly CueSet MineWords = new(
        "stepped", "step", "steps", "stepping", "exploded", "explode", "explodes", "exploding", "explosion", "blew", "blown",
        "blast", "field", "fields", "minefield", "minefields", "planted", "plant", "planting", "laid", "buried", "clear",
        "cleared", "clearing", "demining", "deminer", "deminers", "engineers", "detonated", "detonate", "tripwire", "trap", "booby",
        "antipersonnel", "anti-personnel", "antitank", "anti-tank", "landmine", "landmines", "mines");

    private static readonly CueSet MineDeterminers = new(
        "a", "an", "the", "one", "another", "each", "every", "any", "first", "second", "third", "single", "hidden", "buried");

    private static readonly CueSet PronounMarkers = new("of", "is", "was", "are", "were", "be", "'s", "and", "or", "not");

    /// <summary>Words that say a mortar bomb or "mine" fell or was fired.</summary>
    internal static readonly CueSet FallingWords = new(
        "fell", "fall", "falls", "falling", "landed", "fired", "firing", "incoming", "whistle", "whistling", "launched",
        "lobbed", "shelling", "shelled", "mortar", "mortars");

    private static readonly CueSet BarrelWords = new(
        "helicopter", "helicopters", "dropped", "drop", "drops", "dropping", "fell", "exploded", "explosion", "bomb", "bombs",
        "explosive", "explosives", "tnt");

    private static readonly CueSet Of = new("of");

    private static readonly CueSet The = new("the");

    private static readonly CueSet CapabilityWords = new("has", "have", "had", "no", "know", "knows");

    private static readonly CueSet VerbBeforeNoun = new(
        "to", "will", "would", "could", "can", "cannot", "might", "must", "should", "shall", "did", "do", "does", "not", "never",
        "they", "we", "i", "you", "he", "she", "them", "didn't", "don't", "doesn't", "won't", "can't", "wouldn't", "they'll",
        "we'll", "they'd");

    private static readonly CueSet VerbBeforeGerund = new(
        "was", "is", "were", "are", "am", "be", "been", "kept", "keep", "keeps", "started", "start", "starts", "stopped", "stop", "continued",
        "continue", "began", "begin", "they're", "we're");

    /// <summary>Words naming aircraft: a vague "strike" near them is an air strike.</summary>
    internal static readonly CueSet AircraftWords = new(
        "plane", "planes", "airplane", "airplanes", "aeroplane", "aeroplanes", "jet", "jets", "warplane", "warplanes", "aircraft",
        "helicopter", "helicopters", "antonov", "antonovs", "sukhoi", "sukhois", "mig", "migs", "f-16", "f-16s", "su-24",
        "su-25", "su-34", "su-35");

    /// <summary>Words naming drones: a vague "strike" near them is a drone strike.</summary>
    internal static readonly CueSet DroneWords = new(
        "drone", "drones", "uav", "uavs", "zanana", "shahed", "shaheds", "bayraktar", "quadcopter", "quadcopters", "geran");

    /// <summary>Resolves <paramref name="raw"/> (text order) into <paramref name="resolved"/> (text order).</summary>
    public static void Resolve(DocumentView view, List<PhraseMatch<WeaponEntry>> raw, List<ResolvedWeapon> resolved)
    {
        for (var k = 0; k < raw.Count; k++)
        {
            var match = raw[k];
            var entry = match.Payload;
            if (entry.TaggedOnly)
            {
                continue;
            }

            ResolvedWeapon? result = entry.Rule switch
            {
                WeaponRule.None => new ResolvedWeapon(match, entry.Category, entry.Canonical, Defaults.Lexical),
                WeaponRule.Vehicle => new ResolvedWeapon(match, entry.Category, entry.Canonical, Defaults.Lexical),
                WeaponRule.Launched => Launched(view, raw, k),
                WeaponRule.Attacker => Attacker(view, raw, k),
                WeaponRule.Mine => Mine(view, raw, k),
                WeaponRule.MinePlural => Falling(view, match)
                    ? new ResolvedWeapon(match, WeaponCategory.Mortar, Defaults.MortarCanonical, Defaults.Conditional)
                    : new ResolvedWeapon(match, entry.Category, entry.Canonical, Defaults.Lexical),
                WeaponRule.Barrel => Barrel(view, match),
                WeaponRule.Vague => Vague(view, raw, k),
                WeaponRule.Generic => Generic(view, match, resolved),
                _ => null,
            };
            if (result is { } accepted)
            {
                resolved.Add(entry.Rule is WeaponRule.Attacker or WeaponRule.Vehicle ? WithArticle(view, accepted) : accepted);
            }
        }
    }

    /// <summary>An attacking aircraft or vehicle keeps the "the" before it ("the drones", "the jets"; MARKUP.md,
    /// Determiners); "a drone" and "the Russian planes" do not change.</summary>
    private static ResolvedWeapon WithArticle(DocumentView view, ResolvedWeapon weapon)
    {
        var match = weapon.Match;
        var previous = view.Previous(match);
        if (previous < 0 || !The.Contains(view.Text, view.Tokens, previous))
        {
            return weapon;
        }

        return weapon with { Match = match with { Start = view.Tokens.Start(previous), FirstToken = previous } };
    }

    /// <summary>Aircraft and tanks are weapons (never right after "has", "have" or "no") when an attack word or another weapon is in their sentence, or (when
    /// their sentence says nothing of landing or travel) in the sentence before or after.</summary>
    private static ResolvedWeapon? Attacker(DocumentView view, List<PhraseMatch<WeaponEntry>> raw, int k)
    {
        var match = raw[k];
        var previous = view.Previous(match);
        if (previous >= 0 && CapabilityWords.Contains(view.Text, view.Tokens, previous))
        {
            // "Who else has planes?": a capability, not an attacker (MARKUP.md, Aircraft that attack nobody).
            return null;
        }

        var (from, to) = Window(view, match, 0, 0);
        var accept = AttackWords.AnyIn(view.Text, view.Tokens, from, to, match.FirstToken, match.LastToken) || OtherWeaponIn(raw, k, from, to);
        if (!accept && !PeacefulAircraftWords.AnyIn(view.Text, view.Tokens, from, to))
        {
            (from, to) = Window(view, match, 1, 1);
            accept = AttackWords.AnyIn(view.Text, view.Tokens, from, to, match.FirstToken, match.LastToken) || OtherWeaponIn(raw, k, from, to);
        }

        return accept ? new ResolvedWeapon(match, match.Payload.Category, match.Payload.Canonical, Defaults.Conditional) : null;
    }

    /// <summary>Gas cylinders and the like are weapons when an attack or falling word or another weapon is in their
    /// sentence ("attacked the police station with cylinders", "I heard the cylinders fall").</summary>
    private static ResolvedWeapon? Launched(DocumentView view, List<PhraseMatch<WeaponEntry>> raw, int k)
    {
        var match = raw[k];
        var (from, to) = Window(view, match, 0, 0);
        var accept = AttackWords.AnyIn(view.Text, view.Tokens, from, to, match.FirstToken, match.LastToken)
                     || FallingWords.AnyIn(view.Text, view.Tokens, from, to, match.FirstToken, match.LastToken)
                     || OtherWeaponIn(raw, k, from, to);
        return accept ? new ResolvedWeapon(match, match.Payload.Category, match.Payload.Canonical, Defaults.Conditional) : null;
    }

    /// <summary>Singular "mine" is the pronoun after "of", "is", "and" and the like; otherwise a weapon after an
    /// article or with a mine word in its sentence; a mortar bomb when its sentence says it fell or was fired.</summary>
    private static ResolvedWeapon? Mine(DocumentView view, List<PhraseMatch<WeaponEntry>> raw, int k)
    {
        var match = raw[k];
        var previous = view.Previous(match);
        if (previous >= 0 && PronounMarkers.Contains(view.Text, view.Tokens, previous))
        {
            return null;
        }

        var (from, to) = Window(view, match, 0, 0);
        var weapon = previous >= 0 && MineDeterminers.Contains(view.Text, view.Tokens, previous)
            || MineWords.AnyIn(view.Text, view.Tokens, from, to, match.FirstToken, match.LastToken)
            || OtherWeaponIn(raw, k, from, to, WeaponCategory.Landmine);
        if (!weapon)
        {
            return null;
        }

        return Falling(view, match)
            ? new ResolvedWeapon(match, WeaponCategory.Mortar, Defaults.MortarCanonical, Defaults.Conditional)
            : new ResolvedWeapon(match, match.Payload.Category, match.Payload.Canonical, Defaults.Conditional);
    }

    private static bool Falling(DocumentView view, PhraseMatch<WeaponEntry> match)
    {
        var (from, to) = Window(view, match, 0, 0);
        return FallingWords.AnyIn(view.Text, view.Tokens, from, to, match.FirstToken, match.LastToken);
    }

    /// <summary>"barrel" is a barrel bomb in a Syrian testimony or with a bomb word in its sentence or the one
    /// before, and never before "of" (a barrel of water).</summary>
    private static ResolvedWeapon? Barrel(DocumentView view, PhraseMatch<WeaponEntry> match)
    {
        var next = view.Next(match);
        if (next >= 0 && Of.Contains(view.Text, view.Tokens, next))
        {
            return null;
        }

        var (from, to) = Window(view, match, 1, 0);
        var accept = view.Country.Code == Defaults.BarrelCountry
            || BarrelWords.AnyIn(view.Text, view.Tokens, from, to, match.FirstToken, match.LastToken);
        return accept ? new ResolvedWeapon(match, match.Payload.Category, match.Payload.Canonical, Defaults.Conditional) : null;
    }

    /// <summary>A vague "strike" or "bombing" (never a verb) is an air strike when aircraft are mentioned within
    /// <see cref="Defaults.VagueSentencesBefore"/> sentences before it or one after, a drone strike when a drone is
    /// mentioned nearer, else unspecified.</summary>
    private static ResolvedWeapon? Vague(DocumentView view, List<PhraseMatch<WeaponEntry>> raw, int k)
    {
        var match = raw[k];
        if (IsVerb(view, match))
        {
            return null;
        }

        var (from, to) = Window(view, match, Defaults.VagueSentencesBefore, 1);
        var aircraft = Nearest(view, raw, k, from, to, AircraftWords, WeaponCategory.Airstrike);
        var drone = Nearest(view, raw, k, from, to, DroneWords, WeaponCategory.DroneStrike);
        if (aircraft == int.MaxValue && drone == int.MaxValue)
        {
            return new ResolvedWeapon(match, WeaponCategory.ExplosiveUnspecified, match.Payload.Canonical, Defaults.Vague);
        }

        return drone < aircraft
            ? new ResolvedWeapon(match, WeaponCategory.DroneStrike, Defaults.DroneStrikeCanonical, Defaults.Vague)
            : new ResolvedWeapon(match, WeaponCategory.Airstrike, Defaults.AirstrikeCanonical, Defaults.Vague);
    }

    /// <summary>A generic "shell" (never a verb) takes the category of the last mortar, artillery or rocket mention
    /// in its sentence or the three before; else its own.</summary>
    private static ResolvedWeapon? Generic(DocumentView view, PhraseMatch<WeaponEntry> match, List<ResolvedWeapon> resolved)
    {
        if (IsVerb(view, match))
        {
            return null;
        }

        var (from, _) = Window(view, match, 3, 0);
        for (var r = resolved.Count - 1; r >= 0 && resolved[r].Match.FirstToken >= from; r--)
        {
            var category = resolved[r].Category;
            if (category is WeaponCategory.Mortar or WeaponCategory.Artillery or WeaponCategory.Rocket)
            {
                var canonical = category switch
                {
                    WeaponCategory.Mortar => Defaults.MortarCanonical,
                    WeaponCategory.Rocket => Defaults.RocketCanonical,
                    _ => match.Payload.Canonical,
                };
                return new ResolvedWeapon(match, category, canonical, Defaults.GenericInherited);
            }
        }

        return new ResolvedWeapon(match, match.Payload.Category, match.Payload.Canonical, Defaults.GenericDefault);
    }

    /// <summary>True when token <paramref name="previous"/> makes the vague word after it a verb: an auxiliary before
    /// a gerund ("was bombing"), a pronoun or modal before another form ("they strike").</summary>
    internal static bool IsVerbCue(ReadOnlySpan<char> text, FoldedTokens tokens, int previous, bool gerund) =>
        (gerund ? VerbBeforeGerund : VerbBeforeNoun).Contains(text, tokens, previous);

    /// <summary>True when the word before the match makes it a verb ("they strike", "were bombing").</summary>
    private static bool IsVerb(DocumentView view, PhraseMatch<WeaponEntry> match)
    {
        var previous = view.Previous(match);
        if (previous < 0)
        {
            return false;
        }

        var gerund = match.End - match.Start >= 3 && view.Text.AsSpan(match.End - 3, 3).Equals("ing", StringComparison.OrdinalIgnoreCase);
        return (gerund ? VerbBeforeGerund : VerbBeforeNoun).Contains(view.Text, view.Tokens, previous);
    }

    /// <summary>Token distance from match <paramref name="k"/> to the nearest cue word or weapon match of
    /// <paramref name="category"/> (other than vague ones) in <c>[from, to)</c>; <see cref="int.MaxValue"/> when none.</summary>
    private static int Nearest(
        DocumentView view, List<PhraseMatch<WeaponEntry>> raw, int k, int from, int to, CueSet words, WeaponCategory category)
    {
        var match = raw[k];
        var best = int.MaxValue;
        var word = words.Nearest(view.Text, view.Tokens, from, to, match.FirstToken);
        if (word >= 0)
        {
            best = Distance(word, word, match);
        }

        for (var j = FirstAtOrAfter(raw, from); j < raw.Count && raw[j].FirstToken < to; j++)
        {
            var other = raw[j];
            if (j != k && other.Payload.Category == category
                && other.Payload.Rule != WeaponRule.Vague && !other.Payload.TaggedOnly)
            {
                best = Math.Min(best, Distance(other.FirstToken, other.LastToken, match));
            }
        }

        return best;
    }

    private static int Distance(int first, int last, PhraseMatch<WeaponEntry> match) =>
        last < match.FirstToken ? match.FirstToken - last : first > match.LastToken ? first - match.LastToken : 0;

    /// <summary>True when another weapon match (not an aircraft, vague or tagged-only one) starts in <c>[from, to)</c>, and is of
    /// <paramref name="category"/> when one is given.</summary>
    private static bool OtherWeaponIn(List<PhraseMatch<WeaponEntry>> raw, int k, int from, int to, WeaponCategory? category = null)
    {
        for (var j = FirstAtOrAfter(raw, from); j < raw.Count && raw[j].FirstToken < to; j++)
        {
            var other = raw[j];
            if (j != k
                && !other.Payload.TaggedOnly
                && other.Payload.Rule is not (WeaponRule.Attacker or WeaponRule.Vague or WeaponRule.Mine)
                && (category is null || other.Payload.Category == category))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The tokens of the sentences around a match, at most <see cref="Defaults.MaxWindowTokens"/> on either
    /// side of it, so that a run-on text without sentence ends costs no more than a punctuated one.</summary>
    private static (int From, int To) Window(DocumentView view, PhraseMatch<WeaponEntry> match, int before, int after)
    {
        var (from, to) = view.Sentences.Window(match.FirstToken, before, after);
        return (Math.Max(from, match.FirstToken - Defaults.MaxWindowTokens), Math.Min(to, match.LastToken + 1 + Defaults.MaxWindowTokens));
    }

    /// <summary>Index of the first match (text order) starting at or after token <paramref name="token"/>.</summary>
    private static int FirstAtOrAfter(List<PhraseMatch<WeaponEntry>> raw, int token)
    {
        var (lo, hi) = (0, raw.Count);
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (raw[mid].FirstToken < token)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>Confidences and canonical forms the rules give.</summary>
    public static class Defaults
    {
        /// <summary>A form that is a weapon wherever it occurs.</summary>
        public const double Lexical = 0.95;

        /// <summary>A context-dependent form whose rule found its context.</summary>
        public const double Conditional = 0.85;

        /// <summary>A generic form that took the category of an earlier mention.</summary>
        public const double GenericInherited = 0.8;

        /// <summary>A generic form with its own category.</summary>
        public const double GenericDefault = 0.75;

        /// <summary>A vague form whose category was inferred.</summary>
        public const double Vague = 0.7;

        /// <summary>The most tokens a rule looks at on either side of a match.</summary>
        public const int MaxWindowTokens = 120;

        /// <summary>How many sentences before a vague "strike" may tell that aircraft did it.</summary>
        public const int VagueSentencesBefore = 6;

        /// <summary>The country where a bare "barrel" is a barrel bomb without further context.</summary>
        public const string BarrelCountry = "SY";

        /// <summary>Canonical form of a mention a rule turned into a mortar.</summary>
        public const string MortarCanonical = "mortar";

        /// <summary>Canonical form of a generic mention that took the rocket category.</summary>
        public const string RocketCanonical = "rocket";

        /// <summary>Canonical form of a vague mention resolved to an air strike.</summary>
        public const string AirstrikeCanonical = "air strike";

        /// <summary>Canonical form of a vague mention resolved to a drone strike.</summary>
        public const string DroneStrikeCanonical = "drone strike";
    }
}
