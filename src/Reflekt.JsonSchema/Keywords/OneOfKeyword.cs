using System.Text.Json;
using Reflekt.Json.Schema.Compilation;
using Reflekt.Json.Schema.Dialects;
using Reflekt.Json.Schema.Evaluation;

namespace Reflekt.Json.Schema.Keywords;

/// <summary>oneOf: the instance matches exactly one subschema.</summary>
internal sealed class OneOfKeyword(SchemaNode[] nodes) : Keyword("oneOf")
{
    public static readonly KeywordHandler Handler = new("oneOf", Vocabularies.Applicator, SubschemaShape.Schemas,
        (value, builder) => new OneOfKeyword(builder.SchemaArray(value)));

    public override bool Evaluate(JsonElement instance, EvaluationContext context, Evaluated? evaluated)
    {
        var collecting = context.Silence();
        var first = -1;
        var second = -1;
        Evaluated? matched = null;
        for (var i = 0; i < nodes.Length && second < 0; i++)
        {
            var branch = evaluated is null ? null : new Evaluated();
            if (nodes[i].Evaluate(instance, context, branch))
            {
                if (first < 0)
                {
                    first = i;
                    matched = branch;
                }
                else
                {
                    second = i;
                }
            }
        }

        context.Restore(collecting);
        if (first < 0)
        {
            return (context.Collecting && context.Fail(Name, Messages.NoBranchMatched(context.FirstErrors(nodes, instance))));
        }

        if (second >= 0)
        {
            return (context.Collecting && context.Fail(Name, Messages.OneOfMany(first, second)));
        }

        if (matched is not null)
        {
            evaluated!.Merge(matched);
        }

        return true;
    }

    public override IEnumerable<SchemaNode> InPlaceSubschemas => nodes;
}
