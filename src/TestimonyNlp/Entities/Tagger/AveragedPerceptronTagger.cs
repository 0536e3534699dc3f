using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using TestimonyNlp.Entities.Lexicons;
using TestimonyNlp.Model;

namespace TestimonyNlp.Entities.Tagger;

/// <summary>
/// Greedy left-to-right BILOU tagging of each sentence of a document with an averaged-perceptron
/// <see cref="TaggerModel"/>; the previous two tags are features. Thread-safe: per-thread buffers are reused.
/// </summary>
public sealed class AveragedPerceptronTagger
{
    [ThreadStatic]
    private static Workspace? t_workspace;

    private readonly TaggerModel _model;
    private readonly GivenNameLexicon? _names;

    /// <summary>Creates a tagger over <paramref name="model"/>; <paramref name="names"/> feeds the given-name features.</summary>
    public AveragedPerceptronTagger(TaggerModel model, GivenNameLexicon? names)
    {
        _model = model ?? throw new ArgumentNullException(nameof(model));
        _names = names;
    }

    /// <summary>The model.</summary>
    public TaggerModel Model => _model;

    /// <summary>Appends the spans found in the sentences of <paramref name="document"/> to <paramref name="spans"/>.</summary>
    public void Tag(Document document, List<TaggedSpan> spans, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(spans);
        if (document.Tokens.Count == 0)
        {
            return;
        }

        var workspace = t_workspace ??= new Workspace();
        var features = workspace.Features;
        features.Prepare(document, _names, _model.Bits);
        var tokens = document.Tokens;
        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = Math.Min(sentence.TokenCount, tokens.Count - sentence.FirstToken);
            if (count <= 0 || sentence.FirstToken < 0)
            {
                continue;
            }

            var role = document.RoleOf(sentence);
            workspace.Ensure(count);
            var tags = workspace.Tags.AsSpan(0, count);
            var margins = workspace.Margins.AsSpan(0, count);
            Decode(_model.Weights, features, sentence.FirstToken, count, role, tags, margins);

            workspace.Spans.Clear();
            BilouTags.Decode(tags, workspace.Spans);
            foreach (var span in workspace.Spans)
            {
                var margin = float.MaxValue;
                for (var k = span.FirstToken; k < span.EndToken; k++)
                {
                    margin = Math.Min(margin, margins[k]);
                }

                var first = sentence.FirstToken + span.FirstToken;
                var last = first + span.TokenCount - 1;
                spans.Add(new TaggedSpan(first, span.TokenCount, tokens[first].Start, tokens[last].End, span.Type, margin));
            }
        }

        features.Release();
        if (tokens.Count > Defaults.MaxReusedTokens)
        {
            // Keeping a huge document's buffers alive on the worker thread would hold memory for nothing.
            t_workspace = null;
        }
    }

    internal static void Decode(
        float[] weights,
        TaggerFeatures features,
        int first,
        int count,
        SpeakerRole role,
        Span<byte> tags,
        Span<float> margins)
    {
        Span<int> buckets = stackalloc int[TaggerFeatures.MaxStatic + TaggerFeatures.DynamicCount];
        Span<float> scores = stackalloc float[TaggerModel.Stride];
        byte previous = BilouTags.Outside, beforePrevious = BilouTags.Outside;
        for (var i = 0; i < count; i++)
        {
            var token = first + i;
            var n = features.Static(token, first, first + count, role, buckets);
            n += TaggerFeatures.Dynamic(features.Lower(token), features.Shape(token), previous, beforePrevious, features.Bits, buckets[n..]);
            Score(weights, buckets[..n], scores);
            var best = Best(scores, previous, i == count - 1, out var margin);
            tags[i] = best;
            margins[i] = margin;
            beforePrevious = previous;
            previous = best;
        }
    }

    internal static void Score(float[] weights, ReadOnlySpan<int> buckets, Span<float> scores)
    {
        var a = Vector256<float>.Zero;
        var b = Vector256<float>.Zero;
        var c = Vector256<float>.Zero;
        ref var table = ref MemoryMarshal.GetArrayDataReference(weights);
        foreach (var bucket in buckets)
        {
            ref var row = ref Unsafe.Add(ref table, bucket * TaggerModel.Stride);
            a += Vector256.LoadUnsafe(ref row);
            b += Vector256.LoadUnsafe(ref row, 8);
            c += Vector256.LoadUnsafe(ref row, 16);
        }

        a.StoreUnsafe(ref MemoryMarshal.GetReference(scores));
        b.StoreUnsafe(ref MemoryMarshal.GetReference(scores), 8);
        c.StoreUnsafe(ref MemoryMarshal.GetReference(scores), 16);
    }

    /// <summary>
    /// The best tag allowed after <paramref name="previous"/> (BILOU order: after B or I of a type only I or L of that
    /// type; elsewhere O, B or U; at the sentence's last token no B or I), and its margin over the runner-up.
    /// </summary>
    internal static byte Best(ReadOnlySpan<float> scores, byte previous, bool last, out float margin)
    {
        var best = -1;
        var bestScore = float.NegativeInfinity;
        var second = float.NegativeInfinity;
        for (var tag = 0; tag < BilouTags.Count; tag++)
        {
            if (!Allowed(previous, (byte)tag, last))
            {
                continue;
            }

            var score = scores[tag];
            if (best < 0 || score > bestScore)
            {
                second = bestScore;
                bestScore = score;
                best = tag;
            }
            else if (score > second)
            {
                second = score;
            }
        }

        margin = Math.Min(bestScore - second, Defaults.MaxMargin);
        return (byte)best;
    }

    /// <summary>The best tag regardless of order (used in training, where the history may be invalid).</summary>
    internal static byte BestAny(ReadOnlySpan<float> scores)
    {
        var best = 0;
        for (var tag = 1; tag < BilouTags.Count; tag++)
        {
            if (scores[tag] > scores[best])
            {
                best = tag;
            }
        }

        return (byte)best;
    }

    /// <summary>True when <paramref name="tag"/> may follow <paramref name="previous"/>.</summary>
    internal static bool Allowed(byte previous, byte tag, bool last)
    {
        var position = BilouTags.PositionOf(tag);
        if (last && position is BilouPosition.Begin or BilouPosition.Inside)
        {
            return false;
        }

        var open = BilouTags.PositionOf(previous) is BilouPosition.Begin or BilouPosition.Inside;
        return open
            ? position is BilouPosition.Inside or BilouPosition.Last && BilouTags.TypeOf(tag) == BilouTags.TypeOf(previous)
            : position is BilouPosition.Outside or BilouPosition.Begin or BilouPosition.Unit;
    }

    /// <summary>Default values.</summary>
    public static class Defaults
    {
        /// <summary>The margin given to a token whose tag was the only one allowed.</summary>
        public const float MaxMargin = 1000f;

        /// <summary>The largest document (in tokens) whose buffers are kept for the next document on a thread.</summary>
        public const int MaxReusedTokens = 1 << 18;
    }

    private sealed class Workspace
    {
        public TaggerFeatures Features { get; } = new();

        public byte[] Tags { get; private set; } = new byte[256];

        public float[] Margins { get; private set; } = new float[256];

        public List<TokenSpan> Spans { get; } = [];

        public void Ensure(int count)
        {
            if (Tags.Length < count)
            {
                Tags = new byte[count * 2];
                Margins = new float[count * 2];
            }
        }
    }
}
