using System.Text.Json;
using Reflekt.Json.Schema.Compilation;
using Reflekt.Json.Schema.Dialects;
using Reflekt.Json.Schema.Evaluation;

namespace Reflekt.Json.Schema.Keywords.Draft07;

/// <summary>draft-07 dependencies: per property either a list of required properties or a schema for the object.</summary>
internal sealed class DependenciesKeyword(
    (string Property, string[] Required)[] required,
    (string Name, byte[] Utf8, SchemaNode Node)[] schemas) : Keyword("dependencies")
{
    public static readonly KeywordHandler Handler = new("dependencies", Vocabularies.Applicator, SubschemaShape.Map, Compile);

    private static Keyword Compile(JsonElement value, SchemaBuilder builder)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw builder.Invalid(Messages.MustBeObject("dependencies"));
        }

        var required = new List<(string, string[])>();
        var schemas = new List<(string, byte[], SchemaNode)>();
        foreach (var member in value.EnumerateObject())
        {
            if (member.Value.ValueKind == JsonValueKind.Array)
            {
                required.Add((member.Name, builder.StringArray(member.Value)));
            }
            else
            {
                schemas.Add((member.Name, System.Text.Encoding.UTF8.GetBytes(member.Name), builder.Subschema(member.Value, member.Name)));
            }
        }

        return new DependenciesKeyword([.. required], [.. schemas]);
    }

    public override InstanceKinds AppliesTo => InstanceKinds.Object;

    public override bool Evaluate(JsonElement instance, EvaluationContext context, Evaluated? evaluated)
    {
        var valid = DependentRequiredKeyword.Check(Name, required, instance, context);
        if (!valid && !context.Collecting)
        {
            return false;
        }

        return DependentSchemasKeyword.Check(schemas, instance, context, evaluated) && valid;
    }

    public override IEnumerable<SchemaNode> InPlaceSubschemas => schemas.Select(s => s.Node);
}
