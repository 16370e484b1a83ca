using Reflekt.Dbt.Yaml;
using Reflekt.Warehouses.Sql;

namespace Reflekt.Dbt;

/// <summary>Renders a staging model's properties YAML from the same column list the SQL uses.</summary>
internal static class ModelDocsRenderer
{
    public static string Render(StagingModel model, DbtSpelling spelling, bool contract, SqlDialect dialect)
    {
        var columns = new List<object>();
        foreach (var column in model.Columns)
        {
            // A column the SQL must quote is quoted by dbt's tests too, spelt as the warehouse stores it.
            var quoted = dialect.Alias(column.Alias) != column.Alias;
            var entry = new YamlMap
            {
                { "name", quoted ? dialect.Capabilities.Fold(column.Alias) : column.Alias },
                { "description", column.Description },
                { "data_type", column.DataType },
            };
            if (quoted)
            {
                entry.Add("quote", true);
            }

            if (column.Tests.Count > 0)
            {
                entry.Add(spelling.TestsKey, column.Tests.Select(YamlMap.FromJson).ToList());
            }

            columns.Add(entry);
        }

        var modelMap = new YamlMap
        {
            { "name", model.Name },
            { "description", model.Description },
        };
        if (contract)
        {
            modelMap.Add("config", new YamlMap { { "contract", new YamlMap { { "enforced", true } } } });
        }

        if (model.Meta is { Count: > 0 } meta)
        {
            var map = new YamlMap();
            foreach (var (key, value) in meta)
            {
                map.Add(key, YamlMap.FromJson(value));
            }

            spelling.AddConfigurable(modelMap, new YamlMap { { "meta", map } });
        }

        modelMap.Add("columns", columns);
        return PyYamlEmitter.Emit(new YamlMap { { "version", 2 }, { "models", new List<object> { modelMap } } });
    }
}
