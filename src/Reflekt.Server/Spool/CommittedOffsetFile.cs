using System.Globalization;
using System.Text;

namespace Reflekt.Server.Spool;

/// <summary>The forwarder's durable progress: the spool position up to which Segment acknowledged every record.</summary>
/// <remarks>Written to a temporary file, fsynced, then renamed over the old one, so a crash leaves either the old or the new value.</remarks>
internal sealed class CommittedOffsetFile(string directory)
{
    private readonly string _path = Path.Combine(directory, "committed");
    private readonly string _temporaryPath = Path.Combine(directory, "committed.tmp");

    public SpoolPosition Read()
    {
        if (!File.Exists(_path))
        {
            return new SpoolPosition(1, 0);
        }
        var parts = File.ReadAllText(_path).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length != 2
            || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var segment)
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
        {
            throw new ReflektException($"{_path}: the spool offset file is corrupt (expected \"<segment> <offset>\").");
        }
        return new SpoolPosition(segment, offset);
    }

    public void Write(SpoolPosition position)
    {
        var bytes = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{position.Segment} {position.Offset}\n"));
        using (var stream = new FileStream(_temporaryPath, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            stream.Write(bytes);
            stream.Flush(flushToDisk: true);
        }
        File.Move(_temporaryPath, _path, overwrite: true);
        DirectorySync.Flush(directory);
    }
}
