using System.Text.Json;
using Reflekt.Json.Schema.Compilation;
using Reflekt.Json.Schema.Dialects;
using Reflekt.Json.Schema.Evaluation;

namespace Reflekt.Json.Schema.Keywords;

/// <summary>if/then/else: "if" decides whether "then" or "else" applies; "if" itself never fails the instance.</summary>
internal sealed class IfKeyword(SchemaNode condition, SchemaNode? then, SchemaNode? otherwise) : Keyword("if")
{
    public static readonly KeywordHandler Handler = new("if", Vocabularies.Applicator, SubschemaShape.Schemas,
        (value, builder) => new IfKeyword(builder.Subschema(value), builder.Sibling("then"), builder.Sibling("else")));

    public override bool Evaluate(JsonElement instance, EvaluationContext context, Evaluated? evaluated)
    {
        var collecting = context.Silence();
        var branch = evaluated is null ? null : new Evaluated();
        var matched = condition.Evaluate(instance, context, branch);
        context.Restore(collecting);
        if (matched && branch is not null)
        {
            evaluated!.Merge(branch);
        }

        var next = matched ? then : otherwise;
        if (next is null)
        {
            return true;
        }

        // Errors belong under "then"/"else", which sit beside "if" in the schema.
        var keyword = matched ? "then" : "else";
        context.PopKeyword();
        context.PushKeyword(keyword);
        var valid = next.Evaluate(instance, context, evaluated);

        context.PopKeyword();
        context.PushKeyword(Name);
        return valid;
    }

    public override IEnumerable<SchemaNode> InPlaceSubschemas =>
        new[] { condition, then, otherwise }.OfType<SchemaNode>();
}
