using System.Text.Json;
using Microsoft.Extensions.Options;
using Reflekt.Server.Ingestion;
using Reflekt.Server.Options;

namespace Reflekt.Server.Forwarding;

/// <summary>
/// `reflekt serve replay`: re-sends the batches Segment refused for good (after the cause is fixed — a write key, a
/// source setting) with the write key of their route and a fresh `sentAt`. A replayed letter moves to
/// `dead-letter/replayed/`, so a second replay never sends it again; one Segment still refuses stays where it is.
/// Events `--missing-schema reject` refused are not replayed: nothing went wrong with them.
/// </summary>
public static class DeadLetterReplay
{
    /// <summary>The folder replayed letters are kept in (counted by GET /metrics).</summary>
    public static string ReplayedFolder(string spoolDirectory) => Path.Combine(DeadLetterFolder.PathIn(spoolDirectory), "replayed");

    /// <summary>Replays every waiting dead letter of <paramref name="settings"/>'s spool, oldest first.</summary>
    public static async Task<ReplayResult> ReplayAsync(ReflektServerSettings settings, HttpMessageHandler? handler = null, CancellationToken cancellationToken = default)
    {
        var folder = DeadLetterFolder.PathIn(settings.SpoolDirectory);
        if (!Directory.Exists(settings.SpoolDirectory))
        {
            throw new ReflektException($"--spool-dir {settings.SpoolDirectory}: no such directory.");
        }
        var letters = Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.json").Where(f => !f.EndsWith(".rejected.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList()
            : [];
        var options = Microsoft.Extensions.Options.Options.Create(new ForwardingOptions
        {
            ApiHost = settings.SegmentApiHost,
            ValidWriteKey = settings.ValidWriteKey ?? "",
            InvalidWriteKey = settings.InvalidWriteKey ?? "",
        });
        using var http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        var client = new SegmentBatchClient(http, options);
        int batches = 0, events = 0;
        var refused = new List<string>();
        foreach (var letter in letters)
        {
            var (route, messages) = Read(letter);
            var key = route == "valid" ? options.Value.ValidWriteKey : options.Value.InvalidWriteKey;
            var outcome = DeliveryOutcome.Delivered(200);
            // A letter is one forwarded batch, so it goes as one request: delivered whole or not at all.
            foreach (var (body, _) in ForwardBatchBuilder.Build(messages, int.MaxValue, int.MaxValue))
            {
                outcome = await client.SendAsync(key, body.SentAt(DateTimeOffset.UtcNow), cancellationToken).ConfigureAwait(false);
            }
            if (outcome.Status != DeliveryStatus.Delivered)
            {
                refused.Add($"{Path.GetFileName(letter)}: HTTP {outcome.HttpStatus} {outcome.Detail}".TrimEnd());
                continue;
            }
            Directory.CreateDirectory(ReplayedFolder(settings.SpoolDirectory));
            File.Move(letter, Path.Combine(ReplayedFolder(settings.SpoolDirectory), Path.GetFileName(letter)));
            batches++;
            events += messages.Count;
        }
        return new ReplayResult(batches, events, refused);
    }

    private static (string Route, IReadOnlyList<ReadOnlyMemory<byte>> Messages) Read(string path)
    {
        var body = TrackingBody.From(File.ReadAllBytes(path));
        try
        {
            using var document = JsonDocument.Parse(body.Parsed);
            var root = document.RootElement;
            var route = root.GetProperty("route").GetString() ?? "";
            var messages = root.GetProperty("request").GetProperty("batch").EnumerateArray()
                .Select(m => (ReadOnlyMemory<byte>)body.Original(m).ToArray()).ToList();
            return (route, messages);
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new ReflektException($"{path}: not a dead letter ({exception.Message}).", exception);
        }
    }
}

/// <summary>What a replay did: letters (batches) and events delivered, and the letters Segment still refused.</summary>
public sealed record ReplayResult(int Batches, int Events, IReadOnlyList<string> Refused);
