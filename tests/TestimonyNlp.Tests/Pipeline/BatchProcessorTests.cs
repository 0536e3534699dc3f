using TestimonyNlp.Ingest;
using TestimonyNlp.Model;
using TestimonyNlp.Pipeline;

namespace TestimonyNlp.Tests.Pipeline;

public sealed class BatchProcessorTests
{
    [Fact]
    public async Task RunAsync_StagesOfUnevenSpeed_ReportsInInputOrder()
    {
        var pipeline = new TestimonyPipeline([new SleepyStage()]);
        var inputs = Enumerable.Range(0, 40).Select(i => Input($"t{i:D2}.txt", $"t{i:D2}")).ToArray();
        var seen = new List<string>();

        await new BatchProcessor(pipeline, parallelism: 4).RunAsync(
            inputs,
            _ => true,
            item =>
            {
                if (item is BatchItem.Processed processed)
                {
                    seen.Add(processed.Result.Testimony.TestimonyId);
                }
            },
            CancellationToken.None);

        Assert.Equal(Enumerable.Range(0, 40).Select(i => $"t{i:D2}"), seen);
    }

    [Fact]
    public async Task RunAsync_StageThrowsOnOneTestimony_ReportsItFailedAndGoesOn()
    {
        var pipeline = new TestimonyPipeline([new FailingStage("t1")]);
        var items = new List<string>();

        await new BatchProcessor(pipeline, parallelism: 2).RunAsync(
            [Input("a.txt", "t0"), Input("b.txt", "t1"), Input("c.txt", "t2")],
            _ => true,
            item => items.Add(Describe(item)),
            CancellationToken.None);

        Assert.Equal(
            [
                "processed t0", "completed a.txt",
                "failed b.txt: internal error while processing testimony t1 (InvalidOperationException)", "completed b.txt",
                "processed t2", "completed c.txt",
            ],
            items);
    }

    [Fact]
    public async Task RunAsync_FilterRefusesTestimony_ReportsItSkipped()
    {
        var items = new List<string>();

        await new BatchProcessor(new TestimonyPipeline([]), parallelism: 2).RunAsync(
            [Input("a.txt", "t0"), Input("b.txt", "t1")],
            testimony => testimony.TestimonyId != "t1",
            item => items.Add(Describe(item)),
            CancellationToken.None);

        Assert.Equal(["processed t0", "completed a.txt", "skipped t1", "completed b.txt"], items);
    }

    [Fact]
    public async Task RunAsync_StreamedInputWithBadRecord_ReportsEachRecordThenCompletion()
    {
        var streamed = new BatchInput(
            "batch.jsonl",
            _ =>
            [
                IngestOutcome.ForSuccess(Testimony("batch.jsonl", "j1")),
                IngestOutcome.ForFailure("batch.jsonl", "invalid JSON", line: 2),
                IngestOutcome.ForSuccess(Testimony("batch.jsonl", "j3")),
            ],
            streamed: true);
        var items = new List<string>();

        await new BatchProcessor(new TestimonyPipeline([]), parallelism: 2).RunAsync(
            [streamed, BatchInput.ForError(new IngestError("missing.txt", null, "no such file or directory"))],
            _ => true,
            item => items.Add(Describe(item)),
            CancellationToken.None);

        Assert.Equal(
            [
                "processed j1", "failed batch.jsonl:2: invalid JSON", "processed j3", "completed batch.jsonl",
                "failed missing.txt: no such file or directory", "completed missing.txt",
            ],
            items);
    }

    [Fact]
    public async Task RunAsync_ConsumerThrows_StopsAndRethrows()
    {
        var inputs = Enumerable.Range(0, 100).Select(i => Input($"t{i}.txt", $"t{i}"));
        var handled = 0;

        var failure = await Assert.ThrowsAsync<IOException>(() => new BatchProcessor(new TestimonyPipeline([]), 2).RunAsync(
            inputs,
            _ => true,
            item =>
            {
                if (item is BatchItem.Processed && ++handled == 3)
                {
                    throw new IOException("disk full");
                }
            },
            CancellationToken.None));

        Assert.Equal("disk full", failure.Message);
        Assert.Equal(3, handled);
    }

    private static BatchInput Input(string source, string id) =>
        new(source, _ => [IngestOutcome.ForSuccess(Testimony(source, id))], streamed: false);

    private static Testimony Testimony(string source, string id) => new()
    {
        Source = source,
        TestimonyId = id,
        Content = "A: We left at dawn.",
        ContentSha256 = id,
        Format = "text",
    };

    private static string Describe(BatchItem item) => item switch
    {
        BatchItem.Processed processed => $"processed {processed.Result.Testimony.TestimonyId}",
        BatchItem.Skipped skipped => $"skipped {skipped.Testimony.TestimonyId}",
        BatchItem.Failed failed => $"failed {failed.Error}",
        BatchItem.InputCompleted completed => $"completed {completed.Source}",
        _ => throw new ArgumentOutOfRangeException(nameof(item)),
    };

    private sealed class SleepyStage : IPipelineStage
    {
        public string Name => "sleepy";

        public void Process(Document document, CancellationToken cancellationToken)
        {
            // Earlier testimonies take longer, so finishing order is the reverse of input order.
            var index = int.Parse(document.Testimony.TestimonyId.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture);
            Thread.Sleep(40 - index);
        }
    }

    private sealed class FailingStage(string failOn) : IPipelineStage
    {
        public string Name => "failing";

        public void Process(Document document, CancellationToken cancellationToken)
        {
            if (document.Testimony.TestimonyId == failOn)
            {
                throw new InvalidOperationException("stage bug");
            }
        }
    }
}
