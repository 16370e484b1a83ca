using System.Text;
using System.Text.Json;
using Reflekt.Json.Schema.Compilation;
using Reflekt.Json.Schema.Dialects;
using Reflekt.Json.Schema.Evaluation;

namespace Reflekt.Json.Schema.Keywords;

/// <summary>const: the instance equals the value (numbers by value); a string const is compared with the instance's bytes.</summary>
internal sealed class ConstKeyword(JsonElement expected) : Keyword("const"), ILeafKeyword
{
    public static readonly KeywordHandler Handler = new("const", Vocabularies.Validation, SubschemaShape.None,
        (value, _) => new ConstKeyword(value.Clone()));

    private readonly byte[]? _utf8 = expected.ValueKind == JsonValueKind.String ? Encoding.UTF8.GetBytes(expected.GetString()!) : null;

    public override bool Evaluate(JsonElement instance, EvaluationContext context, Evaluated? evaluated) =>
        (_utf8 is null ? JsonElement.DeepEquals(expected, instance) : instance.ValueKind == JsonValueKind.String && instance.ValueEquals(_utf8))
        || (context.Collecting && context.Fail(Name, Messages.Const(expected, instance)));
}
