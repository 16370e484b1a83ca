using System.Text;
using Reflekt.Warehouses.Sql;

namespace Reflekt.Dbt;

/// <summary>Renders a staging model in upstream's SQL layout, every identifier and literal through the dialect.</summary>
/// <remarks>
/// No <c>config(materialized=…)</c>: the package's <c>dbt_project.yml</c> sets it, so a consuming project can override it.
/// An incremental model names only its merge key in <c>config()</c>, since that differs per model.
/// </remarks>
internal static class ModelSqlRenderer
{
    public static string Render(StagingModel model, SqlDialect dialect)
    {
        var b = new StringBuilder();
        AppendSource(b, model, dialect);
        b.Append("renamed as (\n    select\n");
        for (var i = 0; i < model.Columns.Count; i++)
        {
            b.Append("        ").Append(Expression(model.Columns[i], dialect));
            b.Append(i < model.Columns.Count - 1 ? ",\n" : "\n");
        }

        b.Append("    from source\n)\n\nselect * from renamed\n");
        return b.ToString();
    }

    /// <summary>
    /// The model's <c>config()</c> (when it needs one) and its <c>source</c> CTE: the raw rows after the filter, one per
    /// message. Child models of arrays share it, so parent and child read exactly the same rows.
    /// </summary>
    public static void AppendSource(StringBuilder b, StagingModel model, SqlDialect dialect)
    {
        AppendConfig(b, model);
        b.Append("with\n\nsource as (\n");
        AppendFrom(b, model, dialect);
    }

    /// <summary>The model's <c>config()</c>, when incremental materialisation needs one (a merge key, or a table instead).</summary>
    public static void AppendConfig(StringBuilder b, StagingModel model)
    {
        if (model.Incremental is { IsFullRebuild: true })
        {
            b.Append("{{\n  config(\n    materialized = 'table'\n  )\n}}\n\n");
        }
        else if (model.Incremental is { } incremental)
        {
            b.Append("{{\n  config(\n    unique_key = ").Append(Jinja.String(incremental.UniqueKey)).Append("\n  )\n}}\n\n");
        }
    }

    private static void AppendFrom(StringBuilder b, StagingModel model, SqlDialect dialect)
    {
        var from = "{{ source(" + Jinja.String(model.SourceName) + ", " + Jinja.String(model.Table) + ") }}";
        var filter = model.Incremental is { IsFullRebuild: false } plan ? WithLookback(model.Filter, plan, dialect) : model.Filter;
        var body = model.Dedup is { } key
            ? dialect.FirstRowPerKey(from, filter, dialect.Identifier(key.IdColumn), dialect.Identifier(key.ReceivedAtColumn))
            : ["select *", "from " + from, .. filter];
        foreach (var line in body)
        {
            b.Append("    ").Append(line).Append('\n');
        }

        b.Append("),\n\n");
    }

    // The project's filter, then (on incremental runs only) rows received since the newest loaded one, less the
    // lookback. The filter must be a `where` clause for this `and` to follow it; with none, `where 1 = 1` opens one.
    private static List<string> WithLookback(IReadOnlyList<string> filter, IncrementalPlan plan, SqlDialect dialect)
    {
        var newest = $"(select max({dialect.Alias(plan.ReceivedAtAlias)}) from {{{{ this }}}})";
        return
        [
            .. filter.Count > 0 ? filter : ["where 1 = 1"],
            "{% if is_incremental() %}",
            $"and {dialect.Identifier(plan.ReceivedAtColumn)} > {dialect.TimestampMinus(newest, plan.Lookback.Count, plan.Lookback.Unit.ToString().ToLowerInvariant())}",
            "{% endif %}",
        ];
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
            var typed = column.IsJson ? dialect.ParseJson(source) : dialect.Cast(source, column.CastType);
            return $"{typed} as {alias}";
        }

        return source == alias ? source : $"{source} as {alias}";
    }
}
