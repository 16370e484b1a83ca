using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Reflekt.Server.Metrics;
using Reflekt.Server.Options;
using Reflekt.Server.Spool;

namespace Reflekt.Server.Forwarding;

/// <summary>
/// Drains the spool to Segment: reads a window of records, sends the valid ones with the VALID write key and
/// the invalid ones with the INVALID key in Segment-sized batches, and commits the window only once every
/// batch in it was acknowledged. A crash before the commit re-sends the window (at-least-once; messageId kept).
/// </summary>
internal sealed partial class SpoolForwarder(
    DurableSpool spool,
    SegmentBatchClient client,
    ServerMetrics metrics,
    IOptions<ForwardingOptions> options,
    IOptions<SpoolOptions> spoolOptions,
    TimeProvider time,
    ILogger<SpoolForwarder> logger) : BackgroundService
{
    private const int WindowRecords = 1000;
    private const int WindowBytes = 4 * 1024 * 1024;
    private readonly DeadLetterFolder _deadLetters = new(spoolOptions.Value.Directory);

    /// <summary>Status of the last failed attempt, shown by GET /health while Segment is unreachable.</summary>
    public string? LastError { get; private set; }

    /// <summary>When forwarding started failing (first failed attempt since the last delivery); null while it works.</summary>
    public DateTimeOffset? FailingSince { get; private set; }

    private void Failed(string error)
    {
        LastError = error;
        FailingSince ??= time.GetUtcNow();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var position = spool.Committed;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await spool.WaitForDataAsync(position, stoppingToken).ConfigureAwait(false);
                if (spool.PendingRecords < options.Value.MaxBatchEvents && options.Value.Linger > TimeSpan.Zero)
                {
                    await Task.Delay(options.Value.Linger, time, stoppingToken).ConfigureAwait(false);
                }
                var records = spool.Read(position, WindowRecords, WindowBytes);
                if (records.Count == 0)
                {
                    // The spool reclaimed a drained segment and moved its start past ours.
                    var committed = spool.Committed;
                    position = committed > position ? committed : position;
                    continue;
                }
                var batches = BatchesOf(records, SpoolRoute.Valid, options.Value.ValidWriteKey)
                    .Concat(BatchesOf(records, SpoolRoute.Invalid, options.Value.InvalidWriteKey));
                await Parallel.ForEachAsync(batches,
                    new ParallelOptions { MaxDegreeOfParallelism = options.Value.Concurrency, CancellationToken = stoppingToken },
                    (batch, token) => new ValueTask(DeliverAsync(batch, token))).ConfigureAwait(false);
                position = records[^1].Next;
                spool.Commit(position, records.Count);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is IOException or ReflektException or UnauthorizedAccessException)
            {
                // A disk problem while reading or committing: keep the position, wait, try again.
                Failed(exception.Message);
                LogSpoolError(exception.Message);
                await Task.Delay(options.Value.MaxBackoff, time, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    private IEnumerable<ForwardBatch> BatchesOf(IReadOnlyList<SpoolRecord> records, SpoolRoute route, string writeKey)
    {
        var messages = records.Where(r => r.Entry.Route == route).Select(r => r.Entry.Json).ToList();
        var settings = options.Value;
        return messages.Count == 0
            ? []
            : ForwardBatchBuilder.Build(messages, settings.MaxBatchEvents, settings.MaxBatchBytes)
                .Select(b => new ForwardBatch(route, writeKey, b.Body, b.Count));
    }

    /// <summary>Sends one batch until Segment acknowledges it (retrying 5xx/429/network) or refuses it for good (dead letter).</summary>
    private async Task DeliverAsync(ForwardBatch batch, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var backoff = new RetryBackoff(settings.InitialBackoff, settings.MaxBackoff, settings.MaxRetryAfter);
        while (true)
        {
            var started = Stopwatch.GetTimestamp();
            var body = batch.Body.SentAt(time.GetUtcNow());
            var outcome = await client.SendAsync(batch.WriteKey, body, cancellationToken).ConfigureAwait(false);
            metrics.ForwardLatency.Record(Stopwatch.GetElapsedTime(started));
            if (outcome.Status == DeliveryStatus.Delivered)
            {
                metrics.EventsForwarded(batch.Count);
                LastError = null;
                FailingSince = null;
                return;
            }
            if (outcome.Status == DeliveryStatus.Refused)
            {
                _deadLetters.Keep(batch.Route, body, outcome);
                metrics.EventsDeadLettered(batch.Count);
                LogRefused(outcome.HttpStatus, batch.Count, outcome.Detail);
                return;
            }
            metrics.ForwardRetried();
            var delay = backoff.NextDelay(outcome.RetryAfter);
            Failed(outcome.HttpStatus == 0 ? outcome.Detail : $"HTTP {outcome.HttpStatus}");
            LogRetry(LastError!, delay);
            await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private sealed record ForwardBatch(SpoolRoute Route, string WriteKey, ForwardBatchBody Body, int Count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Forwarding to Segment failed ({Error}); retrying in {Delay}.")]
    private partial void LogRetry(string error, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Error, Message = "Segment refused a batch of {Count} events with HTTP {Status}; kept in the dead-letter folder: {Detail}")]
    private partial void LogRefused(int status, int count, string detail);

    [LoggerMessage(Level = LogLevel.Error, Message = "Spool error: {Error}")]
    private partial void LogSpoolError(string error);
}
