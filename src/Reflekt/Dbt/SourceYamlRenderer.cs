using Reflekt.Dbt.Yaml;
using Reflekt.Projects;

namespace Reflekt.Dbt;

/// <summary>Renders the package's source YAML (one source: the raw schema), tables sorted by name.</summary>
internal static class SourceYamlRenderer
{
    public static string Render(
        string name,
        string database,
        string description,
        DbtSourceSettings settings,
        IReadOnlyList<SourceTable> tables)
    {
        var source = new YamlMap
        {
            { "name", name },
            { "schema", name },
            { "database", database },
            { "description", description },
        };
        // Top-level keys, which dbt 1.8 needs and later versions still accept.
        if (settings.LoadedAtField is { Length: > 0 } loadedAt)
        {
            source.Add("loaded_at_field", loadedAt);
        }

        if (settings.Freshness is { } freshness)
        {
            var f = new YamlMap();
            if (freshness.WarnAfter is { } warn)
            {
                f.Add("warn_after", Threshold(warn));
            }

            if (freshness.ErrorAfter is { } error)
            {
                f.Add("error_after", Threshold(error));
            }

            if (!string.IsNullOrEmpty(freshness.Filter))
            {
                f.Add("filter", freshness.Filter);
            }

            source.Add("freshness", f);
        }

        source.Add("tables", tables
            .Select(t => (object)new YamlMap { { "name", t.Name }, { "description", t.Description } })
            .ToList());
        return PyYamlEmitter.Emit(new YamlMap { { "version", 2 }, { "sources", new List<object> { source } } });
    }

    private static YamlMap Threshold(DbtFreshnessThreshold t) =>
        new() { { "count", t.Count }, { "period", t.Period.ToString().ToLowerInvariant() } };
}
