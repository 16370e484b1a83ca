using System.Text.Json;
using Reflekt.Json.Schema.Compilation;
using Reflekt.Json.Schema.Dialects;
using Reflekt.Json.Schema.Evaluation;

namespace Reflekt.Json.Schema.Keywords;

/// <summary>properties: each named property that is present matches its subschema (looked up by UTF-8 name, no allocation).</summary>
internal sealed class PropertiesKeyword((string Name, byte[] Utf8, SchemaNode Node)[] properties) : Keyword("properties")
{
    private readonly PropertyNameTable _table = new(properties.Select(p => p.Name).ToArray());

    public static readonly KeywordHandler Handler = new("properties", Vocabularies.Applicator, SubschemaShape.Map,
        (value, builder) => new PropertiesKeyword(builder.SchemaMap(value)));

    /// <summary>The declared names and their subschemas.</summary>
    public (string Name, byte[] Utf8, SchemaNode Node)[] Properties => properties;

    public override InstanceKinds AppliesTo => InstanceKinds.Object;

    public override bool Evaluate(JsonElement instance, EvaluationContext context, Evaluated? evaluated)
    {
        if (instance.ValueKind != JsonValueKind.Object)
        {
            return true;
        }

        // One pass over the instance; each name is looked up in the declared set.
        var valid = true;
        foreach (var property in instance.EnumerateObject())
        {
            var index = _table.Find(property);
            if (index < 0)
            {
                continue;
            }

            var (name, _, node) = properties[index];
            evaluated?.AddProperty(name);
            if (!context.ApplyToProperty(node, property.Value, name, name))
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
