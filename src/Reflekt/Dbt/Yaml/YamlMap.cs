using System.Text.Json;

namespace Reflekt.Dbt.Yaml;

/// <summary>An insertion-ordered YAML mapping; values are <see cref="YamlMap"/>, lists, strings, ints or bools.</summary>
internal sealed class YamlMap : List<KeyValuePair<string, object>>
{
    public void Add(string key, object value) => Add(new KeyValuePair<string, object>(key, value));

    /// <summary>The YAML node for a JSON value (project settings arrive as JSON elements).</summary>
    public static object FromJson(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => Map(value),
        JsonValueKind.Array => value.EnumerateArray().Select(FromJson).ToList(),
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number when value.TryGetInt32(out var i) => i,
        _ => value.GetRawText(),
    };

    private static YamlMap Map(JsonElement value)
    {
        var map = new YamlMap();
        foreach (var property in value.EnumerateObject())
        {
            map.Add(property.Name, FromJson(property.Value));
        }

        return map;
    }
}
