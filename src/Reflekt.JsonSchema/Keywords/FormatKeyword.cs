using System.Text.Json;
using Reflekt.Json.Schema.Compilation;
using Reflekt.Json.Schema.Dialects;
using Reflekt.Json.Schema.Evaluation;
using Reflekt.Json.Schema.Formats;

namespace Reflekt.Json.Schema.Keywords;

/// <summary>
/// format: an annotation by default (compiles to nothing, costs nothing); with CompileOptions.AssertFormat or the
/// format-assertion vocabulary, a known format is checked. Unknown formats are never errors.
/// </summary>
internal sealed class FormatKeyword(string format, FormatCheck check) : Keyword("format"), ILeafKeyword
{
    public static readonly KeywordHandler Handler = new("format", Vocabularies.FormatAnnotation, SubschemaShape.None, Compile);

    private static Keyword? Compile(JsonElement value, SchemaBuilder builder)
    {
        var format = builder.String(value);
        return builder.AssertFormat && FormatCatalog.TryGet(format, out var check) ? new FormatKeyword(format, check) : null;
    }

    public override InstanceKinds AppliesTo => InstanceKinds.String;

    public override bool Evaluate(JsonElement instance, EvaluationContext context, Evaluated? evaluated) =>
        instance.ValueKind != JsonValueKind.String || Passes(instance) || (context.Collecting && context.Fail(Name, Messages.Format(format, instance)));

    private bool Passes(JsonElement text) =>
        check.Utf8 is { } utf8 && JsonText.TryGetUnescapedUtf8(text, out var bytes) ? utf8(bytes) : check.Text(text.GetString()!);
}
