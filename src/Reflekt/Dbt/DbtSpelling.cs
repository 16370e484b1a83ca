using System.Text.Json;
using Reflekt.Dbt.Yaml;
using Reflekt.Projects;

namespace Reflekt.Dbt;

/// <summary>
/// Where each YAML property goes for the dbt release line a package targets (<see cref="DbtTarget"/>): one place that
/// knows dbt's renames (<c>tests</c> → <c>data_tests</c> in 1.8; <c>arguments:</c> and source <c>config:</c> in 1.10).
/// </summary>
internal sealed class DbtSpelling(DbtTarget target)
{
    public DbtTarget Target => target;

    /// <summary>The column key of generic tests.</summary>
    public string TestsKey => target == DbtTarget.V1_7 ? "tests" : "data_tests";

    /// <summary>
    /// <c>require-dbt-version</c>: only releases that read every spelling the package uses. <c>arguments:</c> is read
    /// from dbt 1.10.5 (https://docs.getdbt.com/reference/global-configs/behavior-flags/require_generic_test_arguments_property);
    /// top-level test arguments are not read by 2.x (Fusion), so the older forms stop below it.
    /// </summary>
    public string RequireDbtVersion => target switch
    {
        DbtTarget.V1_7 => "[\">=1.0.0\", \"<1.8.0\"]",
        DbtTarget.V1_8 => "[\">=1.8.0\", \"<2.0.0\"]",
        DbtTarget.V1_10 => "[\">=1.10.5\", \"<3.0.0\"]",
        _ => throw new ArgumentOutOfRangeException(nameof(target), target, null),
    };

    /// <summary>A generic test with arguments: <c>{name: {arguments: {…}}}</c> on 1.10, <c>{name: {…}}</c> before.</summary>
    public JsonElement Test(string name, Dictionary<string, object> arguments) => JsonSerializer.SerializeToElement(
        new Dictionary<string, object>
        {
            [name] = target == DbtTarget.V1_10 ? new Dictionary<string, object> { ["arguments"] = arguments } : arguments,
        });

    /// <summary>
    /// Adds properties that dbt 1.10 reads under <c>config:</c> (source freshness, <c>meta</c>) to <paramref name="node"/>:
    /// nested in a <c>config</c> map on 1.10, at the top level before it (where 1.10 still reads them, with a warning).
    /// </summary>
    public void AddConfigurable(YamlMap node, YamlMap properties)
    {
        if (properties.Count == 0)
        {
            return;
        }

        if (target != DbtTarget.V1_10)
        {
            foreach (var (key, value) in properties)
            {
                node.Add(key, value);
            }

            return;
        }

        if (node.FirstOrDefault(p => p.Key == "config").Value is YamlMap config)
        {
            foreach (var (key, value) in properties)
            {
                config.Add(key, value);
            }
        }
        else
        {
            node.Add("config", properties);
        }
    }
}
