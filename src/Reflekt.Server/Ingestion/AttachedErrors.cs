using System.Buffers;
using System.Text.Json;
using Reflekt.Diagnostics;

namespace Reflekt.Server.Ingestion;

/// <summary>
/// The `validation_errors` an invalid event is forwarded with, capped so the message stays within Segment's 32 KB
/// per-message limit (an event of 800 bad array items would otherwise grow threefold and be dropped by Segment): the
/// first <see cref="MaxShown"/> errors that fit the room left, and `validation_error_count` (all of them) when some
/// were left out. The bytes are one run of members, spliced into the payload object as it was received.
/// </summary>
internal static class AttachedErrors
{
    /// <summary>Errors shown at most: the first few say what is wrong; the count says how much.</summary>
    public const int MaxShown = 10;

    private static readonly JsonWriterOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// `"validation_errors":[…]` (plus `,"validation_error_count":N` when cut) within <paramref name="room"/> bytes;
    /// empty when not even an empty list fits (the INVALID write key still says the event is invalid).
    /// </summary>
    public static byte[] Members(IReadOnlyList<Diagnostic> problems, int room)
    {
        var entries = new List<byte[]>();
        var used = "\"validation_errors\":[]".Length;
        var countRoom = $",\"validation_error_count\":{problems.Count}".Length;
        foreach (var problem in problems.Take(MaxShown))
        {
            var entry = Entry(problem);
            var needed = used + entry.Length + (entries.Count > 0 ? 1 : 0);
            var cut = entries.Count + 1 < problems.Count;
            if (needed + (cut ? countRoom : 0) > room)
            {
                break;
            }
            entries.Add(entry);
            used = needed;
        }
        var shownAll = entries.Count == problems.Count;
        if (used + (shownAll ? 0 : countRoom) > room)
        {
            return [];
        }
        var output = new ArrayBufferWriter<byte>(used + countRoom);
        output.Write("\"validation_errors\":["u8);
        for (var i = 0; i < entries.Count; i++)
        {
            if (i > 0)
            {
                output.Write(","u8);
            }
            output.Write(entries[i]);
        }
        output.Write("]"u8);
        if (!shownAll)
        {
            output.Write(System.Text.Encoding.ASCII.GetBytes($",\"validation_error_count\":{problems.Count}"));
        }
        return output.WrittenSpan.ToArray();
    }

    private static byte[] Entry(Diagnostic problem)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Relaxed))
        {
            writer.WriteStartObject();
            writer.WriteString("pointer", problem.Pointer ?? "");
            writer.WriteString("message", problem.Message);
            writer.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }
}
