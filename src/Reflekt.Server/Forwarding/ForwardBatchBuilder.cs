using System.Buffers;
using System.Text.Json;

namespace Reflekt.Server.Forwarding;

/// <summary>Cuts spooled messages into Segment-sized `{"batch":[…]` bodies (≤ N events, ≤ N bytes), closed with `sentAt` per attempt.</summary>
internal static class ForwardBatchBuilder
{
    private const int EnvelopeBytes = 64;

    public static IEnumerable<(ForwardBatchBody Body, int Count)> Build(IReadOnlyList<ReadOnlyMemory<byte>> messages, int maxEvents, int maxBytes)
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
            yield return (new ForwardBatchBody(Write(messages, start, count, size)), count);
            start += count;
        }
    }

    private static byte[] Write(IReadOnlyList<ReadOnlyMemory<byte>> messages, int start, int count, int sizeHint)
    {
        var buffer = new ArrayBufferWriter<byte>(sizeHint);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            // Left open: ForwardBatchBody adds `sentAt` and the closing brace per attempt.
            writer.WriteStartObject();
            writer.WriteStartArray("batch");
            for (var i = start; i < start + count; i++)
            {
                // Spooled messages were produced by our own writer, so they are known to be valid JSON.
                writer.WriteRawValue(messages[i].Span, skipInputValidation: true);
            }
            writer.WriteEndArray();
        }
        return buffer.WrittenSpan.ToArray();
    }
}
