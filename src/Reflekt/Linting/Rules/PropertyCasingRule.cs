using Reflekt.Diagnostics;
using Reflekt.Linting.NameCasing;

namespace Reflekt.Linting.Rules;

/// <summary>RK108: every property name, at any depth, has the project's property casing.</summary>
public sealed class PropertyCasingRule : LintRule
{
    public override string Id => "RK108";

    public override string Name => "property-casing";

    public override Severity DefaultSeverity => Severity.Error;

    public override IEnumerable<Diagnostic> Check(LintedSchema schema, LintContext context)
    {
        var casing = context.Settings.Property.Casing;
        foreach (var property in schema.Properties)
        {
            if (!property.LintDisabled && !CasingCheck.Matches(property.Name, casing))
            {
                yield return schema.At(this, property.Pointer, Messages.PropertyCasing(
                    property.DisplayName, schema.FilePath, CasingCheck.Display(casing),
                    context.Settings.ProjectFile, CasingCheck.Expected(property.Name, casing)));
            }
        }
    }
}
