using System.Buffers.Binary;
using System.IO.Hashing;

namespace Reflekt.Server.Spool;

/// <summary>
/// Framing of one record in a segment file: length (u32 LE), CRC-32 (IEEE 802.3, as zlib) of the payload (u32 LE), payload.
/// The payload is the route byte followed by the message JSON.
/// </summary>
/// <remarks>
/// A crash can leave a half-written record at the end of the last segment; the length and checksum let
/// recovery find the last whole record and cut the rest. A 200 is only sent after the fsync that covers
/// the record, so a cut tail never held an acknowledged event.
/// </remarks>
internal static class SpoolRecordFormat
{
    public const int HeaderSize = 8;

    /// <summary>Records larger than this are treated as corruption (messages are capped far below).</summary>
    public const int MaxPayloadSize = 16 * 1024 * 1024;

    public static int FramedSize(SpoolEntry entry) => HeaderSize + 1 + entry.Json.Length;

    public static void Write(Span<byte> destination, SpoolEntry entry)
    {
        var payload = destination.Slice(HeaderSize, 1 + entry.Json.Length);
        payload[0] = (byte)entry.Route;
        entry.Json.Span.CopyTo(payload[1..]);
        BinaryPrimitives.WriteUInt32LittleEndian(destination, (uint)payload.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(destination[4..], Crc32.HashToUInt32(payload));
    }

    /// <summary>
    /// Reads the record at the start of <paramref name="source"/>; false when it is incomplete or corrupt. The entry's
    /// JSON is a slice of <paramref name="source"/>, not a copy: the forwarder reads a whole window in one chunk.
    /// </summary>
    public static bool TryRead(ReadOnlyMemory<byte> source, out SpoolEntry entry, out int consumed)
    {
        entry = default;
        if (!TryFrame(source.Span, out var route, out consumed))
        {
            return false;
        }
        entry = new SpoolEntry(route, source.Slice(HeaderSize + 1, consumed - HeaderSize - 1));
        return true;
    }

    /// <summary>Checks the record at the start of <paramref name="source"/> (length, checksum, route) and says how long it is.</summary>
    public static bool TryFrame(ReadOnlySpan<byte> source, out SpoolRoute route, out int consumed)
    {
        route = default;
        consumed = 0;
        if (source.Length < HeaderSize)
        {
            return false;
        }
        var length = BinaryPrimitives.ReadUInt32LittleEndian(source);
        var checksum = BinaryPrimitives.ReadUInt32LittleEndian(source[4..]);
        if (length < 1 || length > MaxPayloadSize || source.Length < HeaderSize + (int)length)
        {
            return false;
        }
        var payload = source.Slice(HeaderSize, (int)length);
        if (Crc32.HashToUInt32(payload) != checksum || payload[0] > (byte)SpoolRoute.Invalid)
        {
            return false;
        }
        route = (SpoolRoute)payload[0];
        consumed = HeaderSize + (int)length;
        return true;
    }
}
