using System.Text.Json;

namespace Reflekt.Codegen.Shapes;

/// <summary>
/// The keywords of one schema object that shape reading looks at, found in a single pass over its members (a member
/// absent is <c>default</c>, kind <see cref="JsonValueKind.Undefined"/>). A repeated key keeps its last value, as
/// <see cref="JsonElement.TryGetProperty(string, out JsonElement)"/> does.
/// </summary>
/// <remarks>
/// A 10,000-event plan has about 300,000 schema objects; looking each keyword up by name walked every object a dozen
/// times and transcoded each name to UTF-8 per lookup.
/// </remarks>
internal struct SchemaKeywords
{
    public JsonElement Ref;
    public JsonElement Description;
    public JsonElement Type;
    public JsonElement Enum;
    public JsonElement Const;
    public JsonElement AnyOf;
    public JsonElement OneOf;
    public JsonElement AllOf;
    public JsonElement Properties;
    public JsonElement Items;
    public JsonElement Format;
    public JsonElement AdditionalProperties;
    public JsonElement Required;

    /// <summary>The keywords of <paramref name="schema"/>, which must be an object.</summary>
    public static SchemaKeywords Of(JsonElement schema)
    {
        var k = default(SchemaKeywords);
        foreach (var member in schema.EnumerateObject())
        {
            // Most common first: a property schema is usually just a description and a type.
            if (member.NameEquals("description"u8))
            {
                k.Description = member.Value;
            }
            else if (member.NameEquals("type"u8))
            {
                k.Type = member.Value;
            }
            else if (member.NameEquals("properties"u8))
            {
                k.Properties = member.Value;
            }
            else if (member.NameEquals("required"u8))
            {
                k.Required = member.Value;
            }
            else if (member.NameEquals("items"u8))
            {
                k.Items = member.Value;
            }
            else if (member.NameEquals("enum"u8))
            {
                k.Enum = member.Value;
            }
            else if (member.NameEquals("format"u8))
            {
                k.Format = member.Value;
            }
            else if (member.NameEquals("additionalProperties"u8))
            {
                k.AdditionalProperties = member.Value;
            }
            else if (member.NameEquals("$ref"u8))
            {
                k.Ref = member.Value;
            }
            else if (member.NameEquals("const"u8))
            {
                k.Const = member.Value;
            }
            else if (member.NameEquals("anyOf"u8))
            {
                k.AnyOf = member.Value;
            }
            else if (member.NameEquals("oneOf"u8))
            {
                k.OneOf = member.Value;
            }
            else if (member.NameEquals("allOf"u8))
            {
                k.AllOf = member.Value;
            }
        }

        return k;
    }

    /// <summary>True when the keyword is present (of any kind).</summary>
    public static bool Has(JsonElement keyword) => keyword.ValueKind != JsonValueKind.Undefined;

    /// <summary>The keyword's text when it is a string, else null.</summary>
    public static string? StringOf(JsonElement keyword) => keyword.ValueKind == JsonValueKind.String ? keyword.GetString() : null;
}
