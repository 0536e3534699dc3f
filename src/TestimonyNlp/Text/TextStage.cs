using System.Runtime.InteropServices;
using TestimonyNlp.Model;
using TestimonyNlp.Pipeline;

namespace TestimonyNlp.Text;

/// <summary>
/// The text stage: tokenizes every segment of the testimony into <see cref="Document.Tokens"/> (text order)
/// and splits each speaker turn into <see cref="Document.Sentences"/>. Consecutive segments with the same
/// <see cref="Segment.Turn"/> form one turn; a sentence may run from one segment of a turn into the next but
/// never into another turn. Text outside every segment (speaker labels, timestamps, headers) is not tokenized.
/// </summary>
public sealed class TextStage : IPipelineStage
{
    private readonly Tokenizer _tokenizer;
    private readonly SentenceSplitter _splitter;

    /// <summary>Creates the stage with the default tokenizer and splitter.</summary>
    public TextStage()
        : this(new Tokenizer(), new SentenceSplitter())
    {
    }

    /// <summary>Creates the stage with the given tokenizer and splitter.</summary>
    public TextStage(Tokenizer tokenizer, SentenceSplitter splitter)
    {
        _tokenizer = tokenizer ?? throw new ArgumentNullException(nameof(tokenizer));
        _splitter = splitter ?? throw new ArgumentNullException(nameof(splitter));
    }

    /// <inheritdoc />
    public string Name => "text";

    /// <summary>
    /// Appends the tokens and sentences of <paramref name="document"/>'s segments. Segment bounds are clamped
    /// to the text and to the end of the previous segment, so a malformed segment list can neither throw nor
    /// produce overlapping or out-of-order tokens.
    /// </summary>
    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var segments = document.Testimony.Segments;
        if (segments.IsDefaultOrEmpty)
        {
            return;
        }

        var text = document.Text;
        var tokens = document.Tokens;
        tokens.EnsureCapacity(tokens.Count + (text.Length / 5));
        var parts = new TurnSegment[segments.Length];
        var previousEnd = 0;
        var turnStart = 0;
        for (var k = 0; k < segments.Length; k++)
        {
            var segment = segments[k];
            var start = Math.Clamp(segment.Start, previousEnd, text.Length);
            var end = Math.Clamp(segment.End, start, text.Length);
            parts[k] = new TurnSegment(k, tokens.Count);
            _tokenizer.Tokenize(text, start, end, tokens);
            previousEnd = end;

            if (k + 1 < segments.Length && segments[k + 1].Turn == segment.Turn)
            {
                continue;
            }

            var firstToken = parts[turnStart].FirstToken;
            _splitter.Split(
                text,
                CollectionsMarshal.AsSpan(tokens),
                firstToken,
                tokens.Count - firstToken,
                parts.AsSpan(turnStart, k - turnStart + 1),
                document.Sentences);
            turnStart = k + 1;
            cancellationToken.ThrowIfCancellationRequested();
        }
    }
}
