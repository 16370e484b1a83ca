using System.Text;
using Reflekt.Warehouses.Sql;

namespace Reflekt.Dbt;

/// <summary>Renders a <see cref="UnionModel"/> as <c>union all</c> of <c>ref()</c>s; a MAJOR lacking a column gives a typed null.</summary>
internal static class UnionModelSqlRenderer
{
    public static string Render(UnionModel union, SqlDialect dialect)
    {
        var b = new StringBuilder();
        ModelSqlRenderer.AppendConfig(b, union.Model);
        var columns = union.Model.Columns.Take(union.Model.Columns.Count - 1).ToList();
        for (var i = 0; i < union.Branches.Count; i++)
        {
            var (major, version) = union.Branches[i];
            if (i > 0)
            {
                b.Append("\nunion all\n\n");
            }

            b.Append("select\n");
            foreach (var column in columns)
            {
                var alias = dialect.Alias(column.Alias);
                var own = major.Columns.FirstOrDefault(c => c.Alias == column.Alias);
                // Union branches must agree on types: a column the MAJOR lacks, or types differently, is the newest's type.
                var value = own is null ? dialect.Cast("null", column.DataType)
                    : own.DataType == column.DataType ? alias
                    : dialect.Cast(alias, column.DataType);
                b.Append("    ").Append(value == alias ? alias : $"{value} as {alias}").Append(",\n");
            }

            b.Append("    ").Append(dialect.TypedString(version)).Append(" as ").Append(dialect.Alias(UnionModel.VersionAlias)).Append('\n');
            b.Append("from {{ ref(").Append(Jinja.String(major.Name)).Append(") }}\n");
        }

        return b.ToString();
    }
}
