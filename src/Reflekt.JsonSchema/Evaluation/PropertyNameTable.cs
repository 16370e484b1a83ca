using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace Reflekt.Json.Schema.Evaluation;

/// <summary>
/// Finds a schema-declared property name for an instance property by its raw UTF-8 bytes, without allocating a
/// string. Walking the instance object once and looking each name up here is much cheaper than
/// JsonElement.TryGetProperty per declared name. Escaped names (with a backslash) fall back to a string lookup.
/// </summary>
internal sealed class PropertyNameTable
{
    private readonly byte[][] _names;
    private readonly int[][] _buckets;
    private readonly int _mask;
    private readonly Dictionary<string, int> _byString;
    private readonly bool _anyBackslash;

    public PropertyNameTable(IReadOnlyList<string> names)
    {
        _names = names.Select(Encoding.UTF8.GetBytes).ToArray();
        _byString = new Dictionary<string, int>(StringComparer.Ordinal);
        var size = 4;
        while (size < names.Count * 2)
        {
            size *= 2;
        }

        _mask = size - 1;
        _anyBackslash = names.Any(n => n.Contains('\\'));
        var buckets = new List<int>[size];
        for (var i = 0; i < _names.Length; i++)
        {
            _byString.TryAdd(names[i], i);
            (buckets[Hash(_names[i]) & _mask] ??= []).Add(i);
        }

        _buckets = buckets.Select(b => b?.ToArray() ?? []).ToArray();
    }

    public int Count => _names.Length;

    /// <summary>The index of the declared name equal to the property's name, or -1.</summary>
    public int Find(JsonProperty property)
    {
        // Raw bytes without a backslash are the name itself, so a byte-equal hit is exact; a raw name with escapes
        // can byte-equal only a declared name with a backslash in it. Only those cases, and misses, look for escapes.
        var raw = JsonMarshal.GetRawUtf8PropertyName(property);
        foreach (var candidate in _buckets[Hash(raw) & _mask])
        {
            if (raw.SequenceEqual(_names[candidate]))
            {
                return _anyBackslash && raw.IndexOf((byte)'\\') >= 0 ? FindEscaped(property) : candidate;
            }
        }

        return raw.IndexOf((byte)'\\') >= 0 ? FindEscaped(property) : -1;
    }

    private int FindEscaped(JsonProperty property) => _byString.TryGetValue(property.Name, out var index) ? index : -1;

    private static int Hash(ReadOnlySpan<byte> name) =>
        name.Length == 0 ? 0 : (name.Length * 31) + (name[0] * 7) + (name[^1] * 3) + name[name.Length / 2];
}
