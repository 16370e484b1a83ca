using System.Text.Json;
using Reflekt.Json.Schema.Compilation;
using Reflekt.Json.Schema.Dialects;
using Reflekt.Json.Schema.Evaluation;
using Reflekt.Json.Schema.Patterns;

namespace Reflekt.Json.Schema.Keywords;

/// <summary>patternProperties: each property whose name matches a pattern matches that pattern's subschema.</summary>
internal sealed class PatternPropertiesKeyword((string Pattern, PatternMatcher Regex, SchemaNode Node)[] patterns) : Keyword("patternProperties")
{
    public static readonly KeywordHandler Handler = new("patternProperties", Vocabularies.Applicator, SubschemaShape.Map, Compile);

    private static Keyword Compile(JsonElement value, SchemaBuilder builder)
    {
        var map = builder.SchemaMap(value);
        return new PatternPropertiesKeyword(map.Select(e => (e.Name, builder.Pattern(e.Name), e.Node)).ToArray());
    }

    public override InstanceKinds AppliesTo => InstanceKinds.Object;

    public override bool Evaluate(JsonElement instance, EvaluationContext context, Evaluated? evaluated)
    {
        if (instance.ValueKind != JsonValueKind.Object)
        {
            return true;
        }

        var valid = true;
        foreach (var property in instance.EnumerateObject())
        {
            foreach (var (pattern, regex, node) in patterns)
            {
                if (!JsonText.IsNameMatch(regex, property))
                {
                    continue;
                }

                // The name is made a string only where the paths or the annotations need it.
                var name = evaluated is null && !context.Collecting ? "" : property.Name;
                evaluated?.AddProperty(name);
                if (!context.ApplyToProperty(node, property.Value, name, pattern))
                {
                    valid = false;
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
