using System.Text.Json;
using Reflekt.Json.Schema.Compilation;
using Reflekt.Json.Schema.Dialects;
using Reflekt.Json.Schema.Evaluation;

namespace Reflekt.Json.Schema.Keywords;

/// <summary>maxItems: bound on the length of an array.</summary>
internal sealed class MaxItemsKeyword(long limit) : Keyword("maxItems"), ILeafKeyword
{
    public static readonly KeywordHandler Handler = new("maxItems", Vocabularies.Validation, SubschemaShape.None,
        (value, builder) => new MaxItemsKeyword(builder.NonNegativeInteger(value)));

    public override InstanceKinds AppliesTo => InstanceKinds.Array;

    public override bool Evaluate(JsonElement instance, EvaluationContext context, Evaluated? evaluated)
    {
        if (instance.ValueKind != JsonValueKind.Array)
        {
            return true;
        }

        var count = instance.GetArrayLength();
        return count <= limit || (context.Collecting && context.Fail(Name, Messages.MaxItems(limit, count)));
    }
}
