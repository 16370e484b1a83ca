using System.Text.Json;
using Reflekt.Json.Schema.Compilation;
using Reflekt.Json.Schema.Dialects;
using Reflekt.Json.Schema.Evaluation;

namespace Reflekt.Json.Schema.Keywords.Draft201909;

/// <summary>
/// 2019-09 $recursiveRef ("#"): the current resource root, unless it has "$recursiveAnchor": true, in which case
/// the dynamic scope is walked outwards for as long as resources keep that anchor.
/// </summary>
internal sealed class RecursiveRefKeyword(SchemaNode target) : Keyword("$recursiveRef")
{
    public static readonly KeywordHandler Handler = new("$recursiveRef", Vocabularies.Core, SubschemaShape.None, Compile);

    private static Keyword Compile(JsonElement value, SchemaBuilder builder)
    {
        if (builder.String(value) != "#")
        {
            throw builder.Invalid(Messages.RecursiveRefMustBeHash);
        }

        return new RecursiveRefKeyword(builder.Reference("#"));
    }

    public override bool Evaluate(JsonElement instance, EvaluationContext context, Evaluated? evaluated)
    {
        var node = target;
        if (target.Resource.RecursiveAnchor)
        {
            for (var i = context.ScopeDepth - 1; i >= 0; i--)
            {
                var resource = context.ScopeAt(i);
                if (!resource.RecursiveAnchor || resource.RootNode is null)
                {
                    break;
                }

                node = resource.RootNode;
            }
        }

        return node.Evaluate(instance, context, evaluated);
    }

    public override IEnumerable<SchemaNode> InPlaceSubschemas => [target];
}
