using System.Text.Json;
using Reflekt.Json.Schema.Compilation;
using Reflekt.Json.Schema.Dialects;
using Reflekt.Json.Schema.Evaluation;

namespace Reflekt.Json.Schema.Keywords;

/// <summary>$ref: applies the referenced schema, linked once at compile time.</summary>
internal sealed class RefKeyword(SchemaNode target) : Keyword("$ref")
{
    public static readonly KeywordHandler Handler = new("$ref", Vocabularies.Core, SubschemaShape.None,
        (value, builder) => new RefKeyword(builder.Reference(builder.String(value))));

    /// <summary>The referenced node (it may still be compiling when this keyword is made).</summary>
    public SchemaNode Target => target;

    public override bool Evaluate(JsonElement instance, EvaluationContext context, Evaluated? evaluated) =>
        target.Evaluate(instance, context, evaluated);

    public override IEnumerable<SchemaNode> InPlaceSubschemas => [target];
}
