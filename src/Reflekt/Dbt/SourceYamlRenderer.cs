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
        IReadOnlyList<SourceTable> tables,
        DbtSpelling spelling)
    {
        var source = new YamlMap
        {
            { "name", name },
            { "schema", name },
            { "database", database },
            { "description", description },
        };
        // dbt 1.10 reads freshness under `config:`; older targets get the top-level keys 1.10 still accepts.
        spelling.AddConfigurable(source, Freshness(settings.LoadedAtField, settings.Freshness));
        source.Add("tables", tables.Select(t => (object)Table(t, settings.For(t.Name), spelling)).ToList());
        return PyYamlEmitter.Emit(new YamlMap { { "version", 2 }, { "sources", new List<object> { source } } });
    }

    private static YamlMap Table(SourceTable table, DbtSourceTableSettings? overrides, DbtSpelling spelling)
    {
        var map = new YamlMap { { "name", table.Name }, { "description", table.Description } };
        if (overrides is not null)
        {
            spelling.AddConfigurable(map, Freshness(overrides.LoadedAtField, overrides.Freshness));
        }

        return map;
    }

    private static YamlMap Freshness(string? loadedAtField, DbtFreshness? freshness)
    {
        var result = new YamlMap();
        if (loadedAtField is { Length: > 0 } loadedAt)
        {
            result.Add("loaded_at_field", loadedAt);
        }

        if (freshness is null)
        {
            return result;
        }

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

        result.Add("freshness", f);
        return result;
    }

    private static YamlMap Threshold(DbtFreshnessThreshold t) =>
        new() { { "count", t.Count }, { "period", t.Period.ToString().ToLowerInvariant() } };
}
