using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace Reflekt.Server.Ingestion;

/// <summary>
/// A request body as received and as parsed. Bytes that are not UTF-8 would make the whole batch unparsable, so the
/// parser reads a copy with each such byte replaced by <c>?</c> (same length, same offsets) while forwarding takes
/// every element's bytes from the original: a bad byte marks its event invalid and is still kept, not lost.
/// </summary>
internal sealed class TrackingBody
{
    private readonly ReadOnlyMemory<byte> _original;
    private readonly ReadOnlyMemory<byte> _parsed;
    private readonly int[] _invalidBytes;

    private TrackingBody(ReadOnlyMemory<byte> original, ReadOnlyMemory<byte> parsed, int[] invalidBytes)
    {
        _original = original;
        _parsed = parsed;
        _invalidBytes = invalidBytes;
    }

    /// <summary>What the JSON parser reads.</summary>
    public ReadOnlyMemory<byte> Parsed => _parsed;

    public static TrackingBody From(ReadOnlyMemory<byte> body)
    {
        if (System.Text.Unicode.Utf8.IsValid(body.Span))
        {
            return new TrackingBody(body, body, []);
        }
        var copy = body.ToArray();
        var invalid = new List<int>();
        var at = 0;
        while (at < copy.Length)
        {
            var status = Rune.DecodeFromUtf8(copy.AsSpan(at), out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                for (var i = at; i < at + consumed; i++)
                {
                    copy[i] = (byte)'?';
                    invalid.Add(i);
                }
            }
            at += consumed;
        }
        return new TrackingBody(body, copy, [.. invalid]);
    }

    /// <summary>The received bytes of an element of the parsed document (its raw JSON, escapes as the sender wrote them).</summary>
    public ReadOnlySpan<byte> Original(JsonElement element)
    {
        var raw = JsonMarshal.GetRawUtf8Value(element);
        if (_invalidBytes.Length == 0)
        {
            return raw;
        }
        return _original.Span.Slice(OffsetOf(raw), raw.Length);
    }

    /// <summary>Whether any byte of the element was not UTF-8 as received.</summary>
    public bool HasInvalidBytes(ReadOnlySpan<byte> parsedRaw)
    {
        if (_invalidBytes.Length == 0)
        {
            return false;
        }
        var start = OffsetOf(parsedRaw);
        var index = Array.BinarySearch(_invalidBytes, start);
        var next = index >= 0 ? index : ~index;
        return next < _invalidBytes.Length && _invalidBytes[next] < start + parsedRaw.Length;
    }

    // JsonDocument.Parse(ReadOnlyMemory) reads the memory in place, so a raw value is a slice of Parsed.
    private int OffsetOf(ReadOnlySpan<byte> parsedRaw) =>
        (int)Unsafe.ByteOffset(ref MemoryMarshal.GetReference(_parsed.Span), ref MemoryMarshal.GetReference(parsedRaw));
}
