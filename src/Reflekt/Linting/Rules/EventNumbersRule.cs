using Reflekt.Diagnostics;
using Reflekt.Linting.NameCasing;

namespace Reflekt.Linting.Rules;

/// <summary>RK106: no digits in event names unless `numbers: true` (upstream rejected digits whatever the setting).</summary>
public sealed class EventNumbersRule : LintRule
{
    public override string Id => "RK106";

    public override string Name => "event-numbers";

    public override Severity DefaultSeverity => Severity.Error;

    public override IEnumerable<Diagnostic> Check(LintedSchema schema, LintContext context)
    {
        if (schema.EventLintEnabled && !context.Settings.Event.Numbers && schema.Name is { } name && CasingCheck.ContainsDigit(name))
        {
            yield return schema.At(this, "/self/name", Messages.EventNumbers(name, schema.FilePath, context.Settings.ProjectFile));
        }
    }
}
