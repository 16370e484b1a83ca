using System.Text.Json;
using Reflekt.Server.Spool;
using Reflekt.Violations;

namespace Reflekt.Server.Violations;

/// <summary>
/// The counters on disk, beside the spool (<c>violations.json</c>, the <c>GET /v1/violations</c> format with every hour
/// kept): written to a temporary file, fsynced and renamed over the old one, so a crash leaves the old or the new counters.
/// </summary>
internal sealed class ViolationFile(string directory)
{
    public const string Name = "violations.json";

    private readonly string _path = Path.Combine(directory, Name);
    private readonly string _temporaryPath = Path.Combine(directory, Name + ".tmp");

    public ViolationReport? Read()
    {
        if (!File.Exists(_path))
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize(File.ReadAllBytes(_path), ViolationsJson.Default.ViolationReport);
        }
        catch (JsonException e)
        {
            throw new ReflektException($"{_path}: the violation counters are corrupt ({e.Message}); move the file away to start counting afresh.", e);
        }
    }

    public async Task WriteAsync(ViolationReport report, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        await using (var stream = new FileStream(_temporaryPath, FileMode.Create, FileAccess.Write, FileShare.None, 4096, useAsync: true))
        {
            await JsonSerializer.SerializeAsync(stream, report, ViolationsJson.Default.ViolationReport, cancellationToken).ConfigureAwait(false);
            stream.Flush(flushToDisk: true);
        }
        File.Move(_temporaryPath, _path, overwrite: true);
        DirectorySync.Flush(directory);
    }
}
