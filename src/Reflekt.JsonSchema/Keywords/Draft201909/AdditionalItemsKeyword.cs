using System.Text.Json;
using Reflekt.Json.Schema.Compilation;
using Reflekt.Json.Schema.Dialects;
using Reflekt.Json.Schema.Evaluation;

namespace Reflekt.Json.Schema.Keywords.Draft201909;

/// <summary>draft-07/2019-09 additionalItems: items past an array-form "items" match this schema (ignored otherwise).</summary>
internal sealed class AdditionalItemsKeyword(SchemaNode node, int start) : Keyword("additionalItems")
{
    public static readonly KeywordHandler Handler = new("additionalItems", Vocabularies.Applicator, SubschemaShape.Schemas, Compile);

    private static Keyword? Compile(JsonElement value, SchemaBuilder builder)
    {
        var node = builder.Subschema(value);
        return builder.Schema.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array
            ? new AdditionalItemsKeyword(node, items.GetArrayLength())
            : null;
    }

    public override InstanceKinds AppliesTo => InstanceKinds.Array;

    public override bool Evaluate(JsonElement instance, EvaluationContext context, Evaluated? evaluated) =>
        instance.ValueKind != JsonValueKind.Array || ArrayItems.ApplyRest(Name, node, start, instance, context, evaluated);
}
