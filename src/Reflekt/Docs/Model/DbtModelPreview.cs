namespace Reflekt.Docs.Model;

/// <summary>The dbt staging model a version becomes and its property columns (standard loader columns omitted).</summary>
/// <param name="Table">The raw table the calls land in.</param>
/// <param name="Model">The model name; its source schema is <c>&lt;schema&gt;</c> without <c>--source</c>.</param>
/// <param name="Columns">One per property leaf that lands in a column.</param>
public sealed record DbtModelPreview(string Table, string Model, IReadOnlyList<DbtColumnPreview> Columns);

/// <summary>One model column: its name, the property it comes from, its JSON type and description.</summary>
public sealed record DbtColumnPreview(string Column, string Property, string Type, string? Description);
