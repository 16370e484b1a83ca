using System.Text;
using Reflekt.Warehouses.Sql;

namespace Reflekt.Dbt;

/// <summary>
/// Renders an array's child model: the parent's <c>source</c> CTE (same rows, same deduplication), then the dialect's
/// unnesting join with the parent id, the element index and each element field typed from the items schema.
/// </summary>
internal static class ChildModelSqlRenderer
{
    public static string Render(ArrayChildModel child, SqlDialect dialect)
    {
        var model = child.Model;
        var join = dialect.ArrayElementsJoin("source." + dialect.Identifier(child.ArrayColumn))
            ?? throw new InvalidOperationException($"{dialect.Name} cannot unnest JSON arrays.");
        var b = new StringBuilder();
        ModelSqlRenderer.AppendSource(b, model, dialect);
        var expressions = new List<string>
        {
            $"source.{dialect.Identifier(child.IdColumn)} as {dialect.Alias(model.Columns[0].Alias)}",
            $"{dialect.ElementIndex} as {dialect.Alias(model.Columns[1].Alias)}",
        };
        expressions.AddRange(child.Fields.Select((f, i) =>
            $"{dialect.ElementField(f.Path, f.JsonType, f.Type)} as {dialect.Alias(model.Columns[i + 2].Alias)}"));

        b.Append("elements as (\n    select\n");
        b.Append(string.Join(",\n", expressions.Select(e => "        " + e))).Append('\n');
        b.Append("    from source").Append(join.StartsWith(',') ? "" : "\n    ").Append(join).Append("\n)\n\nselect * from elements\n");
        return b.ToString();
    }
}
