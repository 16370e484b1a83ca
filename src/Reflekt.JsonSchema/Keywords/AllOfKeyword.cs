using System.Text.Json;
using Reflekt.Json.Schema.Compilation;
using Reflekt.Json.Schema.Dialects;
using Reflekt.Json.Schema.Evaluation;

namespace Reflekt.Json.Schema.Keywords;

/// <summary>allOf: the instance matches every subschema (their errors are reported as they are).</summary>
internal sealed class AllOfKeyword(SchemaNode[] nodes) : Keyword("allOf")
{
    public static readonly KeywordHandler Handler = new("allOf", Vocabularies.Applicator, SubschemaShape.Schemas,
        (value, builder) => new AllOfKeyword(builder.SchemaArray(value)));

    public override bool Evaluate(JsonElement instance, EvaluationContext context, Evaluated? evaluated)
    {
        var valid = true;
        for (var i = 0; i < nodes.Length; i++)
        {
            if (!context.Apply(nodes[i], instance, i, evaluated))
            {
                valid = false;
                if (!context.Collecting)
                {
                    return false;
                }
            }
        }

        return valid;
    }

    public override IEnumerable<SchemaNode> InPlaceSubschemas => nodes;
}
