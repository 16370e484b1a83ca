using System.Text.Json;
using Reflekt.Schemas;
using Reflekt.Schemas.Naming;

namespace Reflekt.Dbt;

/// <summary>
/// The generic data tests an event schema implies for a property's column: <c>required</c> → <c>not_null</c> and
/// <c>enum</c> → <c>accepted_values</c> (in the target dbt's argument form).
/// </summary>
internal static class SchemaDataTests
{
    public static readonly JsonElement NotNull = JsonSerializer.SerializeToElement("not_null");

    public static readonly JsonElement Unique = JsonSerializer.SerializeToElement("unique");

    public static List<JsonElement> For(JsonElement document, FlattenedProperty property, DbtSpelling spelling)
    {
        var tests = new List<JsonElement>();
        if (RequiredAllTheWay(document, property.Pointer))
        {
            tests.Add(NotNull);
        }

        if (property.Schema.ValueKind == JsonValueKind.Object
            && property.Schema.TryGetProperty("enum"u8, out var values)
            && values.ValueKind == JsonValueKind.Array)
        {
            var accepted = values.EnumerateArray().Where(v => v.ValueKind != JsonValueKind.Null).ToList();
            if (accepted.Count > 0)
            {
                // Null is not a value accepted_values checks (dbt skips nulls); non-strings must not be quoted.
                var arguments = new Dictionary<string, object> { ["values"] = accepted };
                if (accepted.Any(v => v.ValueKind != JsonValueKind.String))
                {
                    arguments["quote"] = false;
                }

                tests.Add(spelling.Test("accepted_values", arguments));
            }
        }

        return tests;
    }

    /// <summary>Whether the property at <paramref name="pointer"/> is on every valid event: required, and so is each object on its path.</summary>
    public static bool RequiredAllTheWay(JsonElement document, string pointer)
    {
        var current = document;
        var segments = pointer.Split('/')[1..];
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i].Replace("~1", "/").Replace("~0", "~");
            if (segment == "properties" && i + 1 < segments.Length)
            {
                var name = segments[++i].Replace("~1", "/").Replace("~0", "~");
                if (!RequiredProperties.Of(current, name))
                {
                    return false;
                }

                current = current.GetProperty("properties").GetProperty(name);
                continue;
            }

            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(segment, out current))
            {
                return false;
            }
        }

        return segments.Length > 0;
    }
}
