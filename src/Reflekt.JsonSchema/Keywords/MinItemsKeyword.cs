using System.Text.Json;
using Reflekt.Json.Schema.Compilation;
using Reflekt.Json.Schema.Dialects;
using Reflekt.Json.Schema.Evaluation;

namespace Reflekt.Json.Schema.Keywords;

/// <summary>minItems: bound on the length of an array.</summary>
internal sealed class MinItemsKeyword(long limit) : Keyword("minItems"), ILeafKeyword
{
    public static readonly KeywordHandler Handler = new("minItems", Vocabularies.Validation, SubschemaShape.None,
        (value, builder) => new MinItemsKeyword(builder.NonNegativeInteger(value)));

    public override InstanceKinds AppliesTo => InstanceKinds.Array;

    public override bool Evaluate(JsonElement instance, EvaluationContext context, Evaluated? evaluated)
    {
        if (instance.ValueKind != JsonValueKind.Array)
        {
            return true;
        }

        var count = instance.GetArrayLength();
        return count >= limit || (context.Collecting && context.Fail(Name, Messages.MinItems(limit, count)));
    }
}
