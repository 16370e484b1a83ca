using System.Text.Json;
using Reflekt.Json.Schema.Compilation;
using Reflekt.Json.Schema.Dialects;
using Reflekt.Json.Schema.Evaluation;

namespace Reflekt.Json.Schema.Keywords;

/// <summary>enum: the instance equals one of the listed values (numbers by value: 1 equals 1.0).</summary>
internal sealed class EnumKeyword(JsonElement[] values, string allowed) : Keyword("enum")
{
    public static readonly KeywordHandler Handler = new("enum", Vocabularies.Validation, SubschemaShape.None, Compile);

    private static Keyword Compile(JsonElement value, SchemaBuilder builder)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw builder.Invalid(Messages.MustBeArray("enum"));
        }

        var values = value.EnumerateArray().Select(v => v.Clone()).ToArray();
        return new EnumKeyword(values, Messages.EnumValues(values));
    }

    public override bool Evaluate(JsonElement instance, EvaluationContext context, Evaluated? evaluated)
    {
        foreach (var candidate in values)
        {
            if (JsonElement.DeepEquals(candidate, instance))
            {
                return true;
            }
        }

        return (context.Collecting && context.Fail(Name, Messages.Enum(instance, allowed)));
    }
}
