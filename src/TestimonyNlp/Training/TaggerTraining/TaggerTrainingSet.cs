using System.Collections.Immutable;
using TestimonyNlp.Entities.Lexicons;
using TestimonyNlp.Entities.Tagger;
using TestimonyNlp.Model;
using TestimonyNlp.Training.Corpus;

namespace TestimonyNlp.Training;

/// <summary>
/// The training tokens with their static feature buckets computed once, their gold tags and the hashes the
/// tag-dependent features need, so that epochs can visit sentences in any order.
/// </summary>
internal sealed class TrainingSet
{
    private readonly int _bits;
    private readonly TaggerFeatures _features = new();
    private readonly List<int> _buckets = [];
    private readonly List<int> _offsets = [0];
    private readonly List<(int First, int Count)> _sentences = [];
    private readonly List<int> _weights = [];

    public TrainingSet(int bits)
    {
        _bits = bits;
    }

    public List<byte> Tags { get; } = [];

    public List<ulong> Lower { get; } = [];

    public List<ulong> Shape { get; } = [];

    public int SentenceCount => _sentences.Count;

    public int TokenCount => Tags.Count;

    public int SkippedSpans { get; private set; }

    public int OutsideSentences { get; private set; }

    public (int First, int Count) Sentence(int index) => _sentences[index];

    public int StaticBuckets(int token, Span<int> buckets)
    {
        var start = _offsets[token];
        var count = _offsets[token + 1] - start;
        for (var k = 0; k < count; k++)
        {
            buckets[k] = _buckets[start + k];
        }

        return count;
    }

    public void Add(Document document, ImmutableArray<GoldEntity> gold, GivenNameLexicon? names) => Add(document, gold, names, null, 1);

    /// <summary>
    /// Adds the sentences of <paramref name="document"/> for which <paramref name="keep"/> is true (all when null),
    /// each to be visited <paramref name="weight"/> times per epoch; gold spans outside them are not counted. Returns
    /// the number of sentences added.
    /// </summary>
    public int Add(Document document, ImmutableArray<GoldEntity> gold, GivenNameLexicon? names, bool[]? keep, int weight)
    {
        var added = 0;
        _features.Prepare(document, names, _bits);
        var tokens = document.Tokens;
        var tags = new byte[tokens.Count];
        var sentenceOf = new int[tokens.Count];
        Array.Fill(sentenceOf, -1);
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            for (var t = sentence.FirstToken; t < sentence.FirstToken + sentence.TokenCount && t < tokens.Count; t++)
            {
                sentenceOf[t] = s;
            }
        }

        foreach (var entity in gold)
        {
            if (keep is not null && !Kept(document, keep, entity.Start))
            {
                continue;
            }

            var first = tokens.FindIndex(t => t.Start == entity.Start);
            var last = tokens.FindIndex(t => t.End == entity.End);
            if (first < 0 && !document.Sentences.Exists(s => entity.Start >= s.Start && entity.Start < s.End))
            {
                OutsideSentences++;
                continue;
            }

            if (first < 0 || last < first || sentenceOf[first] < 0 || sentenceOf[first] != sentenceOf[last] || !AllOutside(tags, first, last))
            {
                SkippedSpans++;
                continue;
            }

            BilouTags.Encode([new TokenSpan(0, last - first + 1, entity.Type)], tags.AsSpan(first, last - first + 1));
        }

        Span<int> buckets = stackalloc int[TaggerFeatures.MaxStatic];
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            var count = Math.Min(sentence.TokenCount, tokens.Count - sentence.FirstToken);
            if (count <= 0 || (keep is not null && !keep[s]))
            {
                continue;
            }

            var role = document.RoleOf(sentence);
            _sentences.Add((Tags.Count, count));
            _weights.Add(weight);
            added++;
            for (var t = sentence.FirstToken; t < sentence.FirstToken + count; t++)
            {
                var n = _features.Static(t, sentence.FirstToken, sentence.FirstToken + count, role, buckets);
                for (var k = 0; k < n; k++)
                {
                    _buckets.Add(buckets[k]);
                }

                _offsets.Add(_buckets.Count);
                Tags.Add(tags[t]);
                Lower.Add(_features.Lower(t));
                Shape.Add(_features.Shape(t));
            }
        }

        return added;
    }

    /// <summary>
    /// The order of one epoch before shuffling: each sentence index as many times as its weight (with no weighted
    /// sentence, exactly 0, 1, 2, ... as before weights existed, so the shuffle and the model stay the same).
    /// </summary>
    public int[] Visits()
    {
        var visits = new List<int>(_sentences.Count);
        for (var s = 0; s < _sentences.Count; s++)
        {
            for (var w = 0; w < _weights[s]; w++)
            {
                visits.Add(s);
            }
        }

        return [.. visits];
    }

    private static bool Kept(Document document, bool[] keep, int offset)
    {
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            if (offset >= document.Sentences[s].Start && offset < document.Sentences[s].End)
            {
                return keep[s];
            }
        }

        return false;
    }

    private static bool AllOutside(byte[] tags, int first, int last)
    {
        for (var t = first; t <= last; t++)
        {
            if (tags[t] != BilouTags.Outside)
            {
                return false;
            }
        }

        return true;
    }
}
