using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Reflekt.Server.Metrics;
using Reflekt.Server.Options;
using Reflekt.Server.Spool;
using Phase = Reflekt.Server.Metrics.ForwarderPhases.Phase;

namespace Reflekt.Server.Forwarding;

/// <summary>
/// Drains the spool to Segment while ingestion appends to it: reads a window of records, sends the valid ones with
/// the VALID write key and the invalid ones with the INVALID key in Segment-sized batches, and goes on to the next
/// window while those are in flight (at most <see cref="ForwardingOptions.Concurrency"/> requests at once). A window is
/// committed once every batch in it and in every earlier window was acknowledged, so the committed offset only ever
/// covers delivered events; a crash before the commit re-sends from there (at-least-once; messageId kept).
/// </summary>
/// <remarks>
/// Sending and committing are two loops: the commit (an fsynced offset file) is off the sending path, and windows
/// that were acknowledged while one commit ran are covered by the next one together. GET /metrics shows where the
/// time goes (<see cref="ForwarderPhases"/>).
/// </remarks>
internal sealed partial class SpoolForwarder(
    DurableSpool spool,
    SegmentBatchClient client,
    ServerMetrics metrics,
    IOptions<ForwardingOptions> options,
    IOptions<SpoolOptions> spoolOptions,
    TimeProvider time,
    ILogger<SpoolForwarder> logger) : BackgroundService
{
    // A window is read in one chunk; 4 MB is eight full 475 KB batches, enough to keep the request slots busy.
    private const int WindowRecords = 20_000;
    private const int WindowBytes = 4 * 1024 * 1024;
    private readonly DeadLetterFolder _deadLetters = new(spoolOptions.Value.Directory);
    private readonly ForwarderPhases _phases = metrics.Forwarder;

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
        // Not disposed: a request still in flight at shutdown releases its slot after this method has returned.
        var slots = new SemaphoreSlim(options.Value.Concurrency);
        var windows = Channel.CreateUnbounded<SentWindow>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        // Should committing ever fail, reading stops too: nothing is sent that could not be committed.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var committing = CommitInOrderAsync(windows.Reader, stop);
        try
        {
            await ReadAndSendAsync(slots, windows.Writer, stop.Token).ConfigureAwait(false);
        }
        finally
        {
            windows.Writer.TryComplete();
            await committing.ConfigureAwait(false);
        }
    }

    private async Task ReadAndSendAsync(SemaphoreSlim slots, ChannelWriter<SentWindow> windows, CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var position = spool.Committed;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var started = Stopwatch.GetTimestamp();
                await spool.WaitForDataAsync(position, stoppingToken).ConfigureAwait(false);
                _phases.Add(Phase.Idle, started);
                if (settings.Linger > TimeSpan.Zero && LessThanOneBatch(position, settings.MaxBatchBytes))
                {
                    started = Stopwatch.GetTimestamp();
                    await Task.Delay(settings.Linger, time, stoppingToken).ConfigureAwait(false);
                    _phases.Add(Phase.Linger, started);
                }

                started = Stopwatch.GetTimestamp();
                var records = spool.Read(position, WindowRecords, WindowBytes);
                _phases.Add(Phase.Read, started);
                if (records.Count == 0)
                {
                    // The spool reclaimed a drained segment and moved its start past ours.
                    var committed = spool.Committed;
                    position = committed > position ? committed : position;
                    continue;
                }

                started = Stopwatch.GetTimestamp();
                var batches = BatchesOf(records, SpoolRoute.Valid, settings.ValidWriteKey)
                    .Concat(BatchesOf(records, SpoolRoute.Invalid, settings.InvalidWriteKey))
                    .ToList();
                _phases.Add(Phase.Build, started);

                var sends = new Task[batches.Count];
                for (var i = 0; i < batches.Count; i++)
                {
                    started = Stopwatch.GetTimestamp();
                    await slots.WaitAsync(stoppingToken).ConfigureAwait(false);
                    _phases.Add(Phase.SlotWait, started);
                    sends[i] = DeliverReleasingAsync(batches[i], slots, stoppingToken);
                }
                position = records[^1].Next;
                windows.TryWrite(new SentWindow(position, records.Count, Task.WhenAll(sends)));
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is IOException or ReflektException or UnauthorizedAccessException)
            {
                // A disk problem while reading: keep the position, wait, try again.
                Failed(exception.Message);
                LogSpoolError(exception.Message);
                await DelayOrStop(options.Value.MaxBackoff, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    // Linger only while less than a full batch is waiting; a backlog is sent at once.
    private bool LessThanOneBatch(SpoolPosition position, int batchBytes)
    {
        var end = spool.DurableEnd;
        return end.Segment == position.Segment && end.Offset - position.Offset < batchBytes;
    }

    /// <summary>Commits windows in the order they were read, each once all its batches are acknowledged.</summary>
    private async Task CommitInOrderAsync(ChannelReader<SentWindow> windows, CancellationTokenSource stop)
    {
        var stoppingToken = stop.Token;
        try
        {
            while (await windows.WaitToReadAsync(stoppingToken).ConfigureAwait(false))
            {
                windows.TryRead(out var window);
                await window!.Sent.ConfigureAwait(false);
                var end = window.End;
                var records = window.Records;
                // Windows acknowledged meanwhile ride on the same commit: one offset write covers them all.
                while (windows.TryPeek(out var next) && next.Sent.IsCompletedSuccessfully)
                {
                    windows.TryRead(out _);
                    end = next.End;
                    records += next.Records;
                }
                var started = Stopwatch.GetTimestamp();
                Commit(end, records);
                _phases.Add(Phase.Commit, started);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Windows delivered but not committed are sent again after a restart (at-least-once).
        }
        catch
        {
            await stop.CancelAsync().ConfigureAwait(false);
            throw;
        }
    }

    private void Commit(SpoolPosition end, int records)
    {
        try
        {
            spool.Commit(end, records);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The position is committed in memory; a drained segment that could not be deleted goes with the next commit.
            Failed(exception.Message);
            LogSpoolError(exception.Message);
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

    private async Task DeliverReleasingAsync(ForwardBatch batch, SemaphoreSlim slots, CancellationToken cancellationToken)
    {
        try
        {
            await DeliverAsync(batch, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            slots.Release();
        }
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
                await KeepDeadLetterAsync(batch, body, outcome, cancellationToken).ConfigureAwait(false);
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

    // A refused batch is committed only once it is on disk: on a full disk, wait for space rather than resend it.
    private async Task KeepDeadLetterAsync(ForwardBatch batch, byte[] body, DeliveryOutcome outcome, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                _deadLetters.Keep(batch.Route, body, outcome);
                return;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                Failed(exception.Message);
                LogSpoolError(exception.Message);
                await Task.Delay(options.Value.MaxBackoff, time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task DelayOrStop(TimeSpan delay, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(delay, time, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private sealed record ForwardBatch(SpoolRoute Route, string WriteKey, ForwardBatchBody Body, int Count);

    /// <summary>A window whose batches are in flight: committed up to <see cref="End"/> once <see cref="Sent"/> completes.</summary>
    private sealed record SentWindow(SpoolPosition End, int Records, Task Sent);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Forwarding to Segment failed ({Error}); retrying in {Delay}.")]
    private partial void LogRetry(string error, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Error, Message = "Segment refused a batch of {Count} events with HTTP {Status}; kept in the dead-letter folder: {Detail}")]
    private partial void LogRefused(int status, int count, string detail);

    [LoggerMessage(Level = LogLevel.Error, Message = "Spool error: {Error}")]
    private partial void LogSpoolError(string error);
}
