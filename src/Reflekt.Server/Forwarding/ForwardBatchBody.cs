namespace Reflekt.Server.Forwarding;

/// <summary>
/// One forwarded batch without its `sentAt`: Segment computes an event's time as `receivedAt − (sentAt − timestamp)`,
/// so `sentAt` must be the time of each attempt (as Segment's SDKs set it), never the time the batch was first built —
/// a retry after a 36 s outage would otherwise shift every event by 36 s.
/// </summary>
internal sealed class ForwardBatchBody(byte[] openBatch)
{
    // `{"batch":[…]`: the envelope is closed per attempt.
    private readonly byte[] _openBatch = openBatch;

    /// <summary>Bytes before `,"sentAt":…}` is added (the batch size limit counts the envelope separately).</summary>
    public int Length => _openBatch.Length;

    /// <summary>The request body of an attempt made at <paramref name="sentAt"/>.</summary>
    public byte[] SentAt(DateTimeOffset sentAt)
    {
        var tail = System.Text.Encoding.ASCII.GetBytes($",\"sentAt\":\"{SegmentTimestamp.Format(sentAt)}\"}}");
        var body = new byte[_openBatch.Length + tail.Length];
        _openBatch.CopyTo(body, 0);
        tail.CopyTo(body, _openBatch.Length);
        return body;
    }
}
