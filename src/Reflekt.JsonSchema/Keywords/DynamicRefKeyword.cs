using System.Text.Json;
using Reflekt.Json.Schema.Compilation;
using Reflekt.Json.Schema.Dialects;
using Reflekt.Json.Schema.Evaluation;

namespace Reflekt.Json.Schema.Keywords;

/// <summary>
/// 2020-12 $dynamicRef: resolved like $ref; when that target carries a matching $dynamicAnchor, the outermost
/// resource in the dynamic scope with the same $dynamicAnchor wins at run time.
/// </summary>
internal sealed class DynamicRefKeyword(SchemaNode target, string? anchor) : Keyword("$dynamicRef")
{
    public static readonly KeywordHandler Handler = new("$dynamicRef", Vocabularies.Core, SubschemaShape.None, Compile);

    private static Keyword Compile(JsonElement value, SchemaBuilder builder)
    {
        var reference = builder.String(value);
        var target = builder.Reference(reference);
        var (_, document, pointer) = builder.LocateReference(reference);
        var fragment = UriTools.Fragment(reference);
        string? anchor = null;
        if (fragment.Length > 0 && fragment[0] != '/'
            && document.EnclosingResource(pointer).DynamicAnchorPointers.TryGetValue(fragment, out var anchorPointer)
            && anchorPointer == pointer)
        {
            anchor = fragment;
        }

        return new DynamicRefKeyword(target, anchor);
    }

    public override bool Evaluate(JsonElement instance, EvaluationContext context, Evaluated? evaluated)
    {
        var node = target;
        if (anchor is not null)
        {
            for (var i = 0; i < context.ScopeDepth; i++)
            {
                if (context.ScopeAt(i).DynamicAnchors.TryGetValue(anchor, out var dynamic))
                {
                    node = dynamic;
                    break;
                }
            }
        }

        return node.Evaluate(instance, context, evaluated);
    }

    public override IEnumerable<SchemaNode> InPlaceSubschemas => [target];
}
