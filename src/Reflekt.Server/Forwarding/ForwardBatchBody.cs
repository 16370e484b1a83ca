using System.Text;

namespace Reflekt.Server.Forwarding;

/// <summary>
/// One forwarded batch without its `sentAt`: Segment computes an event's time as `receivedAt − (sentAt − timestamp)`,
/// so `sentAt` must be the time of each attempt (as Segment's SDKs set it), never the time the batch was first built —
/// a retry after a 36 s outage would otherwise shift every event by 36 s.
/// </summary>
/// <remarks>
/// The bytes hold `{"batch":[…]` followed by room for the fixed-width tail `,"sentAt":"2024-05-01T10:00:01.000Z"}`, which
/// each attempt fills in place: a 475 KB batch is not copied again per attempt. Attempts of one batch are sequential.
/// </remarks>
internal sealed class ForwardBatchBody
{
    private static readonly byte[] TailStart = ",\"sentAt\":\""u8.ToArray();
    private const int StampLength = 24; // yyyy-MM-ddTHH:mm:ss.fffZ
    private const int TailLength = 11 + StampLength + 2;

    private readonly byte[] _bytes;

    private ForwardBatchBody(int openLength)
    {
        _bytes = new byte[openLength + TailLength];
        Length = openLength;
    }

    /// <summary>A body with <paramref name="openLength"/> bytes for `{"batch":[…]` (written through <see cref="Open"/>).</summary>
    public static ForwardBatchBody Allocate(int openLength) => new(openLength);

    /// <summary>Bytes before `,"sentAt":…}` is added (the batch size limit counts the envelope separately).</summary>
    public int Length { get; }

    /// <summary>Where the builder writes `{"batch":[…]`.</summary>
    public Span<byte> Open => _bytes.AsSpan(0, Length);

    /// <summary>The request body of an attempt made at <paramref name="sentAt"/> (the same array, its tail rewritten).</summary>
    public byte[] SentAt(DateTimeOffset sentAt)
    {
        var stamp = SegmentTimestamp.Format(sentAt);
        if (stamp.Length != StampLength)
        {
            throw new ArgumentOutOfRangeException(nameof(sentAt), stamp, "sentAt must be a four-digit-year UTC time.");
        }
        var tail = _bytes.AsSpan(Length);
        TailStart.CopyTo(tail);
        Encoding.ASCII.GetBytes(stamp, tail[TailStart.Length..]);
        tail[^2] = (byte)'"';
        tail[^1] = (byte)'}';
        return _bytes;
    }
}
