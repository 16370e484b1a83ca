using Reflekt.Diagnostics;

namespace Reflekt.Linting.Rules;

/// <summary>RK113: each of a property's types is listed in `conventions.data_types`.</summary>
public sealed class PropertyTypeAllowedRule : LintRule
{
    public override string Id => "RK113";

    public override string Name => "property-type-allowed";

    public override Severity DefaultSeverity => Severity.Error;

    public override IEnumerable<Diagnostic> Check(LintedSchema schema, LintContext context)
    {
        var allowed = context.Settings.DataTypes;
        foreach (var property in schema.Properties)
        {
            if (property.LintDisabled)
            {
                continue;
            }
            foreach (var type in property.Types)
            {
                if (!allowed.Contains(type, StringComparer.Ordinal))
                {
                    yield return schema.At(this, property.Pointer + "/type",
                        Messages.PropertyTypeNotAllowed(property.DisplayName, schema.FilePath, type, context.Settings.ProjectFile, allowed));
                }
            }
        }
    }
}
