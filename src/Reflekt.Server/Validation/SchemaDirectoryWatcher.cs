using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Reflekt.Server.Options;

namespace Reflekt.Server.Validation;

/// <summary>
/// Reloads the schemas when files in the schemas directory change: a file watcher for promptness (debounced, so
/// an editor's save burst is one reload), plus a cheap poll of names, sizes and times as a safety net, because
/// inotify instances run out on busy machines and watchers miss changes on network file systems.
/// </summary>
internal sealed partial class SchemaDirectoryWatcher(
    SchemaStore store,
    IOptions<SchemaOptions> options,
    TimeProvider time,
    ILogger<SchemaDirectoryWatcher> logger) : BackgroundService
{
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (store.Directory is not { } directory || !options.Value.Watch)
        {
            return;
        }
        using var changed = new SemaphoreSlim(0);
        using var watcher = TryWatch(directory, changed);
        var fingerprint = Fingerprint(directory);
        // .NET 10 runs ExecuteAsync on the thread pool after startup, so files may have changed between the
        // store's first load and the watcher's start: one reload closes that gap (unchanged files are reused).
        Reload();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var signalled = await changed.WaitAsync(PollInterval, stoppingToken).ConfigureAwait(false);
                if (signalled)
                {
                    await Task.Delay(Debounce, time, stoppingToken).ConfigureAwait(false);
                    while (changed.CurrentCount > 0)
                    {
                        await changed.WaitAsync(stoppingToken).ConfigureAwait(false);
                    }
                }
                var now = Fingerprint(directory);
                if (signalled || now != fingerprint)
                {
                    fingerprint = now;
                    Reload();
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private void Reload()
    {
        try
        {
            store.Reload();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Keep serving the current snapshot; the next change or poll tries again.
            LogReloadFailed(exception.Message);
        }
    }

    private FileSystemWatcher? TryWatch(string directory, SemaphoreSlim changed)
    {
        try
        {
            var watcher = new FileSystemWatcher(directory)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            void Signal(object? sender, EventArgs e) => changed.Release();
            watcher.Changed += Signal;
            watcher.Created += Signal;
            watcher.Deleted += Signal;
            watcher.Renamed += Signal;
            watcher.Error += Signal;
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception exception) when (exception is IOException or PlatformNotSupportedException or UnauthorizedAccessException)
        {
            LogWatchUnavailable(exception.Message);
            return null;
        }
    }

    /// <summary>A hash of every schema file's name, size and modification time: it changes when any of them does.</summary>
    private static long Fingerprint(string directory)
    {
        try
        {
            var hash = new HashCode();
            foreach (var file in new DirectoryInfo(directory).EnumerateFiles("*.json", SearchOption.AllDirectories).OrderBy(f => f.FullName, StringComparer.Ordinal))
            {
                hash.Add(file.FullName);
                hash.Add(file.Length);
                hash.Add(file.LastWriteTimeUtc.Ticks);
            }
            return hash.ToHashCode();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Schema file watching unavailable ({Error}); polling every 2 s instead.")]
    private partial void LogWatchUnavailable(string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Schema reload failed: {Error}")]
    private partial void LogReloadFailed(string error);
}
