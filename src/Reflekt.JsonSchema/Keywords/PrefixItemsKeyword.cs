using System.Text.Json;
using Reflekt.Json.Schema.Compilation;
using Reflekt.Json.Schema.Dialects;
using Reflekt.Json.Schema.Evaluation;

namespace Reflekt.Json.Schema.Keywords;

/// <summary>prefixItems: the first items match the schemas at the same index.</summary>
internal sealed class PrefixItemsKeyword(SchemaNode[] tuple) : Keyword("prefixItems")
{
    public static readonly KeywordHandler Handler = new("prefixItems", Vocabularies.Applicator, SubschemaShape.Schemas,
        (value, builder) => new PrefixItemsKeyword(builder.SchemaArray(value)));

    public override InstanceKinds AppliesTo => InstanceKinds.Array;

    public override bool Evaluate(JsonElement instance, EvaluationContext context, Evaluated? evaluated) =>
        instance.ValueKind != JsonValueKind.Array || ArrayItems.ApplyTuple(tuple, instance, context, evaluated);
}
