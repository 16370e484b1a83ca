using System.Text.Json;
using Reflekt.Diagnostics;

namespace Reflekt.Linting.Rules;

/// <summary>RK112: every property declares a `type`.</summary>
public sealed class PropertyTypeRequiredRule : LintRule
{
    public override string Id => "RK112";

    public override string Name => "property-type-required";

    public override Severity DefaultSeverity => Severity.Error;

    public override IEnumerable<Diagnostic> Check(LintedSchema schema, LintContext context)
    {
        foreach (var property in schema.Properties)
        {
            if (!property.LintDisabled && property.Schema.ValueKind == JsonValueKind.Object && !property.Has(SchemaKeywords.Type))
            {
                yield return schema.At(this, property.Pointer, Messages.PropertyNoType(property.DisplayName, schema.FilePath));
            }
        }
    }
}
