namespace Reflekt.Dbt.Yaml;

/// <summary>An insertion-ordered YAML mapping; values are <see cref="YamlMap"/>, lists, strings, ints or bools.</summary>
internal sealed class YamlMap : List<KeyValuePair<string, object>>
{
    public void Add(string key, object value) => Add(new KeyValuePair<string, object>(key, value));
}
