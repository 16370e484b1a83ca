using System.Text.Json;
using Reflekt.Json.Schema.Compilation;
using Reflekt.Json.Schema.Dialects;
using Reflekt.Json.Schema.Evaluation;

namespace Reflekt.Json.Schema.Keywords;

/// <summary>
/// enum: the instance equals one of the listed values (numbers by value: 1 equals 1.0). A string instance is
/// looked up among the string values by its bytes; other values are compared one by one.
/// </summary>
internal sealed class EnumKeyword(JsonElement[] values, string allowed) : Keyword("enum"), ILeafKeyword
{
    public static readonly KeywordHandler Handler = new("enum", Vocabularies.Validation, SubschemaShape.None, Compile);

    private readonly Utf8StringSet _strings = new(values.Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!));
    private readonly JsonElement[] _others = [.. values.Where(v => v.ValueKind != JsonValueKind.String)];

    private static Keyword Compile(JsonElement value, SchemaBuilder builder)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw builder.Invalid(Messages.MustBeArray("enum"));
        }

        var values = value.EnumerateArray().Select(v => v.Clone()).ToArray();
        return new EnumKeyword(values, Messages.EnumValues(values));
    }

    public override bool Evaluate(JsonElement instance, EvaluationContext context, Evaluated? evaluated) =>
        (instance.ValueKind == JsonValueKind.String ? _strings.Contains(instance) : IsOther(instance))
        || (context.Collecting && context.Fail(Name, Messages.Enum(instance, allowed)));

    private bool IsOther(JsonElement instance)
    {
        foreach (var candidate in _others)
        {
            if (JsonElement.DeepEquals(candidate, instance))
            {
                return true;
            }
        }

        return false;
    }
}
