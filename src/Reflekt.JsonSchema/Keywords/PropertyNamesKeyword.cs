using System.Text.Json;
using Reflekt.Json.Schema.Compilation;
using Reflekt.Json.Schema.Dialects;
using Reflekt.Json.Schema.Evaluation;

namespace Reflekt.Json.Schema.Keywords;

/// <summary>propertyNames: every property name, as a string instance, matches the subschema.</summary>
internal sealed class PropertyNamesKeyword(SchemaNode node) : Keyword("propertyNames")
{
    public static readonly KeywordHandler Handler = new("propertyNames", Vocabularies.Applicator, SubschemaShape.Schemas,
        (value, builder) => new PropertyNamesKeyword(builder.Subschema(value)));

    public override InstanceKinds AppliesTo => InstanceKinds.Object;

    public override bool Evaluate(JsonElement instance, EvaluationContext context, Evaluated? evaluated)
    {
        if (instance.ValueKind != JsonValueKind.Object || node.IsTrue)
        {
            return true;
        }

        foreach (var property in instance.EnumerateObject())
        {
            var name = JsonSerializer.SerializeToElement(property.Name);
            var collecting = context.Silence();
            var ok = node.Evaluate(name, context, null);
            context.Restore(collecting);
            if (!ok)
            {
                return (context.Collecting && context.Fail(Name, Messages.PropertyName(property.Name)));
            }
        }

        return true;
    }
}
