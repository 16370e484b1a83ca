using System.Text.Json;
using Reflekt.Json.Schema.Compilation;
using Reflekt.Json.Schema.Dialects;
using Reflekt.Json.Schema.Evaluation;

namespace Reflekt.Json.Schema.Keywords;

/// <summary>exclusiveMinimum: numeric bound, compared exactly when both sides fit a decimal.</summary>
internal sealed class ExclusiveMinimumKeyword(JsonNumber limit) : Keyword("exclusiveMinimum"), ILeafKeyword
{
    public static readonly KeywordHandler Handler = new("exclusiveMinimum", Vocabularies.Validation, SubschemaShape.None,
        (value, builder) => new ExclusiveMinimumKeyword(builder.Number(value)));

    public override InstanceKinds AppliesTo => InstanceKinds.Number;

    public override bool Evaluate(JsonElement instance, EvaluationContext context, Evaluated? evaluated) =>
        instance.ValueKind != JsonValueKind.Number
        || !(limit.CompareInstance(instance) <= 0)
        || (context.Collecting && context.Fail(Name, Messages.ExclusiveMinimum(limit.ToString(), instance)));
}
