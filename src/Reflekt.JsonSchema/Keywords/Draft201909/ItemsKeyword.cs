using System.Text.Json;
using Reflekt.Json.Schema.Compilation;
using Reflekt.Json.Schema.Dialects;
using Reflekt.Json.Schema.Evaluation;

namespace Reflekt.Json.Schema.Keywords.Draft201909;

/// <summary>draft-07/2019-09 items: one schema for every item, or an array of schemas for the items at the same index.</summary>
internal sealed class ItemsKeyword(SchemaNode? all, SchemaNode[]? tuple) : Keyword("items")
{
    public static readonly KeywordHandler Handler = new("items", Vocabularies.Applicator, SubschemaShape.Schemas, Compile);

    private static Keyword Compile(JsonElement value, SchemaBuilder builder)
    {
        if (value.ValueKind == JsonValueKind.Array)
        {
            var tuple = new SchemaNode[value.GetArrayLength()];
            var i = 0;
            foreach (var item in value.EnumerateArray())
            {
                tuple[i] = builder.Subschema(item, i);
                i++;
            }

            return new ItemsKeyword(null, tuple);
        }

        return new ItemsKeyword(builder.Subschema(value), null);
    }

    public override InstanceKinds AppliesTo => InstanceKinds.Array;

    public override bool Evaluate(JsonElement instance, EvaluationContext context, Evaluated? evaluated)
    {
        if (instance.ValueKind != JsonValueKind.Array)
        {
            return true;
        }

        return tuple is not null
            ? ArrayItems.ApplyTuple(tuple, instance, context, evaluated)
            : ArrayItems.ApplyRest(Name, all!, 0, instance, context, evaluated);
    }
}
