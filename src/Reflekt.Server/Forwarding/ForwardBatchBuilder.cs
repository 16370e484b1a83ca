using System.Buffers;
using System.Text.Json;

namespace Reflekt.Server.Forwarding;

/// <summary>Cuts spooled messages into Segment-sized `{"batch":[…],"sentAt":…}` bodies (≤ N events, ≤ N bytes).</summary>
internal static class ForwardBatchBuilder
{
    private const int EnvelopeBytes = 64;

    public static IEnumerable<(byte[] Body, int Count)> Build(IReadOnlyList<ReadOnlyMemory<byte>> messages, int maxEvents, int maxBytes, DateTimeOffset sentAt)
    {
        var start = 0;
        while (start < messages.Count)
        {
            var count = 0;
            var size = EnvelopeBytes;
            while (start + count < messages.Count && count < maxEvents)
            {
                var next = messages[start + count].Length + 1;
                if (count > 0 && size + next > maxBytes)
                {
                    break;
                }
                size += next;
                count++;
            }
            yield return (Write(messages, start, count, sentAt, size), count);
            start += count;
        }
    }

    private static byte[] Write(IReadOnlyList<ReadOnlyMemory<byte>> messages, int start, int count, DateTimeOffset sentAt, int sizeHint)
    {
        var buffer = new ArrayBufferWriter<byte>(sizeHint);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("batch");
            for (var i = start; i < start + count; i++)
            {
                // Spooled messages were produced by our own writer, so they are known to be valid JSON.
                writer.WriteRawValue(messages[i].Span, skipInputValidation: true);
            }
            writer.WriteEndArray();
            writer.WriteString("sentAt", sentAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture));
            writer.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }
}
