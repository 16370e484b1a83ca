using System.Text.Json;
using Reflekt.Json.Schema.Compilation;
using Reflekt.Json.Schema.Dialects;
using Reflekt.Json.Schema.Evaluation;

namespace Reflekt.Json.Schema.Keywords;

/// <summary>dependentRequired: when a property is present, others must be too.</summary>
internal sealed class DependentRequiredKeyword((string Property, string[] Required)[] dependencies) : Keyword("dependentRequired"), ILeafKeyword
{
    public static readonly KeywordHandler Handler = new("dependentRequired", Vocabularies.Validation, SubschemaShape.None, Compile);

    private static Keyword Compile(JsonElement value, SchemaBuilder builder)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw builder.Invalid(Messages.MustBeObject("dependentRequired"));
        }

        var list = new List<(string, string[])>();
        foreach (var member in value.EnumerateObject())
        {
            list.Add((member.Name, builder.StringArray(member.Value)));
        }

        return new DependentRequiredKeyword([.. list]);
    }

    public override InstanceKinds AppliesTo => InstanceKinds.Object;

    public override bool Evaluate(JsonElement instance, EvaluationContext context, Evaluated? evaluated) =>
        Check(Name, dependencies, instance, context);

    internal static bool Check(string keyword, (string Property, string[] Required)[] dependencies, JsonElement instance, EvaluationContext context)
    {
        if (instance.ValueKind != JsonValueKind.Object)
        {
            return true;
        }

        var valid = true;
        foreach (var (property, required) in dependencies)
        {
            if (!instance.TryGetProperty(property, out _))
            {
                continue;
            }

            foreach (var name in required)
            {
                if (!instance.TryGetProperty(name, out _))
                {
                    context.PushKeyword(property);
                    valid = (context.Collecting && context.Fail(keyword, Messages.DependentRequired(property, name)));
                    context.PopKeyword();
                    if (!context.Collecting)
                    {
                        return false;
                    }
                }
            }
        }

        return valid;
    }
}
