using System.Text.Json;
using Reflekt.Json.Schema.Compilation;
using Reflekt.Json.Schema.Dialects;
using Reflekt.Json.Schema.Evaluation;

namespace Reflekt.Json.Schema.Keywords;

/// <summary>contains (2019-09+): between minContains (default 1) and maxContains items match the subschema.</summary>
internal sealed class ContainsKeyword(SchemaNode node, long min, long? max, bool annotatesItems) : Keyword("contains")
{
    public static readonly KeywordHandler Handler = new("contains", Vocabularies.Applicator, SubschemaShape.Schemas, Compile);

    private static Keyword Compile(JsonElement value, SchemaBuilder builder)
    {
        var node = builder.Subschema(value);
        var validation = builder.Dialect.ByName.ContainsKey("minLength");
        long min = 1;
        long? max = null;
        if (validation && builder.Schema.TryGetProperty("minContains", out var minValue))
        {
            min = builder.ForKeyword("minContains").NonNegativeInteger(minValue);
        }

        if (validation && builder.Schema.TryGetProperty("maxContains", out var maxValue))
        {
            max = builder.ForKeyword("maxContains").NonNegativeInteger(maxValue);
        }

        // 2020-12 lets unevaluatedItems see the items contains matched; 2019-09 does not.
        return new ContainsKeyword(node, min, max, builder.Dialect.Draft == Draft.Draft202012);
    }

    public override InstanceKinds AppliesTo => InstanceKinds.Array;

    public override bool Evaluate(JsonElement instance, EvaluationContext context, Evaluated? evaluated)
    {
        if (instance.ValueKind != JsonValueKind.Array)
        {
            return true;
        }

        var track = annotatesItems && evaluated is not null;
        var matches = 0;
        var index = 0;
        var collecting = context.Silence();
        foreach (var item in instance.EnumerateArray())
        {
            if (node.Evaluate(item, context, null))
            {
                matches++;
                if (track)
                {
                    evaluated!.AddItem(index);
                }
                else if (max is null && matches >= min)
                {
                    break;
                }
            }

            index++;
        }

        context.Restore(collecting);
        if (matches < min)
        {
            return (context.Collecting && context.Fail(Name, Messages.Contains(min, matches)));
        }

        return max is null || matches <= max || (context.Collecting && context.Fail(Name, Messages.MaxContains(max.Value, matches)));
    }
}
