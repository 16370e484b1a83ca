using System.Text.Json;
using Reflekt.Json.Schema.Compilation;
using Reflekt.Json.Schema.Dialects;
using Reflekt.Json.Schema.Evaluation;

namespace Reflekt.Json.Schema.Keywords.Draft07;

/// <summary>draft-07 contains: at least one item matches the subschema (no minContains/maxContains yet).</summary>
internal sealed class ContainsKeyword(SchemaNode node) : Keyword("contains")
{
    public static readonly KeywordHandler Handler = new("contains", Vocabularies.Applicator, SubschemaShape.Schemas,
        (value, builder) => new ContainsKeyword(builder.Subschema(value)));

    public override InstanceKinds AppliesTo => InstanceKinds.Array;

    public override bool Evaluate(JsonElement instance, EvaluationContext context, Evaluated? evaluated)
    {
        if (instance.ValueKind != JsonValueKind.Array)
        {
            return true;
        }

        var collecting = context.Silence();
        var found = false;
        foreach (var item in instance.EnumerateArray())
        {
            if (node.Evaluate(item, context, null))
            {
                found = true;
                break;
            }
        }

        context.Restore(collecting);
        return found || (context.Collecting && context.Fail(Name, Messages.Contains(1, 0)));
    }
}
