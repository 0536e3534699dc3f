using System.Threading.Channels;
using TestimonyNlp.Ingest;
using TestimonyNlp.Model;

namespace TestimonyNlp.Pipeline;

/// <summary>
/// Runs the pipeline over many inputs: reading and processing run in parallel (bounded by the core count),
/// results are handed back in input order on the caller's thread, and at most a few inputs are in flight at
/// once, so memory stays flat however many inputs there are.
/// </summary>
public sealed class BatchProcessor
{
    private readonly TestimonyPipeline _pipeline;
    private readonly int _parallelism;

    /// <summary>Creates a processor running <paramref name="pipeline"/> on up to <paramref name="parallelism"/> threads.</summary>
    public BatchProcessor(TestimonyPipeline pipeline, int parallelism)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelism, 1);
        _pipeline = pipeline;
        _parallelism = parallelism;
    }

    /// <summary>
    /// Processes every input. <paramref name="shouldProcess"/> is asked (from worker threads, so it must be
    /// thread-safe) whether a testimony that was read still needs processing; <paramref name="onItem"/> is called
    /// on the calling thread, one item at a time, in input order.
    /// </summary>
    public async Task RunAsync(
        IEnumerable<BatchInput> inputs,
        Func<Testimony, bool> shouldProcess,
        Action<BatchItem> onItem,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(shouldProcess);
        ArgumentNullException.ThrowIfNull(onItem);

        // Work is queued in input order; the consumer awaits each piece in that order, so output order is
        // deterministic while the pieces themselves run in parallel. The bounded queue is the memory bound.
        var queue = Channel.CreateBounded<Task<IReadOnlyList<BatchItem>>>(
            new BoundedChannelOptions(_parallelism * Defaults.QueuedPerThread) { SingleReader = true, SingleWriter = true });
        using var slots = new SemaphoreSlim(_parallelism);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = linked.Token;

        var producer = Task.Run(
            async () =>
            {
                try
                {
                    foreach (var input in inputs)
                    {
                        token.ThrowIfCancellationRequested();
                        if (input.Streamed)
                        {
                            await QueueStreamedAsync(input, queue.Writer, slots, shouldProcess, token).ConfigureAwait(false);
                        }
                        else
                        {
                            await slots.WaitAsync(token).ConfigureAwait(false);
                            var work = Task.Run(() => ReadAndProcess(input, shouldProcess, token), token);
                            _ = work.ContinueWith(_ => slots.Release(), TaskScheduler.Default);
                            await queue.Writer.WriteAsync(work, token).ConfigureAwait(false);
                        }
                    }

                    queue.Writer.Complete();
                }
                catch (Exception exception)
                {
                    queue.Writer.Complete(exception);
                }
            },
            token);

        try
        {
            await foreach (var work in queue.Reader.ReadAllAsync(token).ConfigureAwait(false))
            {
                foreach (var item in await work.ConfigureAwait(false))
                {
                    onItem(item);
                }
            }

            await producer.ConfigureAwait(false);
        }
        catch
        {
            await linked.CancelAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task QueueStreamedAsync(
        BatchInput input,
        ChannelWriter<Task<IReadOnlyList<BatchItem>>> writer,
        SemaphoreSlim slots,
        Func<Testimony, bool> shouldProcess,
        CancellationToken token)
    {
        IEnumerator<IngestOutcome>? outcomes = null;
        try
        {
            outcomes = input.Read(token).GetEnumerator();
            while (true)
            {
                IngestOutcome outcome;
                try
                {
                    if (!outcomes.MoveNext())
                    {
                        break;
                    }

                    outcome = outcomes.Current;
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    await writer.WriteAsync(Done(Failure(input.Source, exception)), token).ConfigureAwait(false);
                    break;
                }

                await slots.WaitAsync(token).ConfigureAwait(false);
                var work = Task.Run(() => (IReadOnlyList<BatchItem>)[Handle(outcome, shouldProcess, token)], token);
                _ = work.ContinueWith(_ => slots.Release(), TaskScheduler.Default);
                await writer.WriteAsync(work, token).ConfigureAwait(false);
            }
        }
        finally
        {
            outcomes?.Dispose();
        }

        await writer.WriteAsync(Done(new BatchItem.InputCompleted(input.Source)), token).ConfigureAwait(false);
    }

    private IReadOnlyList<BatchItem> ReadAndProcess(BatchInput input, Func<Testimony, bool> shouldProcess, CancellationToken token)
    {
        var items = new List<BatchItem>(2);
        try
        {
            foreach (var outcome in input.Read(token))
            {
                items.Add(Handle(outcome, shouldProcess, token));
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            items.Add(Failure(input.Source, exception));
        }

        items.Add(new BatchItem.InputCompleted(input.Source));
        return items;
    }

    private BatchItem Handle(IngestOutcome outcome, Func<Testimony, bool> shouldProcess, CancellationToken token)
    {
        if (!outcome.TryGetTestimony(out var testimony))
        {
            return new BatchItem.Failed(outcome.Error!);
        }

        if (!shouldProcess(testimony))
        {
            return new BatchItem.Skipped(testimony);
        }

        try
        {
            return new BatchItem.Processed(TestimonyResult.From(_pipeline.Run(testimony, token)));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A stage failing on one testimony is a bug, but it must not cost the rest of the batch.
            return new BatchItem.Failed(new IngestError(
                testimony.Source,
                null,
                $"internal error while processing testimony {testimony.TestimonyId} ({exception.GetType().Name})"));
        }
    }

    private static BatchItem.Failed Failure(string source, Exception exception) =>
        new(new IngestError(source, null, $"internal error while reading ({exception.GetType().Name})"));

    private static Task<IReadOnlyList<BatchItem>> Done(BatchItem item) => Task.FromResult<IReadOnlyList<BatchItem>>([item]);

    /// <summary>Default settings.</summary>
    public static class Defaults
    {
        /// <summary>Pieces of work queued ahead per thread: enough to keep threads busy, few enough to keep memory flat.</summary>
        public const int QueuedPerThread = 4;
    }
}
