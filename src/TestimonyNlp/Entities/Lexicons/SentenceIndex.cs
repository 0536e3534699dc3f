using TestimonyNlp.Model;

namespace TestimonyNlp.Entities.Lexicons;

/// <summary>
/// The sentence each token belongs to, with the token range of every sentence. Tokens outside every sentence
/// (there are none after the text stage, but a document may come from elsewhere) form sentences of their own;
/// sentences that overlap or run out of order are ignored in favour of one sentence over all tokens.
/// </summary>
internal sealed class SentenceIndex
{
    private readonly int[] _sentenceOf;
    private readonly List<(int First, int End)> _ranges;

    private SentenceIndex(int[] sentenceOf, List<(int First, int End)> ranges)
    {
        _sentenceOf = sentenceOf;
        _ranges = ranges;
    }

    /// <summary>Number of sentences.</summary>
    public int Count => _ranges.Count;

    /// <summary>Builds the index for <paramref name="tokenCount"/> tokens and <paramref name="sentences"/>.</summary>
    public static SentenceIndex Create(int tokenCount, IReadOnlyList<Sentence> sentences)
    {
        var ranges = new List<(int First, int End)>(sentences.Count + 1);
        var next = 0;
        foreach (var sentence in sentences)
        {
            var first = sentence.FirstToken;
            var end = (long)first + sentence.TokenCount;
            if (first < next || end > tokenCount || sentence.TokenCount < 0)
            {
                ranges.Clear();
                next = 0;
                break;
            }

            if (first > next)
            {
                ranges.Add((next, first));
            }

            if (sentence.TokenCount > 0)
            {
                ranges.Add((first, (int)end));
            }

            next = (int)end;
        }

        if (next < tokenCount)
        {
            ranges.Add((next, tokenCount));
        }

        var sentenceOf = new int[tokenCount];
        for (var s = 0; s < ranges.Count; s++)
        {
            for (var t = ranges[s].First; t < ranges[s].End; t++)
            {
                sentenceOf[t] = s;
            }
        }

        return new SentenceIndex(sentenceOf, ranges);
    }

    /// <summary>The sentence of token <paramref name="token"/>.</summary>
    public int SentenceOf(int token) => _sentenceOf[token];

    /// <summary>First token of sentence <paramref name="sentence"/>.</summary>
    public int First(int sentence) => _ranges[sentence].First;

    /// <summary>Token just past sentence <paramref name="sentence"/>.</summary>
    public int End(int sentence) => _ranges[sentence].End;

    /// <summary>The tokens from <paramref name="before"/> sentences before that of <paramref name="token"/> to
    /// <paramref name="after"/> sentences after it, as <c>[From, To)</c>.</summary>
    public (int From, int To) Window(int token, int before, int after)
    {
        var sentence = _sentenceOf[token];
        return (_ranges[Math.Max(0, sentence - before)].First, _ranges[Math.Min(_ranges.Count - 1, sentence + after)].End);
    }
}
