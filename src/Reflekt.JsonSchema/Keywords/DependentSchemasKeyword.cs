using System.Text.Json;
using Reflekt.Json.Schema.Compilation;
using Reflekt.Json.Schema.Dialects;
using Reflekt.Json.Schema.Evaluation;

namespace Reflekt.Json.Schema.Keywords;

/// <summary>dependentSchemas: when a property is present, the whole object matches the subschema.</summary>
internal sealed class DependentSchemasKeyword((string Name, byte[] Utf8, SchemaNode Node)[] schemas) : Keyword("dependentSchemas")
{
    public static readonly KeywordHandler Handler = new("dependentSchemas", Vocabularies.Applicator, SubschemaShape.Map,
        (value, builder) => new DependentSchemasKeyword(builder.SchemaMap(value)));

    public override InstanceKinds AppliesTo => InstanceKinds.Object;

    public override bool Evaluate(JsonElement instance, EvaluationContext context, Evaluated? evaluated) =>
        Check(schemas, instance, context, evaluated);

    internal static bool Check((string Name, byte[] Utf8, SchemaNode Node)[] schemas, JsonElement instance, EvaluationContext context, Evaluated? evaluated)
    {
        if (instance.ValueKind != JsonValueKind.Object)
        {
            return true;
        }

        var valid = true;
        foreach (var (name, utf8, node) in schemas)
        {
            if (instance.TryGetProperty(utf8, out _) && !context.Apply(node, instance, name, evaluated))
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

    public override IEnumerable<SchemaNode> InPlaceSubschemas => schemas.Select(s => s.Node);
}
