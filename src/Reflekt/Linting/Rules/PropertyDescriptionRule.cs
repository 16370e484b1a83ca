using System.Text.Json;
using Reflekt.Diagnostics;

namespace Reflekt.Linting.Rules;

/// <summary>RK111: every property has a non-empty `description` (a missing key crashed upstream).</summary>
public sealed class PropertyDescriptionRule : LintRule
{
    public override string Id => "RK111";

    public override string Name => "property-description";

    public override Severity DefaultSeverity => Severity.Error;

    public override IEnumerable<Diagnostic> Check(LintedSchema schema, LintContext context)
    {
        foreach (var property in schema.Properties)
        {
            if (property.LintDisabled || property.Schema.ValueKind != JsonValueKind.Object)
            {
                continue;
            }
            if (!property.Has(SchemaKeywords.Description) || property.Schema.GetString("description") is not { Length: > 0 })
            {
                yield return schema.At(this, property.Pointer, Messages.PropertyNoDescription(property.DisplayName, schema.FilePath));
            }
        }
    }
}
