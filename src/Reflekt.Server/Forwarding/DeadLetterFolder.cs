using System.Globalization;
using System.Text.Json;
using Reflekt.Server.Spool;

namespace Reflekt.Server.Forwarding;

/// <summary>Keeps batches Segment refused for good (a non-retryable 4xx) on disk, so no event is silently dropped.</summary>
internal sealed class DeadLetterFolder(string spoolDirectory)
{
    private readonly string _directory = Path.Combine(spoolDirectory, "dead-letter");

    public void Keep(SpoolRoute route, byte[] body, DeliveryOutcome outcome)
    {
        Directory.CreateDirectory(_directory);
        var name = string.Create(CultureInfo.InvariantCulture, $"{DateTime.UtcNow:yyyyMMddTHHmmssfff}-{Guid.NewGuid():N}.json");
        var path = Path.Combine(_directory, name);
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
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
}
