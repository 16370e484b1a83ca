using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Reflekt.Server.Validation;

/// <summary>
/// With `--s3`, brings the local mirror up to date every <see cref="S3RefreshOptions.Interval"/>; the schema
/// directory watcher then reloads what changed, so a `reflekt push` to S3 reaches a running server without a
/// restart. When S3 cannot be read, the server keeps serving the schemas it has and tries again next time.
/// </summary>
internal sealed partial class S3SchemaRefresher(
    S3SchemaMirror mirror,
    S3RefreshOptions options,
    TimeProvider time,
    ILogger<S3SchemaRefresher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Interval <= TimeSpan.Zero)
        {
            return;
        }
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(options.Interval, time, stoppingToken).ConfigureAwait(false);
                await SyncOnceAsync(stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task SyncOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            var changes = await mirror.SyncAsync(stoppingToken).ConfigureAwait(false);
            if (changes.Written.Count + changes.Removed.Count > 0)
            {
                LogSynced(mirror.Source, changes.Written.Count, changes.Removed.Count);
            }
            foreach (var id in changes.Skipped)
            {
                LogUnsafeId(mirror.Source, id);
            }
        }
        catch (Exception exception) when (exception is ReflektException or IOException or UnauthorizedAccessException)
        {
            LogSyncFailed(mirror.Source, exception.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Schemas from {Source}: {Written} new or changed, {Removed} removed.")]
    private partial void LogSynced(string source, int written, int removed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Source}/{Id}: not a schema id that can be served (a relative path ending in .json); skipped.")]
    private partial void LogUnsafeId(string source, string id);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refreshing schemas from {Source} failed ({Error}); serving the schemas already mirrored, retrying at the next interval.")]
    private partial void LogSyncFailed(string source, string error);
}
