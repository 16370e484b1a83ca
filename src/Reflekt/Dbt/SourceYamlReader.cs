using YamlDotNet.RepresentationModel;

namespace Reflekt.Dbt;

/// <summary>Reads table descriptions back from a previously built source YAML, to merge partial builds.</summary>
internal static class SourceYamlReader
{
    public static Dictionary<string, string> TableDescriptions(string yaml)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root
                || !root.Children.TryGetValue(new YamlScalarNode("sources"), out var sources)
                || sources is not YamlSequenceNode sourceList)
            {
                return result;
            }

            foreach (var source in sourceList.OfType<YamlMappingNode>())
            {
                if (!source.Children.TryGetValue(new YamlScalarNode("tables"), out var tables) || tables is not YamlSequenceNode tableList)
                {
                    continue;
                }

                foreach (var table in tableList.OfType<YamlMappingNode>())
                {
                    var name = Scalar(table, "name");
                    var description = Scalar(table, "description");
                    if (name is not null)
                    {
                        result.TryAdd(name, description ?? "");
                    }
                }
            }
        }
        catch (YamlDotNet.Core.YamlException)
        {
            // A hand-edited, broken source file is rebuilt from the models alone.
        }

        return result;
    }

    private static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? (node as YamlScalarNode)?.Value : null;
}
