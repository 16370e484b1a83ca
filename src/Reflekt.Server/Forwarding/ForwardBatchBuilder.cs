namespace Reflekt.Server.Forwarding;

/// <summary>Cuts spooled messages into Segment-sized `{"batch":[…]` bodies (≤ N events, ≤ N bytes), closed with `sentAt` per attempt.</summary>
internal static class ForwardBatchBuilder
{
    private const int EnvelopeBytes = 64;
    private static readonly byte[] Open = "{\"batch\":["u8.ToArray();

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
            yield return (Write(messages, start, count), count);
            start += count;
        }
    }

    // Spooled messages were written by our own MessageWriter, so they are whole JSON values: joined with commas as they
    // are, in one copy into a body that already has room for its `sentAt` tail.
    private static ForwardBatchBody Write(IReadOnlyList<ReadOnlyMemory<byte>> messages, int start, int count)
    {
        var length = Open.Length + 1;
        for (var i = start; i < start + count; i++)
        {
            length += messages[i].Length + 1;
        }
        var body = ForwardBatchBody.Allocate(length - 1);
        var span = body.Open;
        Open.CopyTo(span);
        var at = Open.Length;
        for (var i = start; i < start + count; i++)
        {
            if (i > start)
            {
                span[at++] = (byte)',';
            }
            messages[i].Span.CopyTo(span[at..]);
            at += messages[i].Length;
        }
        span[at] = (byte)']';
        return body;
    }
}
