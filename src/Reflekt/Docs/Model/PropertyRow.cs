namespace Reflekt.Docs.Model;

/// <summary>One property of an event schema, as a row of the property tree table.</summary>
/// <param name="Path">Dotted path from the payload root (<c>items[].sku</c> for array items).</param>
/// <param name="Name">The property's own name.</param>
/// <param name="Depth">0 for top-level properties.</param>
/// <param name="Type">Declared type(s), e.g. <c>string | null</c>, or the <c>$ref</c>.</param>
/// <param name="Required">Listed in its parent's <c>required</c>.</param>
/// <param name="Enum">Allowed values as JSON text, empty when unrestricted.</param>
/// <param name="Format">The <c>format</c>, or null.</param>
/// <param name="Constraints">Other constraints as <c>keyword: value</c> text (minLength, pattern…).</param>
/// <param name="Description">The property's description.</param>
public sealed record PropertyRow(
    string Path,
    string Name,
    int Depth,
    string Type,
    bool Required,
    IReadOnlyList<string> Enum,
    string? Format,
    IReadOnlyList<string> Constraints,
    string? Description);
