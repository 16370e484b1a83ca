using Reflekt.Diagnostics;

namespace Reflekt.Linting.Rules;

/// <summary>RK110: no property name is in `conventions.property.reserved`.</summary>
public sealed class PropertyReservedRule : LintRule
{
    public override string Id => "RK110";

    public override string Name => "property-reserved";

    public override Severity DefaultSeverity => Severity.Error;

    public override IEnumerable<Diagnostic> Check(LintedSchema schema, LintContext context)
    {
        var reserved = context.Settings.Property.Reserved;
        if (reserved.Count == 0)
        {
            yield break;
        }
        foreach (var property in schema.Properties)
        {
            if (!property.LintDisabled && reserved.Contains(property.Name, StringComparer.Ordinal))
            {
                yield return schema.At(this, property.Pointer, Messages.PropertyReserved(property.DisplayName, schema.FilePath, context.Settings.ProjectFile, reserved));
            }
        }
    }
}
