using System.Text.Json;
using Reflekt.Json.Schema.Compilation;
using Reflekt.Json.Schema.Dialects;
using Reflekt.Json.Schema.Evaluation;

namespace Reflekt.Json.Schema.Keywords;

/// <summary>minLength: a string has at least this many code points.</summary>
internal sealed class MinLengthKeyword(long limit) : Keyword("minLength"), ILeafKeyword
{
    public static readonly KeywordHandler Handler = new("minLength", Vocabularies.Validation, SubschemaShape.None,
        (value, builder) => new MinLengthKeyword(builder.NonNegativeInteger(value)));

    public override InstanceKinds AppliesTo => InstanceKinds.String;

    public override bool Evaluate(JsonElement instance, EvaluationContext context, Evaluated? evaluated)
    {
        if (instance.ValueKind != JsonValueKind.String)
        {
            return true;
        }

        var length = JsonText.CodePointLength(instance);
        return length >= limit || (context.Collecting && context.Fail(Name, Messages.MinLength(limit, length)));
    }
}
