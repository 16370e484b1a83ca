using System.Text.Json;
using Reflekt.Json.Schema.Compilation;
using Reflekt.Json.Schema.Dialects;
using Reflekt.Json.Schema.Evaluation;

namespace Reflekt.Json.Schema.Keywords;

/// <summary>not: the instance does not match the subschema.</summary>
internal sealed class NotKeyword(SchemaNode node) : Keyword("not")
{
    public static readonly KeywordHandler Handler = new("not", Vocabularies.Applicator, SubschemaShape.Schemas,
        (value, builder) => new NotKeyword(builder.Subschema(value)));

    public override bool Evaluate(JsonElement instance, EvaluationContext context, Evaluated? evaluated)
    {
        var collecting = context.Silence();
        var matched = node.Evaluate(instance, context, null);
        context.Restore(collecting);
        return !matched || (context.Collecting && context.Fail(Name, Messages.Not));
    }

    public override IEnumerable<SchemaNode> InPlaceSubschemas => [node];
}
