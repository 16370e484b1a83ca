using Reflekt.PythonCompat;
using System.Text;
using System.Text.Json;
using Reflekt.Schemas;

namespace Reflekt.Reports;

/// <summary>
/// Renders an event schema as the Markdown upstream's <c>reflekt report</c> writes (spec §6, a jsonschema2md dialect).
/// Pure: schema in, text out; malformed parts are skipped rather than thrown on.
/// </summary>
public static class MarkdownReport
{
    private static readonly (string Keyword, string Title)[] Compositions = [("allOf", "All of"), ("anyOf", "Any of"), ("oneOf", "One of")];

    /// <summary>The report for one event schema, ending with a newline.</summary>
    public static string Render(EventSchema eventSchema)
    {
        var lines = new List<string>();
        var schema = eventSchema.Root;
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return "\n";
        }
        if (eventSchema.Name is { } name)
        {
            lines.Add($"# {name}");
            lines.Add("");
        }
        if (eventSchema.DeclaredId is { } id)
        {
            lines.Add($"#### `$id: {id}`");
            lines.Add("");
        }
        if (eventSchema.Description is { } description)
        {
            lines.Add($"*{description}*");
            lines.Add("");
        }
        if (Get(schema, "items") is { ValueKind: JsonValueKind.Object } items)
        {
            Section(lines, "Items", () => Entry(lines, items, "Items", named: false, required: true, depth: 0));
        }
        if (Get(schema, "additionalProperties") is { ValueKind: JsonValueKind.Object } additional)
        {
            Section(lines, "Additional Properties", () => Entry(lines, additional, "Additional Properties", named: false, required: false, depth: 0));
        }
        if (Get(schema, "patternProperties") is { ValueKind: JsonValueKind.Object } patterns)
        {
            Section(lines, "Pattern Properties", () => Members(lines, patterns, schema, depth: 0));
        }
        if (Get(schema, "properties") is { ValueKind: JsonValueKind.Object } properties)
        {
            Section(lines, "Properties", () => Members(lines, properties, schema, depth: 0));
        }
        if (Get(schema, "definitions") is { ValueKind: JsonValueKind.Object } definitions)
        {
            Section(lines, "Definitions", () =>
            {
                foreach (var definition in definitions.EnumerateObject())
                {
                    lines.Add($"<a id=\"definitions/{definition.Name}\"></a>");
                    Entry(lines, definition.Value, definition.Name, named: true, required: false, depth: 0);
                }
            });
        }
        if (Get(schema, "examples") is { ValueKind: JsonValueKind.Array } examples)
        {
            Section(lines, "Examples", () =>
            {
                foreach (var example in examples.EnumerateArray())
                {
                    lines.Add("```json");
                    lines.Add(PythonJson.Dumps(example, indent: 4));
                    lines.Add("```");
                    lines.Add("");
                }
            });
        }
        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }
        return string.Join('\n', lines) + "\n";
    }

    private static void Section(List<string> lines, string title, Action body)
    {
        lines.Add($"## {title}");
        lines.Add("");
        body();
        if (lines[^1].Length != 0)
        {
            lines.Add("");
        }
    }

    private static void Members(List<string> lines, JsonElement members, JsonElement parent, int depth)
    {
        var required = Get(parent, "required") is { ValueKind: JsonValueKind.Array } list
            ? list.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.String).Select(r => r.GetString()!).ToHashSet(StringComparer.Ordinal)
            : [];
        foreach (var member in members.EnumerateObject())
        {
            Entry(lines, member.Value, member.Name, named: true, required: required.Contains(member.Name), depth);
        }
    }

    private static void Entry(List<string> lines, JsonElement schema, string? name, bool named, bool required, int depth)
    {
        var indent = new string(' ', 2 * depth);
        var line = new StringBuilder(indent).Append("- ");
        if (name is not null)
        {
            line.Append(named ? $"**`{name}`**" : $"**{name}**");
        }
        if (Get(schema, "type") is { } type)
        {
            line.Append(line.Length > indent.Length + 2 ? " " : "").Append("*(").Append(TypeText(type));
            if (String(schema, "format") is { } format)
            {
                line.Append(", format: ").Append(format);
            }
            if (required)
            {
                line.Append(", required");
            }
            line.Append(")*");
        }
        var details = Details(schema, indent);
        if (details.Count > 0)
        {
            line.Append(": ").Append(string.Join(' ', details));
        }
        lines.Add(line.ToString());

        if (schema.ValueKind != JsonValueKind.Object)
        {
            return;
        }
        foreach (var (keyword, title) in Compositions)
        {
            if (Get(schema, keyword) is { ValueKind: JsonValueKind.Array } branches)
            {
                lines.Add($"{indent}  - **{title}**");
                foreach (var branch in branches.EnumerateArray())
                {
                    Entry(lines, branch, null, named: false, required: false, depth + 2);
                }
            }
        }
        if (Get(schema, "items") is { ValueKind: JsonValueKind.Object } items)
        {
            Entry(lines, items, "Items", named: false, required: true, depth + 1);
        }
        if (Get(schema, "definitions") is { ValueKind: JsonValueKind.Object } definitions)
        {
            foreach (var definition in definitions.EnumerateObject())
            {
                Entry(lines, definition.Value, definition.Name, named: true, required: false, depth + 1);
            }
        }
        if (Get(schema, "additionalProperties") is { ValueKind: JsonValueKind.Object } additional)
        {
            Entry(lines, additional, "Additional Properties", named: false, required: false, depth + 1);
        }
        if (Get(schema, "properties") is { ValueKind: JsonValueKind.Object } properties)
        {
            Members(lines, properties, schema, depth + 1);
        }
        if (Get(schema, "patternProperties") is { ValueKind: JsonValueKind.Object } patterns)
        {
            Members(lines, patterns, schema, depth + 1);
        }
        if (Get(schema, "examples") is { ValueKind: JsonValueKind.Array } examples)
        {
            lines.Add($"{indent}  - Examples:");
            foreach (var example in examples.EnumerateArray())
            {
                lines.Add($"{indent}    ```json");
                lines.Add($"{indent}    {PythonJson.Dumps(example)}");
                lines.Add($"{indent}    ```");
            }
        }
    }

    private static List<string> Details(JsonElement schema, string indent)
    {
        var details = new List<string>();
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return details;
        }
        if (String(schema, "description") is { Length: > 0 } description)
        {
            description = description.Replace("\n\n", "<br>" + indent + "  ", StringComparison.Ordinal);
            details.Add(".?!;".Contains(description[^1], StringComparison.Ordinal) ? description : description + ".");
        }
        AddBound(details, schema, "minimum", "Minimum");
        AddBound(details, schema, "exclusiveMinimum", "Exclusive minimum");
        AddBound(details, schema, "maximum", "Maximum");
        AddBound(details, schema, "exclusiveMaximum", "Exclusive maximum");
        var minLength = Get(schema, "minLength")?.GetRawText();
        var maxLength = Get(schema, "maxLength")?.GetRawText();
        if (minLength is not null && maxLength is not null)
        {
            details.Add(minLength == maxLength ? $"Length must be equal to {minLength}." : $"Length must be between {minLength} and {maxLength} (inclusive).");
        }
        else if (minLength is not null)
        {
            details.Add($"Length must be at least {minLength}.");
        }
        else if (maxLength is not null)
        {
            details.Add($"Length must be at most {maxLength}.");
        }
        if (Get(schema, "enum") is { } values)
        {
            details.Add($"Must be one of: `{PythonJson.Dumps(values)}`.");
        }
        switch (Get(schema, "additionalProperties"))
        {
            case { ValueKind: JsonValueKind.True }:
                details.Add("Can contain additional properties.");
                break;
            case { ValueKind: JsonValueKind.False }:
                details.Add("Cannot contain additional properties.");
                break;
        }
        if (String(schema, "$ref") is { } reference)
        {
            details.Add($"Refer to *[{reference}](#{(reference.Length > 2 ? reference[2..] : "")})*.");
        }
        if (Get(schema, "default") is { } defaultValue)
        {
            details.Add($"Default: `{PythonJson.Dumps(defaultValue)}`.");
        }
        return details;
    }

    private static void AddBound(List<string> details, JsonElement schema, string keyword, string label)
    {
        if (Get(schema, keyword) is { } value)
        {
            details.Add($"{label}: `{value.GetRawText()}`.");
        }
    }

    // Python str() of the JSON type: a string as-is, a list as its repr (['string', 'null']).
    private static string TypeText(JsonElement type) => type.ValueKind switch
    {
        JsonValueKind.String => type.GetString()!,
        JsonValueKind.Array => "[" + string.Join(", ", type.EnumerateArray().Select(t => t.ValueKind == JsonValueKind.String ? $"'{t.GetString()}'" : t.GetRawText())) + "]",
        _ => type.GetRawText(),
    };

    private static JsonElement? Get(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : null;

    private static string? String(JsonElement element, string name) =>
        Get(element, name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;
}
