using System.Globalization;
using System.Text.Json;
using Reflekt.Server.Spool;

namespace Reflekt.Server.Forwarding;

/// <summary>Keeps batches Segment refused for good (a non-retryable 4xx) on disk, so no event is silently dropped.</summary>
internal sealed class DeadLetterFolder(string spoolDirectory)
{
    /// <summary>The dead letters of a spool directory.</summary>
    public static string PathIn(string spoolDirectory) => Path.Combine(spoolDirectory, "dead-letter");

    private readonly string _directory = PathIn(spoolDirectory);

    /// <summary>Batches Segment refused, still waiting for a replay (events `--missing-schema reject` refused are not counted: they were refused on purpose).</summary>
    public int Count() =>
        Directory.Exists(_directory)
            ? Directory.EnumerateFiles(_directory, "*.json").Count(f => !f.EndsWith(".rejected.json", StringComparison.Ordinal))
            : 0;

    public void Keep(SpoolRoute route, byte[] body, DeliveryOutcome outcome) =>
        Write("", writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("route", route == SpoolRoute.Valid ? "valid" : "invalid");
            writer.WriteNumber("status", outcome.HttpStatus);
            writer.WriteString("response", outcome.Detail);
            writer.WritePropertyName("request");
            writer.WriteRawValue(body, skipInputValidation: true);
            writer.WriteEndObject();
        });

    /// <summary>
    /// Keeps the events `--missing-schema reject` refused, as a Segment batch (`{"route":"rejected","request":{"batch":[…]}}`,
    /// the shape of the other dead letters), fsynced before the request is answered.
    /// </summary>
    public Task KeepRejectedAsync(IReadOnlyList<ReadOnlyMemory<byte>> messages, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Write(".rejected", writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("route", "rejected");
            writer.WriteStartObject("request");
            writer.WriteStartArray("batch");
            foreach (var message in messages)
            {
                writer.WriteRawValue(message.Span, skipInputValidation: true);
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
        });
        return Task.CompletedTask;
    }

    /// <summary>
    /// Writes a letter under a name that is not `*.json`, fsyncs it, then renames it into place: a reader (a replay, the
    /// count, an operator's `cat`) and a crash mid-write both see either the whole letter or none, never an empty file.
    /// </summary>
    private void Write(string kind, Action<Utf8JsonWriter> content)
    {
        Directory.CreateDirectory(_directory);
        var name = string.Create(CultureInfo.InvariantCulture, $"{DateTime.UtcNow:yyyyMMddTHHmmssfff}-{Guid.NewGuid():N}{kind}.json");
        var path = Path.Combine(_directory, name);
        var partial = path + ".partial";
        using (var stream = new FileStream(partial, FileMode.CreateNew, FileAccess.Write))
        {
            using (var writer = new Utf8JsonWriter(stream))
            {
                content(writer);
            }
            stream.Flush(flushToDisk: true);
        }
        File.Move(partial, path);
    }
}
