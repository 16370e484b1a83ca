using System.Threading.Channels;

namespace Reflekt.Cli.Commands.Docs;

/// <summary>
/// Tells when anything under a folder changed. File-system events wake it at once; a poll every two seconds catches
/// what they miss (network and container mounts drop inotify events). A change counts only when the folder's
/// fingerprint (paths, sizes, write times) differs, so an editor touching a temp file and undoing it is no change.
/// </summary>
internal sealed class SchemaFolderWatch : IDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(2);

    // Editors save in several steps (temp file, rename, touch); one regeneration per burst is enough.
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(200);

    private readonly string _directory;
    private readonly FileSystemWatcher? _watcher;
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private string _fingerprint;

    public SchemaFolderWatch(string directory)
    {
        _directory = directory;
        _fingerprint = Fingerprint();
        if (Directory.Exists(directory))
        {
            _watcher = new FileSystemWatcher(directory) { IncludeSubdirectories = true };
            _watcher.Changed += (_, _) => _wake.Writer.TryWrite(true);
            _watcher.Created += (_, _) => _wake.Writer.TryWrite(true);
            _watcher.Deleted += (_, _) => _wake.Writer.TryWrite(true);
            _watcher.Renamed += (_, _) => _wake.Writer.TryWrite(true);
            _watcher.EnableRaisingEvents = true;
        }
    }

    /// <summary>Completes when the folder's contents differ from the last time this returned (or from the start).</summary>
    public async Task WaitForChangeAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            using (var poll = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                poll.CancelAfter(Poll);
                try
                {
                    await _wake.Reader.ReadAsync(poll.Token);
                    await Task.Delay(Settle, cancellationToken);
                    _wake.Reader.TryRead(out _);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    // The poll interval passed without an event: look anyway.
                }
            }

            var now = Fingerprint();
            if (now != _fingerprint)
            {
                _fingerprint = now;
                return;
            }
        }
    }

    public void Dispose() => _watcher?.Dispose();

    private string Fingerprint()
    {
        if (!Directory.Exists(_directory))
        {
            return "";
        }

        var entries = new DirectoryInfo(_directory).EnumerateFiles("*", SearchOption.AllDirectories)
            .Select(f => $"{f.FullName}\u0000{f.Length}\u0000{f.LastWriteTimeUtc.Ticks}")
            .Order(StringComparer.Ordinal);
        return string.Join('\n', entries);
    }
}
