using System.Runtime.InteropServices;
using TestimonyNlp.Model;
using TestimonyNlp.Pipeline;
using TestimonyNlp.Text;

namespace TestimonyNlp.Entities.Places;

/// <summary>
/// The place stage: finds mentions of gazetteer places in the tokens the text stage made and adds one
/// <see cref="EntityMention"/> of type PLACE per mention, with the gazetteer name, coordinates and a confidence.
/// Stateless and thread-safe; one instance serves every thread.
/// </summary>
/// <remarks>
/// <para><b>Spotting.</b> A phrase starts at a capitalised word, a word with an attached article
/// (<c>al-Nouri</c>), or an article or <c>Hay</c> followed by one, and runs over up to
/// <see cref="Defaults.MaxPhraseTokens"/> such words (articles and name connectors such as <c>de</c> may stand
/// inside, never at the end) within a line. At each start the longest phrase whose key reaches a gazetteer name
/// wins (exact and folded keys, the skeleton when neither reaches anything; see <see cref="PlaceNameFolding"/>).
/// Keys are hashed from spans: no string is made for a token that is not a place. Stop-list phrases are never
/// taken. A region designator after a region's name makes the mention that region but stays outside it, like
/// every area descriptor (<c>Idlib</c> Governorate; MARKUP.md, Facilities and areas). A phrase the gazetteer knows
/// only part of is no place: not the start of a longer capitalised name (<c>Maroun al-Ras</c>, <c>Bani Walid
/// General Hospital</c>), nor its end after a capitalised word in mid-sentence (<c>New Aleppo</c>, <c>Bab
/// al-Yemen</c>, <c>Khaled Baydah</c>). A quarter
/// (<c>Hay al-Hamidiyah</c>) that is not itself in the gazetteer is passed over whole, so its name is never taken
/// for a town elsewhere.</para>
/// <para><b>Context.</b> The countries a testimony is about are those of the metadata place, and of the
/// countries, regions, multi-word places and prominent towns after a locative preposition that the text names
/// (twice, when the metadata names a country; once otherwise); the regions of those places count too. Candidates
/// in those countries and regions rank first.</para>
/// <para><b>Acceptance.</b> A <i>locative</i> is a preposition or an attack verb before the phrase (<c>in</c>,
/// <c>from</c>, <c>near</c>, <c>shelled</c>), possibly across direction words (<c>in southern</c>), or the
/// locative of the place just before it in a list (<c>bombed Douma and Harasta</c>). A <i>little-known</i> town
/// is one that is neither a capital nor a regional seat nor marked well known by hand. Then:</para>
/// <list type="bullet">
/// <item>Countries are always taken; abbreviations (<c>US</c>, <c>UK</c>) only when written in capitals.</item>
/// <item>A place outside every context country is taken only when it is a region or a well-known town, matched
/// exactly, after a locative and not before a facility word.</item>
/// <item>A single-word town other than a capital is not taken when the words around it say it is a person
/// (<c>Hama Jalal</c>, <c>Hama's daughter</c>, <c>my cousin Bashir</c>, <c>Nour told me</c>).</item>
/// <item>A little-known town is not taken before a facility word (<c>al-Nouri mosque</c>, <c>al-Salam camp</c>);
/// a single-word one only after a locative, a multi-word one at the start of a sentence only in a context
/// country, and, when it has an article or shares its name with other towns of
/// its country, only in a region the testimony names (<c>al-Rawda</c> in a Taiz testimony is a quarter, not Ar
/// Rawdah in Hadramawt).</item>
/// <item>Nothing but a country is taken before <c>family</c>, <c>clan</c>, <c>tribe</c>, <c>forces</c> and the
/// like (<c>the Darwish family</c>), or after <c>name is</c> / <c>name was</c> (<c>his name was also Sabah</c>);
/// nothing at all with an article before a facility head (<c>al-Kuwait hospital</c>).</item>
/// <item>Skeleton matches are taken only when they are unambiguous in a context country; names of fewer than
/// <see cref="Defaults.MinNameLetters"/> letters never, except country abbreviations in capitals.</item>
/// <item>A single word that begins a multi-word place named elsewhere in the testimony is that place (<c>Taza</c>
/// after <c>Taza Khurmatu</c>).</item>
/// </list>
/// <para><b>Confidence.</b> From the match level (<see cref="Defaults.ExactConfidence"/>,
/// <see cref="Defaults.FoldedConfidence"/>, <see cref="Defaults.SkeletonConfidence"/>), raised in a context
/// country and for multi-word names, lowered out of context, for little-known towns and when two candidates tie.</para>
/// </remarks>
public sealed class PlaceSpotter : IPipelineStage
{
    private const int KeyBufferLength = 1024;

    private static readonly string[] Locatives =
    [
        "in", "at", "from", "to", "into", "near", "towards", "toward", "outside", "around", "inside", "through",
        "via", "across", "of", "between", "reached", "left", "entered", "fled", "returned", "bombed", "shelled",
        "struck", "attacked", "besieged", "captured", "surrounded", "stormed", "targeted", "bombarded", "liberated",
        "evacuated", "occupied", "raided",
    ];

    private static readonly string[] Modifiers =
    [
        "the", "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "rural",
        "old", "downtown", "city", "town", "village", "greater", "north-east", "north-west", "south-east", "south-west",
        "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern",
    ];

    private static readonly string[] PersonNouns =
    [
        "neighbour", "neighbor", "cousin", "brother", "sister", "son", "daughter", "father", "mother", "uncle", "aunt",
        "husband", "wife", "friend", "nephew", "niece", "colleague", "grandfather", "grandmother", "grandson",
        "granddaughter", "boy", "girl", "teacher", "doctor", "driver", "named", "called", "mr", "mrs", "ms", "dr",
    ];

    private static readonly string[] PersonVerbs =
    [
        "told", "said", "says", "tells", "asked", "answered", "replied", "shouted", "whispered", "cried", "laughed",
        "smiled", "died", "married",
    ];

    private static readonly string[] Facilities =
        PlaceHeadWords.Join(PlaceHeadWords.Facilities, PlaceHeadWords.TownParts, ["company"], PlaceHeadWords.Groups);

    // Area descriptors stay outside a place mention (MARKUP.md), so a capitalised one does not lengthen the name.
    private static readonly string[] AreaWords = PlaceHeadWords.Join(PlaceHeadWords.Areas, PlaceHeadWords.TownParts);

    // Words that begin place and person names; what the gazetteer finds after one is the end of a longer name.
    private static readonly string[] NamePrefixes =
    [
        "abu", "abou", "umm", "um", "bin", "ibn", "bint", "bab", "ain", "ayn", "bir", "beit", "bayt", "deir", "dayr",
        "kafr", "kfar", "tell", "tal", "tel", "jabal", "jebel", "wadi", "ras", "khan", "mount", "sheikh", "shaikh",
    ];

    // Capitalised words before a place that do not make it part of a longer name.
    private static readonly string[] NotNames =
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "and", "or", "but",
        "then", "also", "i", "we", "they", "he", "she", "yes", "no", "ok", "okay", "so", "not", "only", "even", "like",
    ];

    private static readonly string[] FamilyWords = ["family", "clan", "tribe", "brigade", "battalion", "forces", "militia", "group"];

    private static readonly string[] Connectors = ["de", "del", "la", "da", "do", "dos", "das", "di", "du", "des", "y"];

    private readonly PlaceGazetteer _gazetteer;

    /// <summary>Creates the stage over <paramref name="gazetteer"/>.</summary>
    public PlaceSpotter(PlaceGazetteer gazetteer)
    {
        _gazetteer = gazetteer ?? throw new ArgumentNullException(nameof(gazetteer));
    }

    /// <inheritdoc />
    public string Name => "places";

    /// <summary>Default limits and confidences.</summary>
    public static class Defaults
    {
        /// <summary>The most tokens a place phrase may have (articles included).</summary>
        public const int MaxPhraseTokens = 5;

        /// <summary>Tokens longer than this are never part of a place name.</summary>
        public const int MaxTokenLength = 60;

        /// <summary>The fewest letters (folded) a place name must have to be spotted.</summary>
        public const int MinNameLetters = 3;

        /// <summary>Confidence of an exact match.</summary>
        public const double ExactConfidence = 0.95;

        /// <summary>Confidence of an exact match with a hand-written alias.</summary>
        public const double AliasConfidence = 0.93;

        /// <summary>Confidence of a folded match.</summary>
        public const double FoldedConfidence = 0.88;

        /// <summary>Confidence of a skeleton match.</summary>
        public const double SkeletonConfidence = 0.7;

        /// <summary>Confidence of a short form of a place named in full elsewhere in the testimony.</summary>
        public const double ShortFormConfidence = 0.8;

        /// <summary>Added when the place lies in a context country.</summary>
        public const double InContextBonus = 0.03;

        /// <summary>Added for a name of two or more words.</summary>
        public const double MultiWordBonus = 0.02;

        /// <summary>Subtracted when the place lies outside every context country.</summary>
        public const double OutOfContextPenalty = 0.15;

        /// <summary>Subtracted when nothing but the entry order separates the best two candidates.</summary>
        public const double AmbiguityPenalty = 0.1;

        /// <summary>Subtracted for a little-known town.</summary>
        public const double MinorTownPenalty = 0.05;

        /// <summary>Subtracted for a little-known town when nothing is known of the testimony's countries.</summary>
        public const double NoContextPenalty = 0.15;
    }

    /// <summary>Adds the place mentions of <paramref name="document"/> to <see cref="Document.Entities"/>.</summary>
    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Tokens.Count == 0)
        {
            return;
        }

        var scan = new Scan(_gazetteer, document);
        scan.FindPhrases(cancellationToken);
        if (scan.Matches.Count == 0)
        {
            return;
        }

        var context = scan.BuildContext();
        scan.Resolve(context);
    }

    private static bool EqualsIgnoreCase(ReadOnlySpan<char> token, string word) =>
        token.Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>What part a token can play in a place phrase.</summary>
    private enum Role : byte
    {
        None,
        Name,
        Article,
        Hay,
        Connector,
    }

    /// <summary>A phrase that reached gazetteer entries, before context decides which (if any) it means.</summary>
    private struct Match
    {
        public int TokenCount;
        public int Start;
        public int End;
        public int HitStart;
        public int HitCount;
        public int Words;
        public int Letters;
        public ulong FirstWordHash;
        public bool SentenceStart;
        public bool Locative;
        public bool PersonCue;
        public bool NameCue;
        public bool FacilityAfter;
        public bool FacilityHeadAfter;
        public bool FamilyAfter;
        public bool Article;
        public bool Capitals;
        public int Resolved;
        public double Confidence;
    }

    /// <summary>The work on one document: all per-document state lives here, never in the stage.</summary>
    private sealed class Scan
    {
        private readonly PlaceGazetteer _gazetteer;
        private readonly PlaceData _data;
        private readonly PlaceIndex _index;
        private readonly Document _document;
        private readonly string _text;
        private readonly List<PlaceHit> _hits = [];
        private readonly Dictionary<ulong, int> _shortForms = [];

        public Scan(PlaceGazetteer gazetteer, Document document)
        {
            _gazetteer = gazetteer;
            _data = gazetteer.Data;
            _index = gazetteer.Index;
            _document = document;
            _text = document.Text;
        }

        public List<Match> Matches { get; } = [];

        public void FindPhrases(CancellationToken cancellationToken)
        {
            var tokens = CollectionsMarshal.AsSpan(_document.Tokens);
            var sentences = _document.Sentences;
            if (sentences.Count == 0)
            {
                FindInRange(tokens, 0, tokens.Length);
                return;
            }

            foreach (var sentence in sentences)
            {
                var first = Math.Clamp(sentence.FirstToken, 0, tokens.Length);
                var end = Math.Clamp(sentence.FirstToken + sentence.TokenCount, first, tokens.Length);
                FindInRange(tokens, first, end);
                cancellationToken.ThrowIfCancellationRequested();
            }
        }

        public PlaceContext BuildContext()
        {
            var context = new PlaceContext();
            var metadataCountries = AddMetadataPlace(context);
            var counts = new Dictionary<ushort, int>();
            var regions = new List<(ushort Country, int Region)>();
            foreach (var match in Matches)
            {
                var hits = CollectionsMarshal.AsSpan(_hits).Slice(match.HitStart, match.HitCount);
                var best = hits[0];
                var precision = _data.Precision(best.Entry);
                var strong = best.Level != PlaceMatchLevel.Skeleton
                             && (precision is SitePrecision.Country or SitePrecision.Governorate
                                 || match.Words >= 2
                                 || (match.Locative && PlaceRanking.SizeRank(_data, best.Entry) >= 3 && !match.PersonCue));
                if (!strong)
                {
                    continue;
                }

                var country = _data.EntryCountry[best.Entry];
                counts[country] = counts.GetValueOrDefault(country) + 1;
                regions.Add((country, _data.EntryAdmin1[best.Entry]));
            }

            var needed = metadataCountries ? 2 : 1;
            foreach (var (country, count) in counts)
            {
                if (count >= needed)
                {
                    context.AddCountry(country);
                }
            }

            foreach (var (country, region) in regions)
            {
                if (context.HasCountry(country))
                {
                    context.AddRegion(country, region);
                }
            }

            return context;
        }

        public void Resolve(PlaceContext context)
        {
            var matches = CollectionsMarshal.AsSpan(Matches);

            // Multi-word names first, so that their first words are known as short forms.
            for (var pass = 0; pass < 2; pass++)
            {
                for (var m = 0; m < matches.Length; m++)
                {
                    ref var match = ref matches[m];
                    if ((pass == 0) == (match.Words >= 2))
                    {
                        match.Resolved = ResolveOne(ref match, context);
                        if (match.Resolved != PlaceData.NoIndex && match.Words >= 2)
                        {
                            _shortForms.TryAdd(match.FirstWordHash, match.Resolved);
                        }
                    }
                }
            }

            foreach (var match in matches)
            {
                if (match.Resolved == PlaceData.NoIndex)
                {
                    continue;
                }

                var entry = match.Resolved;
                var name = _gazetteer.NameString(_data.EntryName[entry]);
                var geo = new GeoPoint(
                    PlaceData.FromMicro(_data.EntryLat[entry]),
                    PlaceData.FromMicro(_data.EntryLon[entry]),
                    _gazetteer.CountryString(_data.EntryCountry[entry]),
                    _data.Precision(entry));
                _document.Entities.Add(new EntityMention("", EntityType.Place, match.Start, match.End, _text[match.Start..match.End], name, match.Confidence)
                {
                    Geo = geo,
                });
            }
        }

        private int ResolveOne(ref Match match, PlaceContext context)
        {
            var hits = _hits.GetRange(match.HitStart, match.HitCount);
            if (match.Words == 1 && _shortForms.TryGetValue(match.FirstWordHash, out var full) && !match.PersonCue)
            {
                match.Confidence = Defaults.ShortFormConfidence;
                return full;
            }

            PlaceRanking.Sort(_data, hits, 0, context);
            var best = hits[0];
            if (match.Letters < Defaults.MinNameLetters && !(match.Capitals && _data.Precision(best.Entry) == SitePrecision.Country))
            {
                return PlaceData.NoIndex;
            }

            var ambiguous = hits.Count > 1 && PlaceRanking.IsTie(_data, best, hits[1], context);
            var precision = _data.Precision(best.Entry);
            var size = PlaceRanking.SizeRank(_data, best.Entry);
            var inContext = !context.IsEmpty && context.HasCountry(_data.EntryCountry[best.Entry]);
            var outOfContext = !context.IsEmpty && !inContext;
            var weak = precision == SitePrecision.Town && size < 3;
            var capital = precision == SitePrecision.Town && size >= 5;
            var single = match.Words == 1;

            if (best.Level == PlaceMatchLevel.Skeleton && (!inContext || ambiguous))
            {
                return PlaceData.NoIndex;
            }

            if ((match.FamilyAfter || match.NameCue) && precision != SitePrecision.Country)
            {
                return PlaceData.NoIndex;
            }

            // "al-Kuwait hospital", "al-Yarmouk school": a name with an article before a facility head names the
            // facility, not the country or town.
            if (match.Article && match.FacilityHeadAfter)
            {
                return PlaceData.NoIndex;
            }

            if (outOfContext && precision != SitePrecision.Country
                && (weak || !match.Locative || best.Level != PlaceMatchLevel.Exact || match.FacilityAfter))
            {
                return PlaceData.NoIndex;
            }

            if (precision == SitePrecision.Town)
            {
                if (single && match.PersonCue && !capital)
                {
                    return PlaceData.NoIndex;
                }

                if (weak && (match.FacilityAfter || (single && !match.Locative) || (match.SentenceStart && !inContext)))
                {
                    return PlaceData.NoIndex;
                }

                // A little-known town with an article, or one of several of its name in the country, in another
                // region than those the testimony names is more likely a quarter of a town it names (al-Rawda in
                // Taiz is not Ar Rawdah in Hadramawt).
                if (weak && single && inContext && (match.Article || SameCountryCount(hits, best) > 1)
                    && context.HasRegionIn(_data.EntryCountry[best.Entry]) && !context.HasRegion(_data.EntryAdmin1[best.Entry]))
                {
                    return PlaceData.NoIndex;
                }
            }

            var confidence = best.Level switch
            {
                PlaceMatchLevel.Exact => _data.NameKind[best.Name] == (byte)PlaceNameKind.Alias ? Defaults.AliasConfidence : Defaults.ExactConfidence,
                PlaceMatchLevel.Folded => Defaults.FoldedConfidence,
                _ => Defaults.SkeletonConfidence,
            };
            if (inContext)
            {
                confidence += Defaults.InContextBonus;
            }

            if (outOfContext)
            {
                confidence -= Defaults.OutOfContextPenalty;
            }

            if (!single)
            {
                confidence += Defaults.MultiWordBonus;
            }

            if (ambiguous)
            {
                confidence -= Defaults.AmbiguityPenalty;
            }

            if (weak)
            {
                confidence -= context.IsEmpty ? Defaults.NoContextPenalty : Defaults.MinorTownPenalty;
            }

            match.Confidence = Math.Round(Math.Clamp(confidence, 0.05, 0.99), 2);
            return best.Entry;
        }

        private int SameCountryCount(List<PlaceHit> hits, PlaceHit best)
        {
            var count = 0;
            foreach (var hit in hits)
            {
                if (_data.EntryCountry[hit.Entry] == _data.EntryCountry[best.Entry])
                {
                    count++;
                }
            }

            return count;
        }

        private bool AddMetadataPlace(PlaceContext context)
        {
            var place = _document.Testimony.Metadata.Place;
            if (string.IsNullOrWhiteSpace(place) || place.Length > 1000)
            {
                return false;
            }

            var found = false;
            var parts = place.Split([',', ';', '/', '(', ')'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var country = MetadataCountry(parts);
            foreach (var part in parts)
            {
                if (AddMetadataPart(context, part, country))
                {
                    found = true;
                    continue;
                }

                // A sentence ("the witness was in eastern Aleppo"): try its runs of capitalised words.
                var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                for (var w = 0; w < words.Length; w++)
                {
                    if (!char.IsUpper(words[w][0]))
                    {
                        continue;
                    }

                    var end = w + 1;
                    while (end < words.Length && char.IsUpper(words[end][0]))
                    {
                        end++;
                    }

                    found |= AddMetadataPart(context, string.Join(' ', words[w..end]), country);
                    w = end - 1;
                }
            }

            return found;
        }

        /// <summary>The country a part of the metadata place names on its own (<c>Basra, Iraq</c>), or null: the
        /// other parts are towns of it first (Basra in Iraq, not its namesake in Pakistan).</summary>
        private string? MetadataCountry(string[] parts)
        {
            foreach (var part in parts)
            {
                if (part.Length > Defaults.MaxTokenLength * Defaults.MaxPhraseTokens || _gazetteer.IsStopPhrase(part))
                {
                    continue;
                }

                var candidates = _gazetteer.Find(part);
                if (candidates.Count > 0 && candidates[0].Entry.Precision == SitePrecision.Country)
                {
                    return candidates[0].Entry.Country;
                }
            }

            return null;
        }

        private bool AddMetadataPart(PlaceContext context, string part, string? country)
        {
            if (part.Length > Defaults.MaxTokenLength * Defaults.MaxPhraseTokens || _gazetteer.IsStopPhrase(part))
            {
                return false;
            }

            var candidates = _gazetteer.Find(part, country);
            if (candidates.Count == 0)
            {
                return false;
            }

            var best = candidates[0].Entry;
            context.AddCountry(PlaceData.PackCountry(best.Country));
            context.AddRegion(_data.EntryCountry[best.Id], _data.EntryAdmin1[best.Id]);
            return true;
        }

        private void FindInRange(ReadOnlySpan<Token> tokens, int first, int end)
        {
            Span<char> plain = stackalloc char[KeyBufferLength];
            Span<char> folded = stackalloc char[KeyBufferLength];
            Span<char> skeleton = stackalloc char[KeyBufferLength];
            Span<int> boundaries = stackalloc int[Defaults.MaxPhraseTokens + 1];
            Span<Role> roles = stackalloc Role[Defaults.MaxPhraseTokens];
            var firstWord = first;
            while (firstWord < end && tokens[firstWord].Kind != TokenKind.Word)
            {
                firstWord++;
            }

            var i = first;
            while (i < end)
            {
                var role = RoleOf(tokens[i]);
                if (role is Role.None or Role.Connector)
                {
                    i++;
                    continue;
                }

                // The run of tokens that may form a phrase from here.
                var run = 0;
                while (run < Defaults.MaxPhraseTokens && i + run < end)
                {
                    var r = run == 0 ? role : RoleOf(tokens[i + run]);
                    if (r == Role.None || (run > 0 && !Adjacent(tokens[i + run - 1], tokens[i + run])))
                    {
                        break;
                    }

                    roles[run++] = r;
                }

                if (role is Role.Article or Role.Hay && (run < 2 || roles[1] != Role.Name))
                {
                    i++;
                    continue;
                }

                if (NameBefore(tokens, i, firstWord))
                {
                    // "New Aleppo", "Bab al-Yemen", "Khaled Baydah": the end of a longer name, not a place alone.
                    i += run;
                    continue;
                }

                // Exact keys of the tokens, joined with spaces.
                boundaries[0] = 0;
                var built = 0;
                for (var k = 0; k < run; k++)
                {
                    var span = tokens[i + k].Span(_text);
                    if (built > 0)
                    {
                        plain[built++] = ' ';
                    }

                    built += PlaceNameFolding.Plain(span, plain[built..]);
                    boundaries[k + 1] = built;
                }

                var matched = 0;
                for (var length = run; length >= 1; length--)
                {
                    // "Chin State" is a gazetteer name, but the designator stays outside the mention: the name
                    // without it is matched and the designator then makes it the region.
                    if (roles[length - 1] != Role.Name || (length > 1 && IsDesignator(tokens[i + length - 1].Span(_text))))
                    {
                        continue;
                    }

                    if (TryMatch(tokens, i, length, plain[..boundaries[length]], folded, skeleton, firstWord, end))
                    {
                        matched = length;
                        break;
                    }
                }

                if (matched > 0 && matched < run && NameGoesOn(tokens, i + matched, roles[matched], matched + 1 < run ? roles[matched + 1] : Role.None))
                {
                    // "Maroun al-Ras", "Bab al-Hawa", "Bani Walid General Hospital": the gazetteer knows only the
                    // start of a longer name, which is not that place.
                    _hits.RemoveRange(Matches[^1].HitStart, _hits.Count - Matches[^1].HitStart);
                    Matches.RemoveAt(Matches.Count - 1);
                    i += run;
                }
                else if (matched > 0)
                {
                    i += Matches[^1].TokenCount;
                }
                else if (role == Role.Hay)
                {
                    // A quarter not in the gazetteer: its name is not a town elsewhere.
                    i += run;
                }
                else
                {
                    i++;
                }
            }
        }

        private bool TryMatch(
            ReadOnlySpan<Token> tokens,
            int first,
            int length,
            ReadOnlySpan<char> plain,
            Span<char> folded,
            Span<char> skeleton,
            int sentenceFirstWord,
            int end)
        {
            var exactHash = PlaceKeyHash.Of(plain);
            if (plain.IsEmpty || _index.Stops.Contains(exactHash))
            {
                return false;
            }

            var foldedLength = PlaceNameFolding.FoldPlain(plain, folded);
            var skeletonLength = PlaceNameFolding.SkeletonOfFolded(folded[..foldedLength], skeleton);
            var hitStart = _hits.Count;
            PlaceRanking.Collect(
                _data,
                _index,
                exactHash,
                PlaceKeyHash.Of(folded[..foldedLength]),
                PlaceKeyHash.Of(skeleton[..skeletonLength]),
                PlaceNameFolding.ConsonantCount(skeleton[..skeletonLength]) >= PlaceNameFolding.Defaults.MinSkeletonLetters,
                _hits);
            // Abbreviations (US, UK, DRC) match only when written in capitals: "Us" and "Ok" are no countries.
            var capitals = IsCapitals(tokens, first, length);
            if (!capitals)
            {
                for (var h = _hits.Count - 1; h >= hitStart; h--)
                {
                    if (IsCapitals(_data.Name(_hits[h].Name)))
                    {
                        _hits.RemoveAt(h);
                    }
                }
            }

            if (_hits.Count == hitStart)
            {
                return false;
            }

            var tokenCount = length;
            var designator = 0;
            var next = first + length;
            if (next < end && tokens[next].Kind == TokenKind.Word && Adjacent(tokens[next - 1], tokens[next])
                && IsDesignator(tokens[next].Span(_text)))
            {
                // "Idlib Governorate": the region, even where a town shares its name; the designator is skipped
                // but stays outside the mention, like any area descriptor (MARKUP.md, Facilities and areas).
                var regionStart = _hits.Count;
                PlaceRanking.Collect(_data, _index, exactHash, PlaceKeyHash.Of(folded[..foldedLength]), 0, false, _hits, keepSeatedRegions: true);
                var regions = 0;
                for (var h = regionStart; h < _hits.Count; h++)
                {
                    if (_data.Precision(_hits[h].Entry) == SitePrecision.Governorate)
                    {
                        _hits[regionStart + regions++] = _hits[h];
                    }
                }

                if (regions > 0)
                {
                    _hits.RemoveRange(hitStart, regionStart - hitStart);
                    _hits.RemoveRange(hitStart + regions, _hits.Count - hitStart - regions);
                    designator = 1;
                }
                else
                {
                    _hits.RemoveRange(regionStart, _hits.Count - regionStart);
                }
            }

            // Best first without context: what the context is built from.
            PlaceRanking.Sort(_data, _hits, hitStart, null);
            var words = 1;
            foreach (var c in folded[..foldedLength])
            {
                if (c == ' ')
                {
                    words++;
                }
            }

            var firstTokenPlain = PlaceNameFolding.Plain(tokens[first].Span(_text), skeleton);
            var last = first + tokenCount - 1;
            Matches.Add(new Match
            {
                TokenCount = tokenCount + designator,
                Start = tokens[first].Start,
                End = tokens[last].End,
                HitStart = hitStart,
                HitCount = _hits.Count - hitStart,
                Words = words,
                Letters = foldedLength - (words - 1),
                FirstWordHash = PlaceKeyHash.Of(skeleton[..firstTokenPlain]),
                SentenceStart = IsSentenceStart(tokens, first, sentenceFirstWord),
                Locative = HasLocativeBefore(tokens, first, sentenceFirstWord) || ContinuesList(tokens, first, sentenceFirstWord),
                PersonCue = HasPersonCue(tokens, first, last, sentenceFirstWord, end),
                NameCue = HasNameCue(tokens, first, sentenceFirstWord),
                FacilityAfter = last + 1 < end && WordList.Contains(tokens[last + 1].Span(_text), Facilities),
                FacilityHeadAfter = last + 1 < end && WordList.Contains(tokens[last + 1].Span(_text), Facilities)
                                    && !WordList.Contains(tokens[last + 1].Span(_text), AreaWords),
                FamilyAfter = last + 1 < end && WordList.Contains(tokens[last + 1].Span(_text), FamilyWords),
                Article = RoleOf(tokens[first]) == Role.Article || char.IsLower(_text[tokens[first].Start]),
                Capitals = capitals,
                Resolved = PlaceData.NoIndex,
            });
            return true;
        }

        /// <summary>True when a capitalised word that is no title, direction, locative or calendar word stands
        /// right before token <paramref name="first"/> in the middle of a sentence.</summary>
        private bool NameBefore(ReadOnlySpan<Token> tokens, int first, int sentenceFirstWord)
        {
            var k = first - 1;
            if (k < 0 || k < sentenceFirstWord || tokens[k].Kind != TokenKind.Word || !Adjacent(tokens[k], tokens[first])
                || RoleOf(tokens[k]) != Role.Name)
            {
                return false;
            }

            var span = tokens[k].Span(_text);
            if (WordList.Contains(span, NamePrefixes))
            {
                // "Um Dorein", "Abu Shouk": a prefix that begins names, even at the start of a sentence.
                return true;
            }

            if (IsSentenceStart(tokens, k, sentenceFirstWord))
            {
                return false;
            }

            return char.IsUpper(span[0]) && !WordList.Contains(span, Locatives) && !WordList.Contains(span, Modifiers) && !WordList.Contains(span, NotNames)
                   && !IsDesignator(span);
        }

        /// <summary>True when token <paramref name="next"/>, right after a match inside its phrase, carries the name
        /// on: a capitalised word that is no designator or area word, or an article before one.</summary>
        private bool NameGoesOn(ReadOnlySpan<Token> tokens, int next, Role role, Role after)
        {
            if (role == Role.Article || role == Role.Connector)
            {
                return after == Role.Name;
            }

            if (role != Role.Name)
            {
                return false;
            }

            var span = tokens[next].Span(_text);
            return !IsDesignator(span) && !WordList.Contains(span, AreaWords) && !WordList.Contains(span, PersonVerbs) && !WordList.Contains(span, NotNames)
                   && !WordList.Contains(span, Locatives) && span is not ("'s" or "’s");
        }

        private bool IsCapitals(ReadOnlySpan<Token> tokens, int first, int length)
        {
            for (var k = first; k < first + length; k++)
            {
                if (!IsCapitals(tokens[k].Span(_text)))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsCapitals(ReadOnlySpan<char> span)
        {
            var letters = 0;
            foreach (var c in span)
            {
                if (char.IsLetter(c))
                {
                    if (!char.IsUpper(c))
                    {
                        return false;
                    }

                    letters++;
                }
            }

            return letters >= 2;
        }

        private Role RoleOf(Token token)
        {
            if (token.Kind != TokenKind.Word || token.Length > Defaults.MaxTokenLength)
            {
                return Role.None;
            }

            var span = token.Span(_text);
            var c = span[0];
            if (char.IsUpper(c))
            {
                return IsHay(span) ? Role.Hay : IsArticleWord(span) ? Role.Article : Role.Name;
            }

            if (!char.IsLower(c))
            {
                return Role.None;
            }

            if (IsHay(span))
            {
                return Role.Hay;
            }

            if (IsArticleWord(span))
            {
                return Role.Article;
            }

            // An article written onto the name: al-Nouri, ar-Raqqa.
            var hyphen = span.IndexOfAny('-', '\u2010', '\u2011');
            if (hyphen is >= 2 and <= 3 && hyphen + 1 < span.Length && char.IsUpper(span[hyphen + 1]) && IsArticleWord(span[..hyphen]))
            {
                return Role.Name;
            }

            return WordList.Contains(span, Connectors) ? Role.Connector : Role.None;
        }

        private static bool IsHay(ReadOnlySpan<char> span) =>
            EqualsIgnoreCase(span, "hay") || EqualsIgnoreCase(span, "hai") || EqualsIgnoreCase(span, "hayy");

        private static bool IsArticleWord(ReadOnlySpan<char> span) =>
            span.Length is 2 or 3 && span[0] is 'a' or 'A' or 'e' or 'E'
            && (EqualsIgnoreCase(span[1..], "l") || EqualsIgnoreCase(span[1..], "r") || EqualsIgnoreCase(span[1..], "s")
                || EqualsIgnoreCase(span[1..], "d") || EqualsIgnoreCase(span[1..], "t") || EqualsIgnoreCase(span[1..], "n")
                || EqualsIgnoreCase(span[1..], "z") || EqualsIgnoreCase(span[1..], "sh") || EqualsIgnoreCase(span[1..], "dh")
                || EqualsIgnoreCase(span[1..], "th"));

        private bool Adjacent(Token left, Token right)
        {
            for (var p = left.End; p < right.Start; p++)
            {
                if (_text[p] is not (' ' or '\t' or '\u00A0'))
                {
                    return false;
                }
            }

            return true;
        }

        private bool IsDesignator(ReadOnlySpan<char> token)
        {
            Span<char> plain = stackalloc char[2 * Defaults.MaxTokenLength];
            if (token.Length > Defaults.MaxTokenLength)
            {
                return false;
            }

            var length = PlaceNameFolding.Plain(token, plain);
            return PlaceDesignators.IsRegionDesignator(plain[..length]);
        }

        private bool IsSentenceStart(ReadOnlySpan<Token> tokens, int first, int sentenceFirstWord)
        {
            if (first <= sentenceFirstWord)
            {
                return true;
            }

            var previous = tokens[first - 1];
            return previous.Kind == TokenKind.Punctuation && _text[previous.Start] is ':' or '"' or '“' or '‘' or '\'' or '(' or '[';
        }

        private bool HasLocativeBefore(ReadOnlySpan<Token> tokens, int first, int sentenceFirstWord)
        {
            var k = first - 1;
            for (var steps = 0; steps < 4 && k >= sentenceFirstWord && k >= 0; steps++, k--)
            {
                var span = tokens[k].Span(_text);
                if (tokens[k].Kind != TokenKind.Word)
                {
                    return false;
                }

                if (WordList.Contains(span, Locatives))
                {
                    return true;
                }

                if (!WordList.Contains(span, Modifiers))
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>"Douma and Harasta", "Kherson, Mykolaiv": a place right after another place and a comma or
        /// conjunction takes that place's locative.</summary>
        private bool ContinuesList(ReadOnlySpan<Token> tokens, int first, int sentenceFirstWord)
        {
            var k = first - 1;
            if (k - 1 < sentenceFirstWord || Matches.Count == 0)
            {
                return false;
            }

            var link = tokens[k].Span(_text);
            if (link is not ("," or "and" or "or"))
            {
                return false;
            }

            var previous = Matches[^1];
            return previous.End == tokens[k - 1].End && previous.Locative;
        }

        /// <summary>"His name was also Sabah", "her name is Nour": a person's name, whatever place shares it.</summary>
        private bool HasNameCue(ReadOnlySpan<Token> tokens, int first, int sentenceFirstWord)
        {
            var k = first - 1;
            if (k >= sentenceFirstWord && k >= 0 && EqualsIgnoreCase(tokens[k].Span(_text), "also"))
            {
                k--;
            }

            return k - 1 >= sentenceFirstWord && k >= 1
                   && (EqualsIgnoreCase(tokens[k].Span(_text), "is") || EqualsIgnoreCase(tokens[k].Span(_text), "was"))
                   && EqualsIgnoreCase(tokens[k - 1].Span(_text), "name");
        }

        private bool HasPersonCue(ReadOnlySpan<Token> tokens, int first, int last, int sentenceFirstWord, int end)
        {
            var next = last + 1;
            if (next < end && Adjacent(tokens[last], tokens[next]))
            {
                var span = tokens[next].Span(_text);
                if (tokens[next].Kind == TokenKind.Word)
                {
                    // "Hama's daughter", "Hama Jalal", "Nour told me".
                    if (span is "'s" or "’s" || (char.IsUpper(span[0]) && !IsDesignator(span) && RoleOf(tokens[next]) == Role.Name)
                        || WordList.Contains(span, PersonVerbs))
                    {
                        return true;
                    }
                }
            }

            // "my cousin Bashir", "our neighbour, Hama".
            var k = first - 1;
            if (k >= sentenceFirstWord && k >= 0 && tokens[k].Kind == TokenKind.Punctuation && _text[tokens[k].Start] == ',')
            {
                k--;
            }

            return k >= sentenceFirstWord && k >= 0 && tokens[k].Kind == TokenKind.Word && WordList.Contains(tokens[k].Span(_text), PersonNouns);
        }
    }
}
