using System.Text.Json;

namespace Reflekt.Dbt;

/// <summary>One output column of a staging model: a raw column (maybe renamed or cast) or a constant.</summary>
/// <param name="Alias">Output column name (lower-case snake, chosen by the rename rules).</param>
/// <param name="SourceColumn">Physical raw column, or null for a constant.</param>
/// <param name="Constant">The constant's value for a constant column (null renders a typed NULL).</param>
/// <param name="CastType">Warehouse type to cast the raw column to, or null to leave it as loaded.</param>
/// <param name="Description">Column description for the docs YAML.</param>
/// <param name="Tests">Generic data tests for the docs YAML (a name, or a mapping such as <c>accepted_values</c>).</param>
/// <param name="DataType">The column's warehouse type for the docs' <c>data_type</c>: the cast type, else as loaded.</param>
/// <param name="IsJson">With a cast type: the value is JSON text (an object or array) parsed rather than cast.</param>
internal sealed record ModelColumn(
    string Alias,
    string? SourceColumn,
    string? Constant,
    string? CastType,
    string Description,
    IReadOnlyList<JsonElement> Tests,
    string DataType,
    bool IsJson = false);
