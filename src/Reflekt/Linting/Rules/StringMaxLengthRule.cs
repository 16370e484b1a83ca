using Reflekt.Diagnostics;

namespace Reflekt.Linting.Rules;

/// <summary>RK120 (opt-in, info): string properties without `maxLength` (warehouses truncate long strings).</summary>
public sealed class StringMaxLengthRule : LintRule
{
    public override string Id => "RK120";

    public override string Name => "string-max-length";

    public override Severity DefaultSeverity => Severity.Info;

    public override bool EnabledByDefault => false;

    public override IEnumerable<Diagnostic> Check(LintedSchema schema, LintContext context)
    {
        foreach (var property in schema.Properties)
        {
            if (!property.LintDisabled
                && property.Types.Contains("string")
                && !property.Has(SchemaKeywords.MaxLength | SchemaKeywords.Enum | SchemaKeywords.Const))
            {
                yield return schema.At(this, property.Pointer, Messages.StringWithoutMaxLength(property.DisplayName, schema.FilePath));
            }
        }
    }
}
