using System.Text;
using System.Text.Json;

namespace Reflekt.Json.Schema.Evaluation;

/// <summary>
/// A fixed set of strings (an <c>enum</c>'s string values) that a JSON string instance is looked up in by its UTF-8
/// bytes, without making it a string; only an instance with escapes is decoded first.
/// </summary>
internal sealed class Utf8StringSet
{
    private readonly byte[][][] _buckets;
    private readonly int _mask;
    private readonly HashSet<string> _strings;

    public Utf8StringSet(IEnumerable<string> values)
    {
        _strings = new HashSet<string>(values, StringComparer.Ordinal);
        var size = 2;
        while (size < _strings.Count * 2)
        {
            size *= 2;
        }

        _mask = size - 1;
        var buckets = new List<byte[]>?[size];
        foreach (var value in _strings)
        {
            var utf8 = Encoding.UTF8.GetBytes(value);
            (buckets[Hash(utf8) & _mask] ??= []).Add(utf8);
        }

        _buckets = [.. buckets.Select(b => b?.ToArray() ?? [])];
    }

    /// <summary>Whether a string instance is one of the values.</summary>
    public bool Contains(JsonElement text)
    {
        if (!JsonText.TryGetUnescapedUtf8(text, out var utf8))
        {
            return _strings.Contains(text.GetString()!);
        }

        foreach (var candidate in _buckets[Hash(utf8) & _mask])
        {
            if (utf8.SequenceEqual(candidate))
            {
                return true;
            }
        }

        return false;
    }

    // FNV-1a: enum values are short, and every byte counts (currency codes differ only in their letters).
    private static int Hash(ReadOnlySpan<byte> utf8)
    {
        var hash = 2166136261u;
        foreach (var b in utf8)
        {
            hash = (hash ^ b) * 16777619u;
        }

        return (int)(hash ^ (hash >> 15));
    }
}
