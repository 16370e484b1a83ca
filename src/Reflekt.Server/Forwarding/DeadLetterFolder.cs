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

    public void Keep(SpoolRoute route, byte[] body, DeliveryOutcome outcome)
    {
        using var stream = Create("");
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("route", route == SpoolRoute.Valid ? "valid" : "invalid");
            writer.WriteNumber("status", outcome.HttpStatus);
            writer.WriteString("response", outcome.Detail);
            writer.WritePropertyName("request");
            writer.WriteRawValue(body, skipInputValidation: true);
            writer.WriteEndObject();
        }
        stream.Flush(flushToDisk: true);
    }

    /// <summary>
    /// Keeps the events `--missing-schema reject` refused, as a Segment batch (`{"route":"rejected","request":{"batch":[…]}}`,
    /// the shape of the other dead letters), fsynced before the request is answered.
    /// </summary>
    public async Task KeepRejectedAsync(IReadOnlyList<ReadOnlyMemory<byte>> messages, CancellationToken cancellationToken)
    {
        await using var stream = Create(".rejected");
        await using (var writer = new Utf8JsonWriter(stream))
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
        }
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        stream.Flush(flushToDisk: true);
    }

    private FileStream Create(string kind)
    {
        Directory.CreateDirectory(_directory);
        var name = string.Create(CultureInfo.InvariantCulture, $"{DateTime.UtcNow:yyyyMMddTHHmmssfff}-{Guid.NewGuid():N}{kind}.json");
        return new FileStream(Path.Combine(_directory, name), FileMode.CreateNew, FileAccess.Write);
    }
}
