using System.Text.Json;
using Reflekt.Json.Schema.Compilation;
using Reflekt.Json.Schema.Dialects;
using Reflekt.Json.Schema.Evaluation;

namespace Reflekt.Json.Schema.Keywords;

/// <summary>uniqueItems: no two items of an array are equal (numbers by value, objects regardless of key order).</summary>
internal sealed class UniqueItemsKeyword() : Keyword("uniqueItems"), ILeafKeyword
{
    public static readonly KeywordHandler Handler = new("uniqueItems", Vocabularies.Validation, SubschemaShape.None,
        (value, builder) => builder.Boolean(value) ? new UniqueItemsKeyword() : null);

    public override InstanceKinds AppliesTo => InstanceKinds.Array;

    public override bool Evaluate(JsonElement instance, EvaluationContext context, Evaluated? evaluated)
    {
        if (instance.ValueKind != JsonValueKind.Array)
        {
            return true;
        }

        var count = instance.GetArrayLength();
        for (var i = 1; i < count; i++)
        {
            var item = instance[i];
            for (var j = 0; j < i; j++)
            {
                if (JsonElement.DeepEquals(instance[j], item))
                {
                    return (context.Collecting && context.Fail(Name, Messages.UniqueItems(j, i)));
                }
            }
        }

        return true;
    }
}
