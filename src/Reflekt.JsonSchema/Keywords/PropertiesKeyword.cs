using System.Text.Json;
using Reflekt.Json.Schema.Compilation;
using Reflekt.Json.Schema.Dialects;
using Reflekt.Json.Schema.Evaluation;

namespace Reflekt.Json.Schema.Keywords;

/// <summary>properties: each named property that is present matches its subschema (looked up by UTF-8 name, no allocation).</summary>
internal sealed class PropertiesKeyword((string Name, byte[] Utf8, SchemaNode Node)[] properties) : Keyword("properties")
{
    public static readonly KeywordHandler Handler = new("properties", Vocabularies.Applicator, SubschemaShape.Map,
        (value, builder) => new PropertiesKeyword(builder.SchemaMap(value)));

    public override bool Evaluate(JsonElement instance, EvaluationContext context, Evaluated? evaluated)
    {
        if (instance.ValueKind != JsonValueKind.Object)
        {
            return true;
        }

        var valid = true;
        foreach (var (name, utf8, node) in properties)
        {
            if (!instance.TryGetProperty(utf8, out var value))
            {
                continue;
            }

            evaluated?.AddProperty(name);
            if (!context.ApplyToProperty(node, value, name, name))
            {
                valid = false;
                if (!context.Collecting)
                {
                    return false;
                }
            }
        }

        return valid;
    }
}
