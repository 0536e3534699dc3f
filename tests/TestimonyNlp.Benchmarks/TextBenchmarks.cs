using System.Runtime.InteropServices;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Benchmarks;

/// <summary>
/// Throughput of the text stage over a generated 1 Mi-character transcript. One benchmark operation is one
/// character (<c>OperationsPerInvoke = TextLength</c>), so Mean is nanoseconds per character:
/// characters per second = 10^9 / Mean, shown as the Mchar/s and MB/s columns.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class TextBenchmarks
{
    /// <summary>Characters in the generated transcript (about 1 MB of UTF-8).</summary>
    public const int TextLength = 1 << 20;

    private readonly Tokenizer _tokenizer = new();
    private readonly SentenceSplitter _splitter = new();
    private readonly TextStage _stage = new();
    private readonly List<Token> _tokens = new(TextLength / 3);
    private readonly List<Sentence> _sentences = new(TextLength / 40);
    private string _text = "";
    private Testimony? _testimony;

    /// <summary>Builds the transcript and its segments.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _text = TestimonyText.Build(TextLength);
        _testimony = new Testimony
        {
            Source = "bench.txt",
            TestimonyId = "bench",
            Content = _text,
            ContentSha256 = "",
            Format = "text",
            Segments = TestimonyText.Segments(_text),
        };
    }

    /// <summary>The tokenizer alone, over the whole text as one span.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = TextLength)]
    public int Tokenize()
    {
        _tokens.Clear();
        _tokenizer.Tokenize(_text.AsSpan(), 0, _tokens);
        return _tokens.Count;
    }

    /// <summary>The tokenizer, then the sentence splitter over all tokens as one turn.</summary>
    [Benchmark(OperationsPerInvoke = TextLength)]
    public int TokenizeAndSplit()
    {
        _tokens.Clear();
        _sentences.Clear();
        _tokenizer.Tokenize(_text.AsSpan(), 0, _tokens);
        var segment = new TurnSegment(0, 0);
        _splitter.Split(_text, CollectionsMarshal.AsSpan(_tokens), 0, _tokens.Count, new ReadOnlySpan<TurnSegment>(in segment), _sentences);
        return _sentences.Count;
    }

    /// <summary>The whole text stage on a fresh document: one segment and one turn per transcript line.</summary>
    [Benchmark(OperationsPerInvoke = TextLength)]
    public int TextStage()
    {
        var document = new Document(_testimony!);
        _stage.Process(document, CancellationToken.None);
        return document.Sentences.Count;
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            var text = TestimonyText.Build(TextLength);
            AddColumn(ThroughputColumn.CharsPerSecond());
            AddColumn(ThroughputColumn.BytesPerSecond((double)Encoding.UTF8.GetByteCount(text) / text.Length));
        }
    }
}
