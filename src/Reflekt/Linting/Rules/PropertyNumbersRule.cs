using Reflekt.Diagnostics;
using Reflekt.Linting.NameCasing;

namespace Reflekt.Linting.Rules;

/// <summary>RK109: no digits in property names unless `numbers: true`.</summary>
public sealed class PropertyNumbersRule : LintRule
{
    public override string Id => "RK109";

    public override string Name => "property-numbers";

    public override Severity DefaultSeverity => Severity.Error;

    public override IEnumerable<Diagnostic> Check(LintedSchema schema, LintContext context)
    {
        if (context.Settings.Property.Numbers)
        {
            yield break;
        }
        foreach (var property in schema.Properties)
        {
            if (!property.LintDisabled && CasingCheck.ContainsDigit(property.Name))
            {
                yield return schema.At(this, property.Pointer, Messages.PropertyNumbers(property.DisplayName, schema.FilePath, context.Settings.ProjectFile));
            }
        }
    }
}
