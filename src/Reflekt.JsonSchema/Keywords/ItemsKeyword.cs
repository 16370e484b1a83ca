using System.Text.Json;
using Reflekt.Json.Schema.Compilation;
using Reflekt.Json.Schema.Dialects;
using Reflekt.Json.Schema.Evaluation;

namespace Reflekt.Json.Schema.Keywords;

/// <summary>2020-12 items: the items after prefixItems match this schema.</summary>
internal sealed class ItemsKeyword(SchemaNode node, int start) : Keyword("items")
{
    public static readonly KeywordHandler Handler = new("items", Vocabularies.Applicator, SubschemaShape.Schemas, Compile);

    private static Keyword Compile(JsonElement value, SchemaBuilder builder)
    {
        if (value.ValueKind == JsonValueKind.Array)
        {
            throw builder.Invalid(Messages.SchemaMustBeObjectOrBoolean(value.ValueKind));
        }

        var start = builder.Dialect.ByName.ContainsKey("prefixItems") && builder.Schema.TryGetProperty("prefixItems", out var prefix)
                    && prefix.ValueKind == JsonValueKind.Array
            ? prefix.GetArrayLength()
            : 0;
        return new ItemsKeyword(builder.Subschema(value), start);
    }

    public override InstanceKinds AppliesTo => InstanceKinds.Array;

    public override bool Evaluate(JsonElement instance, EvaluationContext context, Evaluated? evaluated) =>
        instance.ValueKind != JsonValueKind.Array || ArrayItems.ApplyRest(Name, node, start, instance, context, evaluated);
}
