using System.Text.Json;

namespace Reflekt.Linting;

/// <summary>
/// One pass over a schema object's members: its <see cref="SchemaKeywords"/>, its declared types, and the
/// members the walk descends into. Anything that is not an object reads as empty; duplicate keys keep the last
/// value, as <see cref="JsonElement.TryGetProperty(string, out JsonElement)"/> does.
/// </summary>
internal readonly struct SchemaMembers
{
    public static readonly SchemaMembers Empty = new() { Types = [] };

    public SchemaKeywords Keywords { get; private init; }

    /// <summary>The <c>type</c> keyword as names (a string or the strings of an array); empty when absent or malformed.</summary>
    public IReadOnlyList<string> Types { get; private init; }

    public JsonElement Properties { get; private init; }

    public JsonElement Items { get; private init; }

    public JsonElement AdditionalProperties { get; private init; }

    public JsonElement PrefixItems { get; private init; }

    public JsonElement PatternProperties { get; private init; }

    /// <summary>The <c>$defs</c> object (2019-09 and later).</summary>
    public JsonElement Defs { get; private init; }

    /// <summary>The <c>definitions</c> object (draft-07 and before).</summary>
    public JsonElement Definitions { get; private init; }

    public JsonElement AllOf { get; private init; }

    public JsonElement AnyOf { get; private init; }

    public JsonElement OneOf { get; private init; }

    /// <summary>True when the schema says <c>lint: false</c> (Reflekt's own switch for a property and what is below it).</summary>
    public bool LintOff { get; private init; }

    public static SchemaMembers Read(JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return Empty;
        }

        var keywords = SchemaKeywords.None;
        JsonElement type = default, properties = default, items = default, additional = default, allOf = default, anyOf = default, oneOf = default;
        JsonElement prefixItems = default, patternProperties = default, defs = default, definitions = default;
        var lintOff = false;
        foreach (var member in schema.EnumerateObject())
        {
            var value = member.Value;
            var keyword = Classify(member);
            keywords |= keyword;
            switch (keyword)
            {
                case SchemaKeywords.Type:
                    type = value;
                    break;
                case SchemaKeywords.Properties:
                    properties = value;
                    break;
                case SchemaKeywords.Items:
                    items = value;
                    break;
                case SchemaKeywords.AdditionalProperties:
                    additional = value;
                    break;
                // Followed by the walk but not asked about by any rule, so not flags of their own.
                case SchemaKeywords.None when member.NameEquals("allOf"u8):
                    allOf = value;
                    break;
                case SchemaKeywords.None when member.NameEquals("anyOf"u8):
                    anyOf = value;
                    break;
                case SchemaKeywords.None when member.NameEquals("oneOf"u8):
                    oneOf = value;
                    break;
                case SchemaKeywords.None when member.NameEquals("prefixItems"u8):
                    prefixItems = value;
                    break;
                case SchemaKeywords.None when member.NameEquals("patternProperties"u8):
                    patternProperties = value;
                    break;
                case SchemaKeywords.None when member.NameEquals("$defs"u8):
                    defs = value;
                    break;
                case SchemaKeywords.None when member.NameEquals("definitions"u8):
                    definitions = value;
                    break;
                case SchemaKeywords.None when member.NameEquals("lint"u8):
                    lintOff = value.ValueKind == JsonValueKind.False;
                    break;
            }
        }

        return new SchemaMembers
        {
            Keywords = keywords,
            Types = TypeNames(type),
            Properties = properties,
            Items = items,
            AdditionalProperties = additional,
            PrefixItems = prefixItems,
            PatternProperties = patternProperties,
            Defs = defs,
            Definitions = definitions,
            AllOf = allOf,
            AnyOf = anyOf,
            OneOf = oneOf,
            LintOff = lintOff,
        };
    }

    // Most members are "type" and "description"; the length test skips most comparisons for the rest.
    private static SchemaKeywords Classify(JsonProperty member) =>
        member.NameEquals("type"u8) ? SchemaKeywords.Type
        : member.NameEquals("description"u8) ? SchemaKeywords.Description
        : member.NameEquals("properties"u8) ? SchemaKeywords.Properties
        : member.NameEquals("items"u8) ? SchemaKeywords.Items
        : member.NameEquals("additionalProperties"u8) ? SchemaKeywords.AdditionalProperties
        : member.NameEquals("required"u8) ? SchemaKeywords.Required
        : member.NameEquals("enum"u8) ? SchemaKeywords.Enum
        : member.NameEquals("const"u8) ? SchemaKeywords.Const
        : member.NameEquals("format"u8) ? SchemaKeywords.Format
        : member.NameEquals("maxLength"u8) ? SchemaKeywords.MaxLength | SchemaKeywords.Bounds
        : IsBound(member) ? SchemaKeywords.Bounds
        : SchemaKeywords.None;

    private static bool IsBound(JsonProperty member) =>
        member.NameEquals("minimum"u8) || member.NameEquals("maximum"u8)
        || member.NameEquals("exclusiveMinimum"u8) || member.NameEquals("exclusiveMaximum"u8)
        || member.NameEquals("minLength"u8)
        || member.NameEquals("minItems"u8) || member.NameEquals("maxItems"u8)
        || member.NameEquals("minProperties"u8) || member.NameEquals("maxProperties"u8)
        || member.NameEquals("minContains"u8) || member.NameEquals("maxContains"u8);

    private static IReadOnlyList<string> TypeNames(JsonElement type) => type.ValueKind switch
    {
        JsonValueKind.String => [type.GetString()!],
        JsonValueKind.Array => [.. type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!)],
        _ => [],
    };
}
