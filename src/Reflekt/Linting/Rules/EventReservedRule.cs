using Reflekt.Diagnostics;

namespace Reflekt.Linting.Rules;

/// <summary>RK107: the event name is not in `conventions.event.reserved` (exact match, upstream step 8).</summary>
public sealed class EventReservedRule : LintRule
{
    public override string Id => "RK107";

    public override string Name => "event-reserved";

    public override Severity DefaultSeverity => Severity.Error;

    public override IEnumerable<Diagnostic> Check(LintedSchema schema, LintContext context)
    {
        var reserved = context.Settings.Event.Reserved;
        if (schema.EventLintEnabled && schema.Name is { } name && reserved.Contains(name, StringComparer.Ordinal))
        {
            yield return schema.At(this, "/self/name", Messages.EventReserved(name, schema.FilePath, context.Settings.ProjectFile, reserved));
        }
    }
}
