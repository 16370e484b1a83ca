using System.Text;
using System.Text.Json;
using Reflekt.PythonCompat;
using Reflekt.Schemas;

namespace Reflekt.Reports;

/// <summary>
/// Renders an event schema as the Markdown upstream's <c>reflekt report</c> writes (spec §6): the text of Reflekt 0.6's
/// copy of jsonschema2md, byte for byte, values printed as Python prints them. Pure: schema in, text out; parts
/// upstream would crash on (a property that is not an object, a non-string description) are skipped instead.
/// </summary>
public static class MarkdownReport
{
    private const int TabSize = 2;

    private static readonly (string Keyword, string Title)[] Compositions = [("allOf", "All of"), ("anyOf", "Any of"), ("oneOf", "One of")];

    /// <summary>The report for one event schema: what upstream writes to the <c>.md</c> file.</summary>
    public static string Render(EventSchema eventSchema)
    {
        var schema = eventSchema.Root;
        var text = new StringBuilder();
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return "";
        }
        if (eventSchema.Name is { } name)
        {
            text.Append($"# {name}\n\n");
        }
        if (eventSchema.DeclaredId is { } id)
        {
            text.Append($"#### `$id: {id}`\n\n");
        }
        if (eventSchema.Description is { } description)
        {
            text.Append($"*{description}*\n\n");
        }
        // Sections follow each other without a blank line between them, as upstream's do.
        if (Get(schema, "items") is { } items)
        {
            text.Append("## Items\n\n");
            Entry(text, items, new("Items", Monospace: false, Required: true), depth: 0);
        }
        if (Get(schema, "additionalProperties") is { ValueKind: JsonValueKind.Object } additional)
        {
            text.Append("## Additional Properties\n\n");
            Entry(text, additional, new("Additional Properties", Monospace: false, Required: true), depth: 0);
        }
        if (Get(schema, "patternProperties") is { ValueKind: JsonValueKind.Object } patterns)
        {
            text.Append("## Pattern Properties\n\n");
            foreach (var pattern in patterns.EnumerateObject())
            {
                Entry(text, pattern.Value, new(pattern.Name, Monospace: true, Required: true), depth: 0);
            }
        }
        if (Get(schema, "properties") is { ValueKind: JsonValueKind.Object } properties)
        {
            // Deliberate difference: upstream marks every top-level property required (its parse_schema never passes
            // `required`); a report that calls an optional property required misleads, so membership decides here.
            text.Append("## Properties\n\n");
            Members(text, properties, schema, depth: 0);
        }
        if (Get(schema, "definitions") is { ValueKind: JsonValueKind.Object } definitions)
        {
            text.Append("## Definitions\n\n");
            foreach (var definition in definitions.EnumerateObject())
            {
                Entry(text, definition.Value, new(definition.Name, Monospace: true, Required: true, Anchor: $"definitions/{definition.Name}"), depth: 0);
            }
        }
        if (Has(schema, "examples"))
        {
            text.Append("## Examples\n\n");
            Examples(text, schema, depth: 0, header: false);
        }
        return text.ToString();
    }

    /// <summary>How an entry's bullet names it; an unnamed entry (a composition branch) shows only its type.</summary>
    private sealed record Label(string? Name, bool Monospace, bool Required, string? Anchor = null);

    private static void Members(StringBuilder text, JsonElement members, JsonElement parent, int depth)
    {
        var required = Get(parent, "required") is { ValueKind: JsonValueKind.Array } list
            ? list.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.String).Select(r => r.GetString()!).ToHashSet(StringComparer.Ordinal)
            : [];
        foreach (var member in members.EnumerateObject())
        {
            Entry(text, member.Value, new(member.Name, Monospace: true, Required: required.Contains(member.Name)), depth);
        }
    }

    private static void Entry(StringBuilder text, JsonElement schema, Label label, int depth)
    {
        var indent = new string(' ', TabSize * depth);
        var childIndent = new string(' ', TabSize * (depth + 1));
        if (schema.ValueKind == JsonValueKind.Array)
        {
            // A list where a schema was expected (tuple `items`): a heading, its elements two levels deeper.
            text.Append($"{indent}- **{label.Name ?? "None"}**:\n");
            foreach (var element in schema.EnumerateArray())
            {
                Entry(text, element, new(null, Monospace: false, Required: true), depth + 2);
            }
            return;
        }
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var details = Details(schema).Select(d => d.Replace("\n\n", "<br>" + childIndent, StringComparison.Ordinal)).ToList();
        var description = details.Count > 0 ? ": " + string.Join(' ', details) : "";
        var format = Get(schema, "format") is { } f ? $", format: {PythonText.Str(f)}" : "";
        var type = Get(schema, "type") is { } t ? PythonText.Str(t) : null;
        string name, typeText;
        if (label.Name is null)
        {
            name = "";
            typeText = type is null ? "" : $"*{type}{format}*";
        }
        else
        {
            name = label.Monospace ? $"**`{label.Name}`**" : $"**{label.Name}**";
            typeText = type is null ? "" : $" *({type}{format}{(label.Required ? ", required" : "")})*";
        }
        var anchor = label.Anchor is null ? "" : $"<a id=\"{label.Anchor}\"></a>";
        text.Append($"{indent}- {anchor}{name}{typeText}{description}\n");

        foreach (var (keyword, title) in Compositions)
        {
            if (Get(schema, keyword) is { } branches)
            {
                text.Append($"{childIndent}- **{title}**\n");
                foreach (var branch in Elements(branches))
                {
                    Entry(text, branch, new(null, Monospace: false, Required: true), depth + 2);
                }
            }
        }
        // Upstream renders a nested `definitions` map as one schema named "Definitions", not entry by entry.
        foreach (var (keyword, title) in new[] { ("items", "Items"), ("definitions", "Definitions") })
        {
            if (Get(schema, keyword) is { } child)
            {
                Entry(text, child, new(title, Monospace: false, Required: true), depth + 1);
            }
        }
        if (Get(schema, "additionalProperties") is { ValueKind: JsonValueKind.Object } additional)
        {
            Entry(text, additional, new("Additional Properties", Monospace: false, Required: true), depth + 1);
        }
        foreach (var keyword in new[] { "properties", "patternProperties" })
        {
            if (Get(schema, keyword) is { ValueKind: JsonValueKind.Object } members)
            {
                Members(text, members, schema, depth + 1);
            }
        }
        Examples(text, schema, depth, header: true);
    }

    // Each example is json.dumps(indent=4) with every line indented one level past its owner, then a blank line.
    private static void Examples(StringBuilder text, JsonElement schema, int depth, bool header)
    {
        if (Get(schema, "examples") is not { } examples)
        {
            return;
        }
        var indent = new string(' ', TabSize * (depth + 1));
        if (header)
        {
            text.Append($"\n{indent}Examples:\n");
        }
        foreach (var example in Elements(examples))
        {
            var json = indent + PythonJson.Dumps(example, indent: 4).Replace("\n", "\n" + indent, StringComparison.Ordinal);
            text.Append($"{indent}```json\n{json}\n{indent}```\n\n");
        }
    }

    private static List<string> Details(JsonElement schema)
    {
        var details = new List<string>();
        if (Get(schema, "description") is { ValueKind: JsonValueKind.String } descriptionValue)
        {
            var description = descriptionValue.GetString()!;
            details.Add(EndsSentence(description) ? description : description + ".");
        }
        AddBound(details, schema, "minimum", "Minimum");
        AddBound(details, schema, "exclusiveMinimum", "Exclusive minimum");
        AddBound(details, schema, "maximum", "Maximum");
        AddBound(details, schema, "exclusiveMaximum", "Exclusive maximum");
        var minItems = Get(schema, "minItems");
        var maxItems = Get(schema, "maxItems");
        if (minItems is { } min && maxItems is { } max)
        {
            details.Add(PythonText.AreEqual(min, max)
                ? $"Length must be equal to {PythonText.Str(min)}."
                : $"Length must be between {PythonText.Str(min)} and {PythonText.Str(max)} (inclusive).");
        }
        else if (minItems is { } atLeast)
        {
            details.Add($"Length must be at least {PythonText.Str(atLeast)}.");
        }
        else if (maxItems is { } atMost)
        {
            details.Add($"Length must be at most {PythonText.Str(atMost)}.");
        }
        if (Get(schema, "enum") is { } values)
        {
            details.Add($"Must be one of: `{PythonJson.Dumps(values)}`.");
        }
        if (Get(schema, "additionalProperties") is { } additional)
        {
            // Python truthiness: `{}` is false, so an empty schema reads "Cannot contain…" as upstream prints it.
            details.Add(PythonText.IsTruthy(additional) ? "Can contain additional properties." : "Cannot contain additional properties.");
        }
        if (Get(schema, "$ref") is { ValueKind: JsonValueKind.String } referenceValue)
        {
            var reference = referenceValue.GetString()!;
            details.Add($"Refer to *[{reference}](#{(reference.Length > 2 ? reference[2..] : "")})*.");
        }
        if (Get(schema, "default") is { } defaultValue)
        {
            details.Add($"Default: `{PythonJson.Dumps(defaultValue)}`.");
        }
        return details;
    }

    // re.search(r"[.?!;]$", text): Python's `$` also matches just before a final newline.
    private static bool EndsSentence(string text)
    {
        var end = text.EndsWith('\n') ? text[..^1] : text;
        return end.Length > 0 && ".?!;".Contains(end[^1], StringComparison.Ordinal);
    }

    private static void AddBound(List<string> details, JsonElement schema, string keyword, string label)
    {
        if (Get(schema, keyword) is { } value)
        {
            details.Add($"{label}: `{PythonText.Str(value)}`.");
        }
    }

    private static IEnumerable<JsonElement> Elements(JsonElement list) =>
        list.ValueKind == JsonValueKind.Array ? list.EnumerateArray() : [];

    private static bool Has(JsonElement element, string name) => Get(element, name) is not null;

    private static JsonElement? Get(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : null;
}
