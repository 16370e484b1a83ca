using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Reflekt.Server.Options;

namespace Reflekt.Server.Violations;

/// <summary>
/// Loads the saved counters at start, saves them every <see cref="ViolationOptions.FlushInterval"/> when they changed,
/// and once more at shutdown, so they survive a restart without a disk write per event.
/// </summary>
internal sealed partial class ViolationFlusher(
    ViolationCounter counter,
    IOptions<ViolationOptions> options,
    IOptions<SpoolOptions> spool,
    TimeProvider time,
    ILogger<ViolationFlusher> logger) : BackgroundService
{
    private readonly ViolationFile _file = new(Path.GetFullPath(spool.Value.Directory));
    private long _saved;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Before the host serves a request: no count is lost to a restore that comes late.
        if (_file.Read() is { } saved)
        {
            counter.Restore(saved);
        }
        _saved = counter.Changes;
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.FlushInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                await SaveAsync(stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: StopAsync saves a last time.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        await SaveAsync(CancellationToken.None).ConfigureAwait(false);
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        var changes = counter.Changes;
        if (changes == _saved)
        {
            return;
        }
        try
        {
            await _file.WriteAsync(counter.Everything(), cancellationToken).ConfigureAwait(false);
            _saved = changes;
        }
        catch (IOException e)
        {
            // A full disk must not stop ingestion: the counters stay in memory and the next tick tries again.
            LogSaveFailed(logger, e.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not save the violation counters: {Reason}")]
    private static partial void LogSaveFailed(ILogger logger, string reason);
}
