using System.Text.Json;
using Reflekt.Json.Schema.Compilation;
using Reflekt.Json.Schema.Dialects;
using Reflekt.Json.Schema.Evaluation;

namespace Reflekt.Json.Schema.Keywords;

/// <summary>unevaluatedProperties: properties no adjacent keyword (nor their in-place subschemas) evaluated match this schema.</summary>
internal sealed class UnevaluatedPropertiesKeyword(SchemaNode node) : Keyword("unevaluatedProperties"), IUnevaluatedKeyword
{
    public static readonly KeywordHandler Handler = new("unevaluatedProperties", Vocabularies.Unevaluated, SubschemaShape.Schemas,
        (value, builder) => new UnevaluatedPropertiesKeyword(builder.Subschema(value)));

    public override InstanceKinds AppliesTo => InstanceKinds.Object;

    public override bool Evaluate(JsonElement instance, EvaluationContext context, Evaluated? evaluated)
    {
        if (instance.ValueKind != JsonValueKind.Object || evaluated is null)
        {
            return true;
        }

        var valid = true;
        if (!evaluated.AllProperties)
        {
            foreach (var property in instance.EnumerateObject())
            {
                var name = property.Name;
                if (evaluated.HasProperty(name))
                {
                    continue;
                }

                var ok = node.IsFalse ? (context.Collecting && context.Fail(Name, Messages.UnevaluatedProperty(name))) : context.ApplyToProperty(node, property);
                if (!ok)
                {
                    valid = false;
                    if (!context.Collecting)
                    {
                        return false;
                    }
                }
            }
        }

        evaluated.AllProperties = true;
        return valid;
    }
}
