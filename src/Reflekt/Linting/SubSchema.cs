using System.Text.Json;

namespace Reflekt.Linting;

/// <summary>A schema object inside an event schema (the root, a property, array items, a composition branch, a definition).</summary>
/// <param name="Pointer">JSON pointer of the schema object ("" for the root).</param>
/// <param name="Schema">The schema object.</param>
/// <param name="LintDisabled">True when it sits under a property with <c>lint: false</c>.</param>
/// <param name="IsProperty">True when the schema is the value of a key under <c>properties</c>.</param>
public sealed record SubSchema(string Pointer, JsonElement Schema, bool LintDisabled, bool IsProperty)
{
    /// <summary>The keywords the schema object declares, among those rules read.</summary>
    public SchemaKeywords Keywords { get; init; }

    /// <summary>The `type` keyword as names; empty when absent or malformed.</summary>
    public IReadOnlyList<string> Types { get; init; } = [];

    /// <summary>True when the schema object declares <paramref name="keyword"/>.</summary>
    public bool Has(SchemaKeywords keyword) => (Keywords & keyword) != 0;
}
