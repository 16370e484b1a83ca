using System.Text.Json;
using Reflekt.Json.Schema.Compilation;
using Reflekt.Json.Schema.Dialects;
using Reflekt.Json.Schema.Evaluation;

namespace Reflekt.Json.Schema.Keywords;

/// <summary>anyOf: the instance matches at least one subschema; every branch runs only when annotations are needed.</summary>
internal sealed class AnyOfKeyword(SchemaNode[] nodes) : Keyword("anyOf")
{
    public static readonly KeywordHandler Handler = new("anyOf", Vocabularies.Applicator, SubschemaShape.Schemas,
        (value, builder) => new AnyOfKeyword(builder.SchemaArray(value)));

    public override bool Evaluate(JsonElement instance, EvaluationContext context, Evaluated? evaluated)
    {
        var collecting = context.Silence();
        var valid = false;
        foreach (var node in nodes)
        {
            var branch = evaluated is null ? null : new Evaluated();
            if (node.Evaluate(instance, context, branch))
            {
                valid = true;
                if (branch is null)
                {
                    break;
                }

                evaluated!.Merge(branch);
            }
        }

        context.Restore(collecting);
        return valid || (context.Collecting && context.Fail(Name, Messages.NoBranchMatched(context.FirstErrors(nodes, instance))));
    }

    public override IEnumerable<SchemaNode> InPlaceSubschemas => nodes;
}
