using Reflekt.Dbt.Yaml;

namespace Reflekt.Dbt;

/// <summary>Renders a staging model's properties YAML from the same column list the SQL uses.</summary>
internal static class ModelDocsRenderer
{
    public static string Render(StagingModel model)
    {
        var columns = new List<object>();
        foreach (var column in model.Columns)
        {
            var entry = new YamlMap { { "name", column.Alias }, { "description", column.Description } };
            if (column.Tests.Count > 0)
            {
                // dbt ≥ 1.8 spelling; upstream wrote the older `tests:` alias.
                entry.Add("data_tests", column.Tests.Select(YamlMap.FromJson).ToList());
            }

            columns.Add(entry);
        }

        var modelMap = new YamlMap
        {
            { "name", model.Name },
            { "description", model.Description },
            { "columns", columns },
        };
        return PyYamlEmitter.Emit(new YamlMap { { "version", 2 }, { "models", new List<object> { modelMap } } });
    }
}
