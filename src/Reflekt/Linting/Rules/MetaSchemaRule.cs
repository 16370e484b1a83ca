using System.Text.Json;
using Reflekt.Diagnostics;
using Reflekt.Json.Schema;

namespace Reflekt.Linting.Rules;

/// <summary>
/// RK101: the schema document satisfies the project's meta-schema (upstream step 1). The meta-schema is compiled
/// once per run; errors at the document root (missing <c>self</c>, <c>properties</c>) are reported, not crashed on.
/// </summary>
public sealed class MetaSchemaRule : LintRule
{
    // The meta-schema's own "$id" is relative (".reflekt/meta/1-0.json"); it needs an absolute base.
    private static readonly Uri MetaBase = new("https://reflekt.invalid/schemas/.reflekt/meta/1-0.json");

    private static readonly Lazy<JsonSchema> Default = new(() => Compile(DefaultMetaSchema.Json));

    private readonly JsonSchema _metaSchema;

    /// <summary>Validates against upstream's default meta-schema.</summary>
    public MetaSchemaRule()
        : this(Default.Value)
    {
    }

    /// <summary>Validates against a compiled meta-schema (the project's own).</summary>
    public MetaSchemaRule(JsonSchema metaSchema) => _metaSchema = metaSchema;

    public override string Id => "RK101";

    public override string Name => "meta-schema";

    public override Severity DefaultSeverity => Severity.Error;

    /// <summary>Compiles a meta-schema document.</summary>
    /// <exception cref="InvalidSchemaException">The meta-schema itself is not a valid JSON Schema.</exception>
    public static JsonSchema Compile(string json) => JsonSchema.Compile(json, new CompileOptions { BaseUri = MetaBase });

    /// <summary>Compiles a meta-schema document.</summary>
    /// <exception cref="InvalidSchemaException">The meta-schema itself is not a valid JSON Schema.</exception>
    public static JsonSchema Compile(JsonElement document) => JsonSchema.Compile(document, new CompileOptions { BaseUri = MetaBase });

    public override IEnumerable<Diagnostic> Check(LintedSchema schema, LintContext context)
    {
        if (_metaSchema.IsValid(schema.Root))
        {
            yield break;
        }
        foreach (var error in _metaSchema.Validate(schema.Root).Errors.OrderBy(e => e.InstanceLocation, StringComparer.Ordinal).ThenBy(e => e.Message, StringComparer.Ordinal))
        {
            var first = error.InstanceLocation.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "(root)";
            yield return schema.At(this, error.InstanceLocation, Messages.MetaSchema(first, schema.FilePath, error.Message));
        }
    }
}
