namespace Reflekt.Tests.Warehouses.StandIns;

/// <summary>A result a test hands a warehouse stand-in for one statement: column names and types, then rows of wire strings.</summary>
/// <param name="Columns">Result columns (Snowflake <c>rowType</c> / BigQuery <c>schema.fields</c>).</param>
/// <param name="Rows">Cells exactly as the warehouse sends them: strings, or null for SQL NULL.</param>
internal sealed record CannedResult(IReadOnlyList<(string Name, string Type)> Columns, IReadOnlyList<string?[]> Rows);
