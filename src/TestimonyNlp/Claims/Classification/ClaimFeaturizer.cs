using TestimonyNlp.Entities.Tagger;
using TestimonyNlp.Model;
using TestimonyNlp.Vectors;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// The features of a document's sentences as the claim classifiers read them. Hashed into
/// <see cref="HashedBuckets"/> buckets: the sentence's words and word pairs (an entity mention counts as one word, its
/// type; numbers and dates as one symbol each), four-letter stems of long words, the words inside the scope of a
/// negation or an irrealis cue, the words of the sentences before and after it in the same turn and of the
/// interviewer's question the turn answers, and the sentence's place in its turn. Then, from
/// <see cref="HandOffset"/>, the dense <see cref="SentenceFeatures"/>, and from <see cref="VectorOffset"/> the mean
/// word-piece vector of the sentence's words (<see cref="WordVectors"/>, when loaded with them). The hashes are part of
/// the model format.
/// Not thread-safe: one instance per thread, reused across documents.
/// </summary>
public sealed class ClaimFeaturizer
{
    /// <summary>Bits of the hashed bucket numbers.</summary>
    public const int Bits = 18;

    /// <summary>Number of hashed buckets.</summary>
    public const int HashedBuckets = 1 << Bits;

    /// <summary>The index of the first hand-made feature.</summary>
    public const int HandOffset = HashedBuckets;

    /// <summary>The index of the first dense vector feature.</summary>
    public const int VectorOffset = HandOffset + SentenceFeatures.Count;

    /// <summary>Room for the dense vector features (the dimensions of the word vectors, at most this many).</summary>
    public const int VectorFeatures = 32;

    /// <summary>The length of the dense part: the hand-made features, then the vector features.</summary>
    public const int DenseCount = SentenceFeatures.Count + VectorFeatures;

    /// <summary>The length of the feature vector.</summary>
    public const int Dimension = HandOffset + DenseCount;

    private const int Unigram = 0, Bigram = 1, Stem = 2, Negated = 3, Irrealis = 4, Previous = 5, Next = 6;
    private const int Question = 7, Turn = 8, EntityTypes = 9, PreviousBigram = 10, NextBigram = 11;
    private const int Cue = 12, CueNegated = 13, CueIrrealis = 14, CueContext = 15, CuePair = 16, TurnCue = 17, LastKnowingCue = 20;
    private const int Lemma = 21, PersonCue = 22, PhraseCue = 23;
    private const byte BodyPartGroup = 3, SightGroup = 8, ReportGroup = 10;

    private const ulong Boundary = 0x5EB0_C1A1_5EB0_C1A1UL;
    private const ulong NumberUnit = 0x0000_0000_4E55_4D42UL;
    private const ulong DateUnit = 0x0000_0000_4441_5445UL;
    private const ulong NoteUnit = 0x0000_0000_4E4F_5445UL;
    private const ulong EntityUnit = 0x0000_0001_454E_5400UL;

    private const byte FlagNegation = 1, FlagIrrealis = 2, FlagScopeEnd = 4;
    private const int StemLength = 4;
    private const int StemFrom = 6;

    private static readonly HashSet<ulong> NegationCues = Hashes(
        "no not never nobody none nothing n't didn't wasn't weren't don't doesn't isn't aren't hasn't haven't hadn't nor neither without cannot can't couldn't");

    private static readonly HashSet<ulong> IrrealisCues = Hashes(
        "would will if threatened threaten threatening might could may afraid feared fear unless warned warning wanted want wants 'd 'll going planned plan hope pray");

    private static readonly HashSet<ulong> ScopeEnds = Hashes(", ; : . ! ? but because when then so");

    // Word groups that name a harm or a way of knowing: one feature for the group lets a rare word ("slaughtered",
    // "blindfolded") borrow what the common words of its group taught.
    private static readonly (string Words, byte Group)[] CueGroupWords =
    [
        ("kill killed killing kills died die dies dying dead death deaths martyr martyred martyrs bodies body corpse corpses buried bury burial funeral murdered executed execution slaughtered massacre massacred lifeless grave graves perished lost shroud shrouded mourned", 1),
        ("injured injuries injury wounded wounds wound hurt bleeding bled blood shrapnel fractured broken burns amputated amputate splint bandage bandaged stitches blind deaf limping paralysed paralyzed cut cuts bruises unconscious hospital surgery operated crutches", 2),
        ("leg legs arm arms head hand hands foot feet face eye eyes chest belly stomach back shoulder thigh knee neck ear ears skin spine hip", 3),
        ("missing disappeared disappear vanished whereabouts trace fate unaccounted searching", 4),
        ("arrested arrest detained detention detain prison prisoner prisoners jail jailed custody interrogated interrogation abducted abduct kidnapped kidnap captured blindfolded handcuffed cell released imprisoned tortured torture beaten checkpoint seized", 5),
        ("fled flee fleeing displaced displacement escaped escape refugee refugees camp tents tent evacuated uprooted homeless sheltered shelter relocated", 6),
        ("destroyed destroy damaged damage collapsed collapse flattened burned burnt ruins rubble roof walls wall windows razed looted shattered demolished levelled leveled bulldozed torched gutted ruined ablaze", 7),
        ("saw see seen watched witnessed looked myself", 8),
        ("told tell said says say heard hear rumour rumours apparently", 9),
        ("news television tv facebook radio list lists reported report reports statement register records whatsapp telegram channel announced", 10),
    ];

    private static readonly Dictionary<ulong, byte> Cues = CueGroups(CueGroupWords, lemma: false);

    // The same groups keyed by the suffix-stripped lemma, so that an inflection the lists lack ("massacring",
    // "demolishes") still finds its group.
    private static readonly Dictionary<ulong, byte> CueLemmas = CueGroups(CueGroupWords, lemma: true);

    // Harms told without a word of the groups above, in phrases any witness may use ("he passed away", "the house is
    // gone", "we never saw him again"): each phrase counts as a word of its group. Words are matched by lemma, so
    // that "pass away" and "passing away" meet; a verb and "not" also stand for the contracted form ("didn't").
    // Slots: HIM a person (him, her, them, me, us, a named person), HIS a possessive or article, HE a subject, PART a
    // word of the body-part group.
    private static readonly (string Phrases, byte Group)[] CuePhraseTable =
    [
        ("passed away, pass away, lost HIS life, lost HIS lives, gave HIS life, did not wake up, never woke up, never woke, no longer with us, washed HIM, prayed over HIM, did not survive, did not make it, breathed HIS last, stopped breathing, was not breathing, rest in peace, god have mercy, god rest HIS soul, may god have mercy, went to god, came out dead, did not come out alive", 1),
        ("took HIS PART, lost HIS PART, lost PART, cut off HIS PART, could not walk, cannot walk, can not walk, could not stand, in a wheelchair, hit in HIS PART, hit in PART, shot in HIS PART, shot in PART, piece of metal, pieces of metal, lost a lot of blood, broke HIS PART, still in pain", 2),
        ("never came back, never came home, never returned, did not come back, did not come home, did not return, has not come back, has not returned, not come back, not returned, no news of, no news from, no news, never saw HIM again, did not see HIM again, never heard from HIM, nobody has seen HIM, nobody saw HIM, no one has seen HIM, no one saw HIM, still waiting, still waits, still wait, still looking for, do not know where, does not know where, did not know where, nobody knows where, if HE is alive, alive or dead, dead or alive, phone is off, phone was off, phone has been off, phone is closed", 4),
        ("took HIM away, taken away, took HIM with them, led HIM away, led away, put HIM in a truck, pushed HIM into, held for, was held, were held, kept HIM for, tied HIS hands, covered HIS eyes, took HIM from, under arrest, for HIS release", 5),
        ("left everything, left all, had to leave, left HIS home, left HIS house, left HIS village, left HIS town, left the village, left the town, left the city, went to the camp, moved to, we moved, ran away, crossed the border, across the border, with nothing, took nothing, only the clothes, never went back, could not go back, cannot go back, can not go back, did not go back, rented a room, stayed with relatives, with HIS relatives", 6),
        ("is gone, was gone, are gone, were gone, nothing left, nothing is left, nothing remains, no longer stands, no longer exists, not standing, roof fell, came down, in pieces, turned to ash, turned to ashes, burned down, burnt down, to the ground, a hole in, a big hole, caught fire, on fire, in flames, went up in flames, blown out, blew out, no more house, there is no house", 7),
    ];

    private static readonly Dictionary<ulong, (ulong[] Tail, byte Group)[]> CuePhrases = PhrasesByFirstWord(CuePhraseTable);

    private static readonly ulong SlotHim = SlotHimOf(), SlotHis = SlotHisOf(), SlotHe = SlotHeOf(), SlotPart = SlotPartOf();
    private static readonly HashSet<ulong> HimWords = Lemmas("him her them me us");
    private static readonly HashSet<ulong> HisWords = Lemmas("his her their my our your its a an one both the");
    private static readonly HashSet<ulong> HeWords = Lemmas("he she they we i");

    private static readonly HashSet<ulong> FirstPersonSubjects = Hashes("i we me us my our");
    private static readonly HashSet<ulong> ThirdPersonSubjects = Hashes("he she they him her them his their it");

    // What the token loop reads of a word from the lists above, merged so that each token is looked up once instead
    // of once per list: the lists are small and fixed, and six look-ups per token were a twentieth of the claim stage.
    private static readonly Dictionary<ulong, WordTraits> Traits = TraitsOfListed();

    private ulong[] _unit = [];
    private byte[] _cue = [];
    private byte[] _phrase = [];
    private int[] _turnCues = [];
    private ulong[] _lastKnowing = [];
    private ulong[] _stem = [];
    private ulong[] _lemma = [];
    private byte[] _person = [];
    private byte[] _flags = [];
    private float[] _vector = [];
    private bool[] _hasVector = [];
    private WordVectors? _vectors;
    private float _vectorScale;
    private Document? _document;
    private int _entityCursor;

    /// <summary>Prepares the per-token hashes of <paramref name="document"/>, without word vectors; call before <see cref="Extract"/>.</summary>
    public void Load(Document document) => Load(document, null, 0f);

    /// <summary>
    /// Prepares the per-token hashes of <paramref name="document"/> and, when <paramref name="vectors"/> is given and
    /// <paramref name="vectorScale"/> is not zero, the vector of each word (not of entity mentions, numbers or dates);
    /// call before <see cref="Extract"/>.
    /// </summary>
    public void Load(Document document, WordVectors? vectors, float vectorScale)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (vectors is not null && vectors.Dimensions > VectorFeatures)
        {
            throw new ArgumentException("the word vectors have more dimensions than the features have room for", nameof(vectors));
        }

        _document = document;
        _entityCursor = 0;
        _vectors = vectorScale != 0f ? vectors : null;
        _vectorScale = vectorScale;
        var tokens = document.Tokens;
        var count = tokens.Count;
        if (_vectors is not null && _vector.Length < count * _vectors.Dimensions)
        {
            _vector = new float[Math.Max(count, _hasVector.Length * 2) * _vectors.Dimensions];
        }

        if (_hasVector.Length < count)
        {
            _hasVector = new bool[Math.Max(count, _hasVector.Length * 2)];
        }

        if (_unit.Length < count)
        {
            var size = Math.Max(count, _unit.Length * 2);
            _unit = new ulong[size];
            _stem = new ulong[size];
            _lemma = new ulong[size];
            _person = new byte[size];
            _flags = new byte[size];
            _cue = new byte[size];
            _phrase = new byte[size];
        }

        var text = document.Text;
        var entities = document.Entities;
        var entity = 0;
        for (var t = 0; t < count; t++)
        {
            var token = tokens[t];
            while (entity < entities.Count && entities[entity].End <= token.Start)
            {
                entity++;
            }

            _stem[t] = 0;
            _lemma[t] = 0;
            _person[t] = 0;
            _flags[t] = 0;
            _cue[t] = 0;
            _phrase[t] = 0;
            _hasVector[t] = false;
            if (entity < entities.Count && entities[entity].Start < token.End)
            {
                // A mention counts once, as its type, at its first token; its other tokens add nothing.
                _unit[t] = entities[entity].Start >= token.Start || t == 0 || tokens[t - 1].End <= entities[entity].Start
                    ? EntityUnit + (ulong)entities[entity].Type
                    : 0;
                continue;
            }

            var span = token.Span(text);
            _unit[t] = token.Kind switch
            {
                TokenKind.Number => NumberUnit,
                TokenKind.Date or TokenKind.Time => DateUnit,
                TokenKind.Note => NoteUnit,
                _ => Lower(span),
            };
            if (token.Kind is TokenKind.Word or TokenKind.Alphanumeric or TokenKind.Punctuation)
            {
                var unit = _unit[t];
                var traits = Traits.GetValueOrDefault(unit);
                _flags[t] = traits.Flags;
                _cue[t] = traits.Cue;
                _person[t] = traits.Person;
                if (token.Kind == TokenKind.Word)
                {
                    _lemma[t] = LowerLemma(span);
                    if (_cue[t] == 0)
                    {
                        _cue[t] = CueLemmas.GetValueOrDefault(_lemma[t]);
                    }
                }

                if (token.Kind == TokenKind.Word && span.Length >= StemFrom)
                {
                    _stem[t] = Lower(span[..StemLength]);
                }

                if (_vectors is not null && token.Kind is TokenKind.Word or TokenKind.Alphanumeric)
                {
                    _hasVector[t] = _vectors.TryWord(span, _vector.AsSpan(t * _vectors.Dimensions, _vectors.Dimensions));
                }
            }
        }

        MatchPhrases(count);
        TurnCues(document);
    }

    /// <summary>The mean vector of the words of <paramref name="sentence"/> that have one, times the scale.</summary>
    private void MeanVector(in Sentence sentence, Span<float> into)
    {
        into.Clear();
        if (_vectors is not { } vectors)
        {
            return;
        }

        var dimensions = vectors.Dimensions;
        var words = 0;
        var last = sentence.FirstToken + sentence.TokenCount;
        for (var t = sentence.FirstToken; t < last; t++)
        {
            if (!_hasVector[t])
            {
                continue;
            }

            words++;
            var vector = _vector.AsSpan(t * dimensions, dimensions);
            for (var d = 0; d < dimensions; d++)
            {
                into[d] += vector[d];
            }
        }

        if (words == 0)
        {
            return;
        }

        var share = _vectorScale / words;
        for (var d = 0; d < dimensions; d++)
        {
            into[d] *= share;
        }
    }

    /// <summary>Marks the first token of each cue phrase with the phrase's group.</summary>
    private void MatchPhrases(int count)
    {
        for (var t = 0; t < count; t++)
        {
            if (_lemma[t] == 0 || !CuePhrases.TryGetValue(_lemma[t], out var phrases))
            {
                continue;
            }

            foreach (var (tail, group) in phrases)
            {
                if (PhraseAt(count, t + 1, tail))
                {
                    _phrase[t] = group;
                    break;
                }
            }
        }
    }

    /// <summary>True when the tokens from <paramref name="from"/> read <paramref name="rest"/> (the other tokens of
    /// a multi-token name are passed over).</summary>
    private bool PhraseAt(int count, int from, ulong[] rest)
    {
        var t = from;
        foreach (var element in rest)
        {
            while (t < count && _unit[t] == 0)
            {
                t++;
            }

            if (t >= count || !ElementMatches(element, t))
            {
                return false;
            }

            t++;
        }

        return true;
    }

    private bool ElementMatches(ulong element, int t)
    {
        var lemma = _lemma[t];
        if (element == SlotHim)
        {
            return HimWords.Contains(lemma) || _unit[t] == EntityUnit + (ulong)EntityType.Person;
        }

        if (element == SlotHe)
        {
            return HeWords.Contains(lemma) || _unit[t] == EntityUnit + (ulong)EntityType.Person;
        }

        return element == SlotHis ? HisWords.Contains(lemma)
            : element == SlotPart ? _cue[t] == BodyPartGroup
            : lemma == element;
    }
    /// <summary>The cue groups of each sentence's whole turn, one bit per group.</summary>
    private void TurnCues(Document document)
    {
        var sentences = document.Sentences;
        if (_turnCues.Length < sentences.Count)
        {
            _turnCues = new int[Math.Max(sentences.Count, _turnCues.Length * 2)];
            _lastKnowing = new ulong[_turnCues.Length];
        }

        // How the speaker last said they knew something (saw, were told, read), and how many sentences ago: the
        // basis of a harm often rests on a cue a few sentences before it ("I was not there. My brother told me.").
        byte lastGroup = 0;
        var lastSentence = 0;
        for (var s = 0; s < sentences.Count; s++)
        {
            var distance = s - lastSentence;
            var bucket = lastGroup == 0 ? 0UL : distance <= 1 ? 1UL : distance <= 3 ? 2UL : distance <= 8 ? 3UL : 4UL;
            _lastKnowing[s] = ((ulong)lastGroup << 8) | bucket;
            if (document.RoleOf(sentences[s]) is SpeakerRole.Interviewer or SpeakerRole.Note)
            {
                continue;
            }

            var sentence = sentences[s];
            for (var t = sentence.FirstToken; t < sentence.FirstToken + sentence.TokenCount; t++)
            {
                if (_cue[t] is >= SightGroup and <= ReportGroup)
                {
                    (lastGroup, lastSentence) = (_cue[t], s);
                }
            }
        }

        var first = 0;
        while (first < sentences.Count)
        {
            var turn = document.TurnOf(sentences[first]);
            var last = first;
            var mask = 0;
            while (last < sentences.Count && document.TurnOf(sentences[last]) == turn)
            {
                var sentence = sentences[last];
                for (var t = sentence.FirstToken; t < sentence.FirstToken + sentence.TokenCount; t++)
                {
                    mask |= (_cue[t] != 0 ? 1 << _cue[t] : 0) | (_phrase[t] != 0 ? 1 << _phrase[t] : 0);
                }

                last++;
            }

            _turnCues.AsSpan(first, last - first).Fill(mask);
            first = last;
        }
    }

    /// <summary>
    /// Appends the hashed buckets of sentence <paramref name="sentence"/> (an index into the loaded document's
    /// sentences) to <paramref name="buckets"/>, a bucket once per occurrence, and writes its hand-made features
    /// into <paramref name="hand"/> (<see cref="SentenceFeatures.Count"/> long), followed, when it is
    /// <see cref="DenseCount"/> long, by the sentence's mean word vector times the scale (zeros without vectors). Call
    /// for the sentences of a document in increasing order.
    /// </summary>
    public void Extract(int sentence, List<int> buckets, Span<float> hand)
    {
        var document = _document ?? throw new InvalidOperationException("Load a document first");
        ArgumentNullException.ThrowIfNull(buckets);
        var sentences = document.Sentences;
        var current = sentences[sentence];
        var role = document.RoleOf(current);
        var turn = document.TurnOf(current);

        SentenceFeatures.Compute(document, current, role, ref _entityCursor, hand);
        if (hand.Length >= DenseCount)
        {
            MeanVector(current, hand.Slice(SentenceFeatures.Count, VectorFeatures));
        }

        Words(current, buckets);

        var isFirst = sentence == 0 || document.TurnOf(sentences[sentence - 1]) != turn;
        var isLast = sentence + 1 >= sentences.Count || document.TurnOf(sentences[sentence + 1]) != turn;
        if (!isFirst)
        {
            Context(sentences[sentence - 1], Previous, PreviousBigram, buckets);
        }

        if (!isLast)
        {
            Context(sentences[sentence + 1], Next, NextBigram, buckets);
        }

        var question = QuestionBefore(document, sentence, turn);
        if (question >= 0)
        {
            Context(sentences[question], Question, -1, buckets);
        }

        buckets.Add(FeatureHash.Bucket(Turn, ((ulong)role << 8) | (isFirst ? 2UL : 0UL) | (isLast ? 1UL : 0UL) | (question >= 0 ? 4UL : 0UL), Bits));
        buckets.Add(FeatureHash.Bucket(EntityTypes, EntityTypeMask(hand), Bits));
        buckets.Add(FeatureHash.Bucket(LastKnowingCue, _lastKnowing[sentence], Bits));
        for (int mask = _turnCues[sentence], group = 1; mask >> group != 0; group++)
        {
            if ((mask & (1 << group)) != 0)
            {
                buckets.Add(FeatureHash.Bucket(TurnCue, (ulong)group, Bits));
            }
        }
    }

    /// <summary>The bucket of the cue group numbered <paramref name="group"/> (1 killed ... 7 damage).</summary>
    internal static int CueBucket(int group) => FeatureHash.Bucket(Cue, (ulong)group, Bits);

    /// <summary>The bucket of the cue group numbered <paramref name="group"/> inside a negation's scope.</summary>
    internal static int NegatedCueBucket(int group) => FeatureHash.Bucket(CueNegated, (ulong)group, Bits);

    private void Words(Sentence sentence, List<int> buckets)
    {
        var previous = Boundary;
        var scope = 0;
        byte previousCue = 0;
        byte person = 0;
        var last = sentence.FirstToken + sentence.TokenCount;
        for (var t = sentence.FirstToken; t < last; t++)
        {
            var unit = _unit[t];
            if (unit == 0)
            {
                continue;
            }

            var flags = _flags[t];
            if ((flags & FlagScopeEnd) != 0)
            {
                scope = 0;
            }

            buckets.Add(FeatureHash.Bucket(Unigram, unit, Bits));
            buckets.Add(FeatureHash.Bucket(Bigram, FeatureHash.Combine(previous, unit), Bits));
            if (_stem[t] != 0)
            {
                buckets.Add(FeatureHash.Bucket(Stem, _stem[t], Bits));
            }

            if (_lemma[t] != 0)
            {
                buckets.Add(FeatureHash.Bucket(Lemma, _lemma[t], Bits));
            }

            person = _person[t] != 0 ? _person[t] : person;
            if ((scope & FlagNegation) != 0)
            {
                buckets.Add(FeatureHash.Bucket(Negated, unit, Bits));
            }

            if ((scope & FlagIrrealis) != 0)
            {
                buckets.Add(FeatureHash.Bucket(Irrealis, unit, Bits));
            }

            var cue = _cue[t];
            if (cue != 0)
            {
                buckets.Add(FeatureHash.Bucket(Cue, cue, Bits));
                buckets.Add(FeatureHash.Bucket(CuePair, ((ulong)previousCue << 8) | cue, Bits));

                // Who the cue is about, as far as the last pronoun before it tells: "we fled" against "they fled".
                buckets.Add(FeatureHash.Bucket(PersonCue, ((ulong)person << 8) | cue, Bits));
                if ((scope & FlagNegation) != 0)
                {
                    buckets.Add(FeatureHash.Bucket(CueNegated, cue, Bits));
                }

                if ((scope & FlagIrrealis) != 0)
                {
                    buckets.Add(FeatureHash.Bucket(CueIrrealis, cue, Bits));
                }

                previousCue = cue;
            }

            var phrase = _phrase[t];
            if (phrase != 0)
            {
                // A phrase counts as a word of its group, with its own feature besides; a negation inside the phrase
                // ("did not wake up") is part of it, so only a scope opened before it negates it.
                buckets.Add(FeatureHash.Bucket(PhraseCue, phrase, Bits));
                buckets.Add(FeatureHash.Bucket(Cue, phrase, Bits));
                buckets.Add(FeatureHash.Bucket(PersonCue, ((ulong)person << 8) | phrase, Bits));
                if ((scope & FlagNegation) != 0)
                {
                    buckets.Add(FeatureHash.Bucket(CueNegated, phrase, Bits));
                }

                if ((scope & FlagIrrealis) != 0)
                {
                    buckets.Add(FeatureHash.Bucket(CueIrrealis, phrase, Bits));
                }
            }

            scope |= flags & (FlagNegation | FlagIrrealis);
            previous = unit;
        }

        buckets.Add(FeatureHash.Bucket(Bigram, FeatureHash.Combine(previous, Boundary), Bits));
    }

    private void Context(Sentence sentence, int unigramTemplate, int bigramTemplate, List<int> buckets)
    {
        var previous = Boundary;
        var last = sentence.FirstToken + sentence.TokenCount;
        for (var t = sentence.FirstToken; t < last; t++)
        {
            var unit = _unit[t];
            if (unit == 0)
            {
                continue;
            }

            buckets.Add(FeatureHash.Bucket(unigramTemplate, unit, Bits));
            if (_cue[t] != 0)
            {
                buckets.Add(FeatureHash.Bucket(CueContext, ((ulong)unigramTemplate << 8) | _cue[t], Bits));
            }

            if (_phrase[t] != 0)
            {
                buckets.Add(FeatureHash.Bucket(CueContext, ((ulong)unigramTemplate << 8) | _phrase[t], Bits));
            }

            if (bigramTemplate >= 0)
            {
                buckets.Add(FeatureHash.Bucket(bigramTemplate, FeatureHash.Combine(previous, unit), Bits));
            }

            previous = unit;
        }
    }

    /// <summary>The last interviewer sentence of the turn just before the turn of <paramref name="sentence"/>, or -1.</summary>
    private static int QuestionBefore(Document document, int sentence, int turn)
    {
        var sentences = document.Sentences;
        var s = sentence - 1;
        while (s >= 0 && document.TurnOf(sentences[s]) == turn)
        {
            s--;
        }

        return s >= 0 && document.RoleOf(sentences[s]) == SpeakerRole.Interviewer ? s : -1;
    }

    /// <summary>One bit per entity type present, read from the entity counts among the hand-made features.</summary>
    private static ulong EntityTypeMask(ReadOnlySpan<float> hand)
    {
        var mask = 0UL;
        for (var i = 0; i < SentenceFeatures.EntityCounts; i++)
        {
            mask |= hand[i] > 0f ? 1UL << i : 0UL;
        }

        return mask;
    }

    private static ulong Lower(ReadOnlySpan<char> span)
    {
        var hash = FeatureHash.Offset;
        foreach (var c in span)
        {
            // A typographic apostrophe reads as the straight one, so "didn’t" and "didn't" are one word.
            hash = FeatureHash.Add(hash, c == '\u2019' ? '\'' : char.ToLowerInvariant(c));
        }

        return hash;
    }

    private static Dictionary<ulong, byte> CueGroups((string Words, byte Group)[] groups, bool lemma)
    {
        var cues = new Dictionary<ulong, byte>();
        foreach (var (words, group) in groups)
        {
            foreach (var word in words.Split(' '))
            {
                cues.TryAdd(lemma ? LowerLemma(word) : Lower(word), group);
            }
        }

        return cues;
    }

    /// <summary>
    /// The lower-case hash of <paramref name="span"/> without a common inflection ("-ing", "-ed", "-es", "-s",
    /// "-ly"), and without a final "e" after that, so that "shelled", "shelling" and "shells" are one lemma, as are
    /// "destroyed" and "destroys", "bombed" and "bombing".
    /// </summary>
    private static ulong LowerLemma(ReadOnlySpan<char> span)
    {
        var end = span.Length;
        if (end >= 6 && EndsWith(span, "ing"))
        {
            end -= 3;
        }
        else if (end >= 5 && EndsWith(span, "ied"))
        {
            end -= 2;
        }
        else if (end >= 5 && EndsWith(span, "ed"))
        {
            end -= 2;
        }
        else if (end >= 5 && EndsWith(span, "ly"))
        {
            end -= 2;
        }
        else if (end >= 5 && EndsWith(span, "es"))
        {
            end -= 2;
        }
        else if (end >= 4 && EndsWith(span, "s") && !EndsWith(span, "ss"))
        {
            end -= 1;
        }

        // A doubled final consonant ("shelled", "stopped") and a final "e" ("injured" to "injur", "injure" to
        // "injur") are dropped so that the forms of one verb meet.
        if (end >= 4 && char.ToLowerInvariant(span[end - 1]) == char.ToLowerInvariant(span[end - 2]) && !IsVowel(span[end - 1]))
        {
            end--;
        }
        else if (end >= 4 && char.ToLowerInvariant(span[end - 1]) == 'e')
        {
            end--;
        }

        return Lower(span[..end]);
    }

    private static bool EndsWith(ReadOnlySpan<char> span, string suffix) => span.EndsWith(suffix, StringComparison.OrdinalIgnoreCase);

    private static bool IsVowel(char c) => "aeiouy".Contains(char.ToLowerInvariant(c), StringComparison.Ordinal);

    private static Dictionary<ulong, (ulong[] Tail, byte Group)[]> PhrasesByFirstWord((string Phrases, byte Group)[] table)
    {
        var byFirst = new Dictionary<ulong, List<(ulong[] Tail, byte Group)>>();
        foreach (var (phrases, group) in table)
        {
            foreach (var phrase in phrases.Split(", ").SelectMany(Contracted))
            {
                var words = phrase.Split(' ');
                var rest = words.Skip(1).Select(w => w switch
                {
                    "HIM" => SlotHimOf(),
                    "HIS" => SlotHisOf(),
                    "HE" => SlotHeOf(),
                    "PART" => SlotPartOf(),
                    _ => LowerLemma(w),
                }).ToArray();
                var first = LowerLemma(words[0]);
                if (!byFirst.TryGetValue(first, out var list))
                {
                    byFirst[first] = list = [];
                }

                list.Add((rest, group));
            }
        }

        // The longest phrase of a first word is tried first.
        return byFirst.ToDictionary(p => p.Key, p => p.Value.OrderByDescending(r => r.Tail.Length).ToArray());
    }

    /// <summary>The phrase, and the phrase with its first "verb not" contracted ("did not" to "didn't").</summary>
    private static IEnumerable<string> Contracted(string phrase)
    {
        yield return phrase;
        var padded = " " + phrase + " ";
        foreach (var verb in (string[])["did", "do", "does", "could", "has", "have", "was", "were", "is", "are", "can"])
        {
            var at = padded.IndexOf(" " + verb + " not ", StringComparison.Ordinal);
            if (at >= 0)
            {
                var contracted = verb == "can" ? "can't" : verb + "n't";
                yield return string.Concat(padded.AsSpan(0, at + 1), contracted, padded.AsSpan(at + verb.Length + 5)).Trim();
                yield break;
            }
        }
    }

    // The slots are read while the static fields are initialised, before the fields declared after the table are.
    private static ulong SlotHimOf() => FeatureHash.Combine(0x5107UL, 1);

    private static ulong SlotHisOf() => FeatureHash.Combine(0x5107UL, 2);

    private static ulong SlotHeOf() => FeatureHash.Combine(0x5107UL, 3);

    private static ulong SlotPartOf() => FeatureHash.Combine(0x5107UL, 4);

    private static HashSet<ulong> Lemmas(string words)
    {
        var set = new HashSet<ulong>();
        foreach (var word in words.Split(' '))
        {
            set.Add(LowerLemma(word));
        }

        return set;
    }

    /// <summary>Every word of the negation, irrealis, scope-end, cue-group and person lists with what each list says
    /// of it.</summary>
    private static Dictionary<ulong, WordTraits> TraitsOfListed()
    {
        var traits = new Dictionary<ulong, WordTraits>();
        foreach (var list in (IEnumerable<ulong>[])[NegationCues, IrrealisCues, ScopeEnds, Cues.Keys, FirstPersonSubjects, ThirdPersonSubjects])
        {
            foreach (var unit in list)
            {
                traits[unit] = new WordTraits(
                    (byte)((NegationCues.Contains(unit) ? FlagNegation : 0)
                        | (IrrealisCues.Contains(unit) ? FlagIrrealis : 0)
                        | (ScopeEnds.Contains(unit) ? FlagScopeEnd : 0)),
                    Cues.GetValueOrDefault(unit),
                    FirstPersonSubjects.Contains(unit) ? (byte)1 : ThirdPersonSubjects.Contains(unit) ? (byte)2 : (byte)0);
            }
        }

        return traits;
    }

    /// <summary>A word's negation, irrealis and scope-end flags, its cue group (0 for none) and its person (1 first, 2
    /// third, 0 neither).</summary>
    private readonly record struct WordTraits(byte Flags, byte Cue, byte Person);

    private static HashSet<ulong> Hashes(string words)
    {
        var set = new HashSet<ulong>();
        foreach (var word in words.Split(' '))
        {
            set.Add(Lower(word));
        }

        return set;
    }
}
