using System.Text.Json;
using System.Text.RegularExpressions;
using Reflekt.Projects.Yaml;
using Reflekt.Schemas;

namespace Reflekt.Projects.Profiles;

/// <summary>
/// Replaces <c>{{ env_var('NAME') }}</c> (dbt's form, optionally <c>env_var('NAME', 'default')</c>) and
/// <c>${NAME}</c> in every string of a profile with the variable's value.
/// </summary>
internal static partial class SecretSubstitution
{
    /// <summary>A copy of <paramref name="element"/> with every reference substituted; an unset variable is written as "" and added to <paramref name="missing"/> (pointer, error), or thrown when that is null.</summary>
    /// <exception cref="ReflektException">A referenced variable is not set (the message names it, the file and the line) and <paramref name="missing"/> is null.</exception>
    public static JsonElement Apply(YamlDocument document, JsonElement element, string pointer, ProfileEnvironment environment, List<(string Pointer, ReflektException Error)>? missing = null)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(document, element, pointer, environment, writer, missing);
        }

        using var json = JsonDocument.Parse(buffer.ToArray());
        return json.RootElement.Clone();
    }

    /// <summary>Substitutes the references in one string.</summary>
    public static string Substitute(string text, Func<string, string?> lookup, Action<string> onMissing)
    {
        if (!text.Contains("env_var", StringComparison.Ordinal) && !text.Contains("${", StringComparison.Ordinal))
        {
            return text;
        }

        var result = DbtReference().Replace(text, m =>
        {
            var name = m.Groups["name"].Value;
            var value = lookup(name) ?? (m.Groups["default"].Success ? m.Groups["default"].Value : null);
            if (value is null)
            {
                onMissing(name);
                return "";
            }

            return value;
        });
        return ShellReference().Replace(result, m =>
        {
            var name = m.Groups["name"].Value;
            var value = lookup(name);
            if (value is null)
            {
                onMissing(name);
                return "";
            }

            return value;
        });
    }

    private static void Write(YamlDocument document, JsonElement element, string pointer, ProfileEnvironment environment, Utf8JsonWriter writer, List<(string Pointer, ReflektException Error)>? missing)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject())
                {
                    writer.WritePropertyName(property.Name);
                    Write(document, property.Value, JsonPointer.Append(pointer, property.Name), environment, writer, missing);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Write(document, item, JsonPointer.Append(pointer, index++), environment, writer, missing);
                }

                writer.WriteEndArray();
                break;
            case JsonValueKind.String:
                var value = Substitute(element.GetString()!, environment.GetVariable, name =>
                {
                    var error = ConfigNode.Error(document, pointer, $"environment variable '{name}' is not set");
                    if (missing is null)
                    {
                        throw error;
                    }

                    missing.Add((pointer, error));
                });
                writer.WriteStringValue(value);
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }

    [GeneratedRegex("""\{\{\s*env_var\(\s*(?<q>['"])(?<name>[^'"]+)\k<q>\s*(?:,\s*(?<q2>['"])(?<default>[^'"]*)\k<q2>\s*)?\)\s*\}\}""")]
    private static partial Regex DbtReference();

    [GeneratedRegex(@"\$\{(?<name>[A-Za-z_][A-Za-z0-9_]*)\}")]
    private static partial Regex ShellReference();
}
