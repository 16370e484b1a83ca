using System.Text.Json;
using Reflekt.Json.Schema.Compilation;
using Reflekt.Json.Schema.Dialects;
using Reflekt.Json.Schema.Evaluation;

namespace Reflekt.Json.Schema.Keywords;

/// <summary>minProperties: bound on the number of properties of an object.</summary>
internal sealed class MinPropertiesKeyword(long limit) : Keyword("minProperties"), ILeafKeyword
{
    public static readonly KeywordHandler Handler = new("minProperties", Vocabularies.Validation, SubschemaShape.None,
        (value, builder) => new MinPropertiesKeyword(builder.NonNegativeInteger(value)));

    public override InstanceKinds AppliesTo => InstanceKinds.Object;

    public override bool Evaluate(JsonElement instance, EvaluationContext context, Evaluated? evaluated)
    {
        if (instance.ValueKind != JsonValueKind.Object)
        {
            return true;
        }

        var count = 0;
        foreach (var unused in instance.EnumerateObject())
        {
            count++;
        }

        return count >= limit || (context.Collecting && context.Fail(Name, Messages.MinProperties(limit, count)));
    }
}
