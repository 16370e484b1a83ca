using System.Text.Json;
using Reflekt.Json.Schema.Compilation;
using Reflekt.Json.Schema.Dialects;
using Reflekt.Json.Schema.Evaluation;

namespace Reflekt.Json.Schema.Keywords;

/// <summary>multipleOf: the instance divided by the value is an integer.</summary>
internal sealed class MultipleOfKeyword(JsonNumber divisor) : Keyword("multipleOf"), ILeafKeyword
{
    public static readonly KeywordHandler Handler = new("multipleOf", Vocabularies.Validation, SubschemaShape.None, Compile);

    private static Keyword Compile(JsonElement value, SchemaBuilder builder)
    {
        var divisor = builder.Number(value);
        return divisor.IsPositive ? new MultipleOfKeyword(divisor) : throw builder.Invalid(Messages.MustBePositiveNumber("multipleOf"));
    }

    public override InstanceKinds AppliesTo => InstanceKinds.Number;

    public override bool Evaluate(JsonElement instance, EvaluationContext context, Evaluated? evaluated) =>
        instance.ValueKind != JsonValueKind.Number || divisor.Divides(instance) || (context.Collecting && context.Fail(Name, Messages.MultipleOf(divisor.ToString(), instance)));
}
