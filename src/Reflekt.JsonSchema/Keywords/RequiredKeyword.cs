using System.Text;
using System.Text.Json;
using Reflekt.Json.Schema.Compilation;
using Reflekt.Json.Schema.Dialects;
using Reflekt.Json.Schema.Evaluation;

namespace Reflekt.Json.Schema.Keywords;

/// <summary>required: an object has each listed property.</summary>
internal sealed class RequiredKeyword(string[] names) : Keyword("required"), ILeafKeyword
{
    public static readonly KeywordHandler Handler = new("required", Vocabularies.Validation, SubschemaShape.None,
        (value, builder) => new RequiredKeyword(builder.StringArray(value)));

    private readonly byte[][] _utf8 = names.Select(Encoding.UTF8.GetBytes).ToArray();
    private readonly PropertyNameTable _table = new(names);

    /// <summary>The required names, as the schema lists them.</summary>
    public string[] Names => names;

    public override InstanceKinds AppliesTo => InstanceKinds.Object;

    public override bool Evaluate(JsonElement instance, EvaluationContext context, Evaluated? evaluated)
    {
        if (instance.ValueKind != JsonValueKind.Object)
        {
            return true;
        }

        if (_utf8.Length <= 2 && !context.Collecting)
        {
            // One or two names (anyOf [{required: [userId]}, {required: [anonymousId]}]): a direct lookup beats a pass.
            foreach (var name in _utf8)
            {
                if (!instance.TryGetProperty(name, out _))
                {
                    return false;
                }
            }

            return true;
        }

        if (_utf8.Length <= 64)
        {
            // One pass over the instance marks the required names that are present.
            var present = 0UL;
            foreach (var property in instance.EnumerateObject())
            {
                var index = _table.Find(property);
                if (index >= 0)
                {
                    present |= 1UL << index;
                }
            }

            var all = _utf8.Length == 64 ? ulong.MaxValue : (1UL << _utf8.Length) - 1;
            if ((present & all) == all)
            {
                return true;
            }
        }

        var valid = true;
        for (var i = 0; i < _utf8.Length; i++)
        {
            if (!instance.TryGetProperty(_utf8[i], out _))
            {
                valid = (context.Collecting && context.FailRequired(Name, names[i]));
                if (!context.Collecting)
                {
                    return false;
                }
            }
        }

        return valid;
    }
}
