using System.Text.Json;

namespace Reflekt.Linting;

/// <summary>A named property found anywhere in an event schema (top level, nested object, array items).</summary>
/// <param name="Name">The key under `properties`.</param>
/// <param name="Pointer">JSON pointer of the property's schema, e.g. <c>/properties/products/items/properties/sku</c>.</param>
/// <param name="Schema">The property's schema (any JSON kind; malformed ones are reported by rules).</param>
/// <param name="LintDisabled">True when the property or an ancestor has <c>lint: false</c>.</param>
public sealed record PropertyNode(
    string Name,
    string Pointer,
    JsonElement Schema,
    bool LintDisabled)
{
    /// <summary>The keywords the property's schema declares (none when the schema is not an object).</summary>
    public SchemaKeywords Keywords { get; init; }

    /// <summary>The property's `type` as names (string or array of strings); empty when absent or malformed.</summary>
    public IReadOnlyList<string> Types { get; init; } = [];

    /// <summary>True when the property's schema declares <paramref name="keyword"/>.</summary>
    public bool Has(SchemaKeywords keyword) => (Keywords & keyword) != 0;

    /// <summary>A readable path for messages: <c>products[].sku</c> for <c>/properties/products/items/properties/sku</c>, <c>$defs/address.city</c> for <c>/$defs/address/properties/city</c>.</summary>
    public string DisplayName => Pointer
        .Replace("/properties/", ".", StringComparison.Ordinal)
        .Replace("/items", "[]", StringComparison.Ordinal)
        .Replace("/additionalProperties", "{}", StringComparison.Ordinal)
        .TrimStart('.', '/')
        .Replace("~1", "/", StringComparison.Ordinal)
        .Replace("~0", "~", StringComparison.Ordinal);
}
