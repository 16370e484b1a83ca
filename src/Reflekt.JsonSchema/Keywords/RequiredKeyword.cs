using System.Text;
using System.Text.Json;
using Reflekt.Json.Schema.Compilation;
using Reflekt.Json.Schema.Dialects;
using Reflekt.Json.Schema.Evaluation;

namespace Reflekt.Json.Schema.Keywords;

/// <summary>required: an object has each listed property.</summary>
internal sealed class RequiredKeyword(string[] names) : Keyword("required")
{
    public static readonly KeywordHandler Handler = new("required", Vocabularies.Validation, SubschemaShape.None,
        (value, builder) => new RequiredKeyword(builder.StringArray(value)));

    private readonly byte[][] _utf8 = names.Select(Encoding.UTF8.GetBytes).ToArray();

    public override bool Evaluate(JsonElement instance, EvaluationContext context, Evaluated? evaluated)
    {
        if (instance.ValueKind != JsonValueKind.Object)
        {
            return true;
        }

        var valid = true;
        for (var i = 0; i < _utf8.Length; i++)
        {
            if (!instance.TryGetProperty(_utf8[i], out _))
            {
                valid = context.Fail(Name, Messages.Required(names[i]));
                if (!context.Collecting)
                {
                    return false;
                }
            }
        }

        return valid;
    }
}
