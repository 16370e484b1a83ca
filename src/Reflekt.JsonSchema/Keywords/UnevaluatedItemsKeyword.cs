using System.Text.Json;
using Reflekt.Json.Schema.Compilation;
using Reflekt.Json.Schema.Dialects;
using Reflekt.Json.Schema.Evaluation;

namespace Reflekt.Json.Schema.Keywords;

/// <summary>unevaluatedItems: items no adjacent keyword (nor their in-place subschemas) evaluated match this schema.</summary>
internal sealed class UnevaluatedItemsKeyword(SchemaNode node) : Keyword("unevaluatedItems"), IUnevaluatedKeyword
{
    public static readonly KeywordHandler Handler = new("unevaluatedItems", Vocabularies.Unevaluated, SubschemaShape.Schemas,
        (value, builder) => new UnevaluatedItemsKeyword(builder.Subschema(value)));

    public override InstanceKinds AppliesTo => InstanceKinds.Array;

    public override bool Evaluate(JsonElement instance, EvaluationContext context, Evaluated? evaluated)
    {
        if (instance.ValueKind != JsonValueKind.Array || evaluated is null)
        {
            return true;
        }

        var valid = true;
        if (!evaluated.AllItems)
        {
            var length = instance.GetArrayLength();
            for (var i = 0; i < length; i++)
            {
                if (evaluated.HasItem(i))
                {
                    continue;
                }

                var ok = node.IsFalse ? (context.Collecting && context.Fail(Name, Messages.UnevaluatedItem(i))) : context.ApplyToItem(node, instance[i], i);
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

        evaluated.AllItems = true;
        return valid;
    }
}
