using System.Text.Json;
using Reflekt.Json.Schema.Compilation;
using Reflekt.Json.Schema.Dialects;
using Reflekt.Json.Schema.Evaluation;
using Reflekt.Json.Schema.Patterns;

namespace Reflekt.Json.Schema.Keywords;

/// <summary>pattern: a string matches the regular expression somewhere (not anchored).</summary>
internal sealed class PatternKeyword(PatternMatcher regex, string pattern) : Keyword("pattern"), ILeafKeyword
{
    public static readonly KeywordHandler Handler = new("pattern", Vocabularies.Validation, SubschemaShape.None, Compile);

    private static Keyword Compile(JsonElement value, SchemaBuilder builder)
    {
        var pattern = builder.String(value);
        return new PatternKeyword(builder.Pattern(pattern), pattern);
    }

    public override InstanceKinds AppliesTo => InstanceKinds.String;

    public override bool Evaluate(JsonElement instance, EvaluationContext context, Evaluated? evaluated) =>
        instance.ValueKind != JsonValueKind.String || JsonText.IsMatch(regex, instance) || (context.Collecting && context.Fail(Name, Messages.Pattern(pattern, instance)));
}
