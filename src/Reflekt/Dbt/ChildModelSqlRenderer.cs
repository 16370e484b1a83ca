using System.Text;
using Reflekt.Warehouses.Sql;

namespace Reflekt.Dbt;

/// <summary>
/// Renders an array's child model: the parent's <c>source</c> CTE (same rows, same deduplication), then (where the
/// warehouse unnests only parsed arrays) a <c>parsed</c> CTE of the id and the parsed array, then the dialect's
/// unnesting join with the parent id, the element index and each element field typed from the items schema.
/// </summary>
internal static class ChildModelSqlRenderer
{
    public static string Render(ArrayChildModel child, SqlDialect dialect)
    {
        var model = child.Model;
        var id = dialect.Identifier(child.IdColumn);
        var array = dialect.Identifier(child.ArrayColumn);
        var b = new StringBuilder();
        ModelSqlRenderer.AppendSource(b, model, dialect);
        var relation = "source";
        if (dialect.UnnestsParsedArrays)
        {
            relation = SqlDialect.ParsedRelation;
            b.Append(relation).Append(" as (\n    select\n");
            b.Append("        source.").Append(id).Append(",\n");
            b.Append("        ").Append(dialect.ParseJson("source." + array)).Append(" as ").Append(array).Append('\n');
            b.Append("    from source\n),\n\n");
        }

        var join = dialect.ArrayElementsJoin(relation + "." + array)
            ?? throw new InvalidOperationException($"{dialect.Name} cannot unnest JSON arrays.");
        var expressions = new List<string>
        {
            $"{relation}.{id} as {dialect.Alias(model.Columns[0].Alias)}",
            $"{dialect.ElementIndex} as {dialect.Alias(model.Columns[1].Alias)}",
        };
        expressions.AddRange(child.Fields.Select((f, i) =>
            $"{dialect.ElementField(f.Path, f.JsonType, f.Type)} as {dialect.Alias(model.Columns[i + 2].Alias)}"));

        b.Append("elements as (\n    select\n");
        b.Append(string.Join(",\n", expressions.Select(e => "        " + e))).Append('\n');
        b.Append("    from ").Append(relation).Append(join.StartsWith(',') ? "" : "\n    ").Append(join).Append("\n)\n\nselect * from elements\n");
        return b.ToString();
    }
}
