using System.Text.Json;

namespace Reflekt.Json.Schema.Evaluation;

/// <summary>
/// A set of instance kinds, one bit per <see cref="JsonValueKind"/>: which instances a keyword can reject, and which a
/// node's <c>type</c> lets through. A keyword outside its kinds passes by definition, so the yes/no path skips it.
/// </summary>
[Flags]
internal enum InstanceKinds
{
    None = 0,
    Object = 1 << JsonValueKind.Object,
    Array = 1 << JsonValueKind.Array,
    String = 1 << JsonValueKind.String,
    Number = 1 << JsonValueKind.Number,
    Boolean = (1 << JsonValueKind.True) | (1 << JsonValueKind.False),
    Null = 1 << JsonValueKind.Null,
    Any = Object | Array | String | Number | Boolean | Null,
}

/// <summary>Reads <see cref="InstanceKinds"/> against a value's kind.</summary>
internal static class InstanceKindsExtensions
{
    public static bool Contains(this InstanceKinds kinds, JsonValueKind kind) => ((int)kinds & (1 << (int)kind)) != 0;
}
