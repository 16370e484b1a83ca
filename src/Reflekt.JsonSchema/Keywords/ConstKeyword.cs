using System.Text.Json;
using Reflekt.Json.Schema.Compilation;
using Reflekt.Json.Schema.Dialects;
using Reflekt.Json.Schema.Evaluation;

namespace Reflekt.Json.Schema.Keywords;

/// <summary>const: the instance equals the value (numbers by value).</summary>
internal sealed class ConstKeyword(JsonElement expected) : Keyword("const")
{
    public static readonly KeywordHandler Handler = new("const", Vocabularies.Validation, SubschemaShape.None,
        (value, _) => new ConstKeyword(value.Clone()));

    public override bool Evaluate(JsonElement instance, EvaluationContext context, Evaluated? evaluated) =>
        JsonElement.DeepEquals(expected, instance) || (context.Collecting && context.Fail(Name, Messages.Const(expected, instance)));
}
