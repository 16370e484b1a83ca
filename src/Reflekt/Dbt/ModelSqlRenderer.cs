using System.Text;
using Reflekt.Warehouses.Sql;

namespace Reflekt.Dbt;

/// <summary>Renders a staging model in upstream's exact SQL layout, every identifier and literal through the dialect.</summary>
internal static class ModelSqlRenderer
{
    public static string Render(StagingModel model, SqlDialect dialect)
    {
        var b = new StringBuilder();
        b.Append("{{\n  config(\n    materialized = 'view'\n  )\n}}\n\n");
        b.Append("with\n\nsource as (\n");
        var from = "{{ source(" + Jinja.String(model.SourceName) + ", " + Jinja.String(model.Table) + ") }}";
        var body = model.Dedup is { } key
            ? dialect.FirstRowPerKey(from, model.Filter, dialect.Identifier(key.IdColumn), dialect.Identifier(key.ReceivedAtColumn))
            : ["select *", "from " + from, .. model.Filter];
        foreach (var line in body)
        {
            b.Append("    ").Append(line).Append('\n');
        }

        b.Append("),\n\nrenamed as (\n    select\n");
        for (var i = 0; i < model.Columns.Count; i++)
        {
            b.Append("        ").Append(Expression(model.Columns[i], dialect));
            b.Append(i < model.Columns.Count - 1 ? ",\n" : "\n");
        }

        b.Append("    from source\n)\n\nselect * from renamed\n");
        return b.ToString();
    }

    private static string Expression(ModelColumn column, SqlDialect dialect)
    {
        var alias = dialect.Alias(column.Alias);
        if (column.SourceColumn is null)
        {
            var constant = column.Constant is null ? dialect.NullString : dialect.TypedString(column.Constant);
            return $"{constant} as {alias}";
        }

        var source = dialect.Identifier(column.SourceColumn);
        if (column.CastType is not null)
        {
            return $"{dialect.Cast(source, column.CastType)} as {alias}";
        }

        return source == alias ? source : $"{source} as {alias}";
    }
}
