using System.Text.Json;
using Reflekt.Json.Schema.Compilation;
using Reflekt.Json.Schema.Dialects;
using Reflekt.Json.Schema.Evaluation;

namespace Reflekt.Json.Schema.Keywords;

/// <summary>maximum: numeric bound, compared exactly when both sides fit a decimal.</summary>
internal sealed class MaximumKeyword(JsonNumber limit) : Keyword("maximum"), ILeafKeyword
{
    public static readonly KeywordHandler Handler = new("maximum", Vocabularies.Validation, SubschemaShape.None,
        (value, builder) => new MaximumKeyword(builder.Number(value)));

    public override InstanceKinds AppliesTo => InstanceKinds.Number;

    public override bool Evaluate(JsonElement instance, EvaluationContext context, Evaluated? evaluated) =>
        instance.ValueKind != JsonValueKind.Number
        || !(limit.CompareInstance(instance) > 0)
        || (context.Collecting && context.Fail(Name, Messages.Maximum(limit.ToString(), instance)));
}
