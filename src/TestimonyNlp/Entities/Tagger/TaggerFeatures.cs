using System.Runtime.InteropServices;
using TestimonyNlp.Entities.Lexicons;
using TestimonyNlp.Model;

namespace TestimonyNlp.Entities.Tagger;

/// <summary>
/// Computes the hashed feature buckets of each token of a document: per-token hashes are computed once per
/// document into reused arrays, then each token's features combine them with its neighbours' in its sentence.
/// One instance serves one thread.
/// </summary>
internal sealed class TaggerFeatures
{
    /// <summary>The most static features one token can have.</summary>
    public const int MaxStatic = 48;

    /// <summary>The number of features that depend on the previous tags.</summary>
    public const int DynamicCount = 4;

    private const ulong Boundary = 0x5EB0_5EB0_5EB0_5EB0UL;
    private const byte FlagGivenName = 1;
    private const byte FlagKunyaName = 2;
    private const byte FlagCapital = 4;
    private const byte FlagAllCaps = 8;
    private const byte FlagDigit = 16;
    private const byte EvidenceLowerCase = 1;
    private const byte EvidenceMidSentence = 2;
    private const byte EvidenceAfterLocative = 4;
    private const byte EvidenceAfterPersonCue = 8;
    private const byte EvidenceBeforeDesignator = 16;
    private const byte EvidenceSpotted = 32;

    private static readonly HashSet<ulong> Locatives = Hashes("in from to near at into towards toward outside inside through via");
    private static readonly HashSet<ulong> PersonCues = Hashes("called named name mr mrs ms dr sheikh said told asked");

    private readonly FoldedTokens _folded = new();
    private readonly List<GivenNameMatch> _names = [];
    private ulong[] _word = [];
    private ulong[] _lower = [];
    private ulong[] _shape = [];
    private byte[] _class = [];
    private byte[] _flags = [];
    private byte[] _spot = [];
    private byte[] _evidence = [];
    private readonly Dictionary<ulong, byte> _evidenceByWord = [];
    private string _text = string.Empty;
    private List<Token> _tokens = [];
    private int _bits;

    /// <summary>Computes the per-token hashes of <paramref name="document"/>.</summary>
    public void Prepare(Document document, GivenNameLexicon? names, int bits)
    {
        _text = document.Text;
        _tokens = document.Tokens;
        _bits = bits;
        var count = _tokens.Count;
        if (_word.Length < count)
        {
            var size = Math.Max(count, _word.Length * 2);
            _word = new ulong[size];
            _lower = new ulong[size];
            _shape = new ulong[size];
            _class = new byte[size];
            _flags = new byte[size];
            _spot = new byte[size];
            _evidence = new byte[size];
        }

        var text = _text.AsSpan();
        for (var i = 0; i < count; i++)
        {
            var span = _tokens[i].Span(_text);
            _word[i] = FeatureHash.Of(span);
            var lower = FeatureHash.OfLower(span);
            _lower[i] = lower;
            _shape[i] = ShapeHash(span);
            _class[i] = WordClasses.Of(lower);
            _flags[i] = CaseFlags(span);
            _spot[i] = BilouTags.Outside;
        }

        if (names is not null && count > 0)
        {
            var tokens = CollectionsMarshal.AsSpan(_tokens);
            _folded.Fold(text, tokens);
            _names.Clear();
            names.Find(text, _folded, 0, count, _names);
            foreach (var match in _names)
            {
                for (var t = match.FirstToken; t <= match.LastToken && t < count; t++)
                {
                    _flags[t] |= match.IsKunya ? FlagKunyaName : FlagGivenName;
                }
            }
        }

        foreach (var mention in document.Entities)
        {
            MarkSpotted(mention);
        }

        CollectEvidence(document);
    }

    // What the whole testimony says about each word: a name used once after "in" and once after "my brother" is
    // ambiguous in every sentence, while one that only ever follows "from" is a place everywhere. Words are
    // keyed by their lower-case hash; a capitalised word also counts as common when it appears in lower case.
    private void CollectEvidence(Document document)
    {
        var count = _tokens.Count;
        var byWord = _evidenceByWord;
        byWord.Clear();
        var sentenceStart = 0;
        var sentences = document.Sentences;
        var nextSentence = 0;
        for (var i = 0; i < count; i++)
        {
            while (nextSentence < sentences.Count && sentences[nextSentence].FirstToken <= i)
            {
                sentenceStart = sentences[nextSentence].FirstToken;
                nextSentence++;
            }

            var lower = _lower[i];
            byte bits = 0;
            if ((_flags[i] & FlagCapital) == 0)
            {
                if (_tokens[i].Span(_text) is { Length: > 0 } word && char.IsLower(word[0]))
                {
                    bits |= EvidenceLowerCase;
                }
            }
            else
            {
                if (i > sentenceStart)
                {
                    bits |= EvidenceMidSentence;
                    var before = _lower[i - 1];
                    if (Locatives.Contains(before))
                    {
                        bits |= EvidenceAfterLocative;
                    }
                    else if (_class[i - 1] is WordClasses.Title or WordClasses.Kunya || PersonCues.Contains(before))
                    {
                        bits |= EvidenceAfterPersonCue;
                    }
                }

                if (i + 1 < count && _class[i + 1] == WordClasses.Designator)
                {
                    bits |= EvidenceBeforeDesignator;
                }

                if (_spot[i] != BilouTags.Outside)
                {
                    bits |= EvidenceSpotted;
                }
            }

            if (bits != 0)
            {
                byWord[lower] = (byte)(byWord.GetValueOrDefault(lower) | bits);
            }
        }

        for (var i = 0; i < count; i++)
        {
            _evidence[i] = byWord.GetValueOrDefault(_lower[i]);
        }
    }

    /// <summary>Drops the references to the last document, keeping the buffers.</summary>
    public void Release()
    {
        _text = string.Empty;
        _tokens = [];
    }

    /// <summary>The bucket bits of the table the features are hashed into.</summary>
    public int Bits => _bits;

    /// <summary>The lower-case hash of token <paramref name="token"/>.</summary>
    public ulong Lower(int token) => _lower[token];

    /// <summary>Writes the static feature buckets of <paramref name="token"/> in the sentence of tokens
    /// [<paramref name="first"/>, <paramref name="end"/>) and returns how many were written.</summary>
    public int Static(int token, int first, int end, SpeakerRole role, Span<int> buckets)
    {
        var n = 0;
        var bits = _bits;
        var lower = _lower[token];
        var p1 = token - 1 >= first ? _lower[token - 1] : Boundary;
        var p2 = token - 2 >= first ? _lower[token - 2] : Boundary;
        var n1 = token + 1 < end ? _lower[token + 1] : Boundary + 1;
        var n2 = token + 2 < end ? _lower[token + 2] : Boundary + 1;
        var flags = _flags[token];
        var pf = token - 1 >= first ? _flags[token - 1] : (byte)128;
        var nf = token + 1 < end ? _flags[token + 1] : (byte)128;
        var pc = token - 1 >= first ? _class[token - 1] : (byte)255;
        var nc = token + 1 < end ? _class[token + 1] : (byte)255;
        var ps = token - 1 >= first ? _spot[token - 1] : (byte)255;
        var ns = token + 1 < end ? _spot[token + 1] : (byte)255;
        var isFirst = token == first ? 1UL : 0UL;

        buckets[n++] = FeatureHash.Bucket(0, 0, bits);
        buckets[n++] = FeatureHash.Bucket(1, _word[token], bits);
        buckets[n++] = FeatureHash.Bucket(2, lower, bits);
        buckets[n++] = FeatureHash.Bucket(3, _shape[token], bits);
        buckets[n++] = FeatureHash.Bucket(4, p1, bits);
        buckets[n++] = FeatureHash.Bucket(5, p2, bits);
        buckets[n++] = FeatureHash.Bucket(6, n1, bits);
        buckets[n++] = FeatureHash.Bucket(7, n2, bits);
        buckets[n++] = FeatureHash.Bucket(8, FeatureHash.Combine(p1, lower), bits);
        buckets[n++] = FeatureHash.Bucket(9, FeatureHash.Combine(lower, n1), bits);
        buckets[n++] = FeatureHash.Bucket(10, (isFirst << 8) | flags, bits);
        buckets[n++] = FeatureHash.Bucket(11, ((ulong)pf << 16) | ((ulong)flags << 8) | nf, bits);
        buckets[n++] = FeatureHash.Bucket(12, (ulong)_tokens[token].Kind, bits);
        buckets[n++] = FeatureHash.Bucket(13, _class[token], bits);
        buckets[n++] = FeatureHash.Bucket(14, pc, bits);
        buckets[n++] = FeatureHash.Bucket(15, nc, bits);
        buckets[n++] = FeatureHash.Bucket(16, ((ulong)pc << 16) | ((ulong)_class[token] << 8) | nc, bits);
        buckets[n++] = FeatureHash.Bucket(17, _spot[token], bits);
        buckets[n++] = FeatureHash.Bucket(18, ((ulong)ps << 16) | ((ulong)_spot[token] << 8) | ns, bits);
        buckets[n++] = FeatureHash.Bucket(19, FeatureHash.Combine(_spot[token], lower), bits);
        buckets[n++] = FeatureHash.Bucket(20, (ulong)role, bits);
        buckets[n++] = FeatureHash.Bucket(21, ((ulong)role << 8) | flags, bits);
        buckets[n++] = FeatureHash.Bucket(22, FeatureHash.Combine(_shape[token], token - 1 >= first ? _shape[token - 1] : Boundary), bits);
        buckets[n++] = FeatureHash.Bucket(23, FeatureHash.Combine(_shape[token], token + 1 < end ? _shape[token + 1] : Boundary), bits);

        buckets[n++] = FeatureHash.Bucket(34, FeatureHash.Combine(p2, p1), bits);
        buckets[n++] = FeatureHash.Bucket(35, FeatureHash.Combine(n1, n2), bits);
        buckets[n++] = FeatureHash.Bucket(36, token - 1 >= first ? _word[token - 1] : Boundary, bits);
        buckets[n++] = FeatureHash.Bucket(37, token + 1 < end ? _word[token + 1] : Boundary, bits);
        buckets[n++] = FeatureHash.Bucket(38, ((ulong)(token - 2 >= first ? _class[token - 2] : 255) << 8) | (token + 2 < end ? _class[token + 2] : 255u), bits);
        buckets[n++] = FeatureHash.Bucket(39, ((ulong)(token - 2 >= first ? _spot[token - 2] : 255) << 8) | (token + 2 < end ? _spot[token + 2] : 255u), bits);

        var evidence = _evidence[token];
        if (evidence != 0 && (flags & FlagCapital) != 0)
        {
            buckets[n++] = FeatureHash.Bucket(50, evidence, bits);
            buckets[n++] = FeatureHash.Bucket(51, ((ulong)evidence << 16) | ((ulong)isFirst << 8) | _spot[token], bits);
        }

        if (token - 1 >= first)
        {
            var before = _tokens[token - 1].Span(_text);
            buckets[n++] = FeatureHash.Bucket(48, FeatureHash.OfLower(before[^Math.Min(3, before.Length)..]), bits);
        }

        if (token + 1 < end)
        {
            var after = _tokens[token + 1].Span(_text);
            buckets[n++] = FeatureHash.Bucket(49, FeatureHash.OfLower(after[^Math.Min(3, after.Length)..]), bits);
        }

        var span = _tokens[token].Span(_text);
        var length = Math.Min(span.Length, 4);
        var prefix = FeatureHash.Offset;
        for (var k = 0; k < length; k++)
        {
            prefix = FeatureHash.Add(prefix, char.ToLowerInvariant(span[k]));
            buckets[n++] = FeatureHash.Bucket(24 + k, prefix, bits);
        }

        for (var k = 1; k <= length; k++)
        {
            buckets[n++] = FeatureHash.Bucket(28 + k, FeatureHash.OfLower(span[^k..]), bits);
        }

        var hyphen = span.IndexOf('-');
        if (hyphen is > 0 and <= 4 && hyphen < span.Length - 1)
        {
            // Arabic articles and name particles (al-, el-, ez-, bin-) mark names and places.
            buckets[n++] = FeatureHash.Bucket(33, FeatureHash.OfLower(span[..hyphen]), bits);
        }

        return n;
    }

    private static HashSet<ulong> Hashes(string words)
    {
        var set = new HashSet<ulong>();
        foreach (var word in words.Split(' '))
        {
            set.Add(FeatureHash.Of(word));
        }

        return set;
    }

    /// <summary>The shape hash of token <paramref name="token"/>.</summary>
    public ulong Shape(int token) => _shape[token];

    /// <summary>Writes the features of a token with lower-case hash <paramref name="lower"/> and shape hash
    /// <paramref name="shape"/> that depend on the previous two tags.</summary>
    public static int Dynamic(ulong lower, ulong shape, byte previous, byte beforePrevious, int bits, Span<int> buckets)
    {
        buckets[0] = FeatureHash.Bucket(40, previous, bits);
        buckets[1] = FeatureHash.Bucket(41, ((ulong)beforePrevious << 8) | previous, bits);
        buckets[2] = FeatureHash.Bucket(42, FeatureHash.Combine(previous, lower), bits);
        buckets[3] = FeatureHash.Bucket(43, FeatureHash.Combine(previous, shape), bits);
        return DynamicCount;
    }

    private void MarkSpotted(EntityMention mention)
    {
        // Tokens are in text order: find the first token ending after the mention start.
        var tokens = _tokens;
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].End <= mention.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        var firstToken = lo;
        var last = firstToken;
        while (last < tokens.Count && tokens[last].Start < mention.End)
        {
            last++;
        }

        var count = last - firstToken;
        if (count <= 0)
        {
            return;
        }

        for (var t = firstToken; t < last; t++)
        {
            if (_spot[t] != BilouTags.Outside)
            {
                return;
            }
        }

        BilouTags.Encode([new TokenSpan(0, count, mention.Type)], _spot.AsSpan(firstToken, count));
    }

    private static ulong ShapeHash(ReadOnlySpan<char> span)
    {
        var hash = FeatureHash.Offset;
        var previous = '\0';
        var run = 0;
        foreach (var c in span)
        {
            var shape = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'l' : c;
            if (shape == previous)
            {
                // Runs longer than two collapse, so Xxxxxx and Xxxx share a shape while dd and dddd do not.
                if (++run >= 2)
                {
                    continue;
                }
            }
            else
            {
                run = 0;
                previous = shape;
            }

            hash = FeatureHash.Add(hash, shape);
        }

        return hash;
    }

    private static byte CaseFlags(ReadOnlySpan<char> span)
    {
        if (span.IsEmpty)
        {
            return 0;
        }

        byte flags = 0;
        if (char.IsUpper(span[0]))
        {
            flags |= FlagCapital;
            var allCaps = span.Length > 1;
            foreach (var c in span)
            {
                if (char.IsLower(c))
                {
                    allCaps = false;
                    break;
                }
            }

            if (allCaps)
            {
                flags |= FlagAllCaps;
            }
        }

        if (char.IsDigit(span[0]))
        {
            flags |= FlagDigit;
        }

        return flags;
    }
}
