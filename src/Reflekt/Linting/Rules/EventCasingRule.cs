using Reflekt.Diagnostics;
using Reflekt.Linting.NameCasing;

namespace Reflekt.Linting.Rules;

/// <summary>RK105: the event name has the project's event casing (upstream step 6, spec §3.2).</summary>
public sealed class EventCasingRule : LintRule
{
    public override string Id => "RK105";

    public override string Name => "event-casing";

    public override Severity DefaultSeverity => Severity.Error;

    public override IEnumerable<Diagnostic> Check(LintedSchema schema, LintContext context)
    {
        var casing = context.Settings.Event.Casing;
        if (!schema.EventLintEnabled || schema.Name is not { } name || CasingCheck.Matches(name, casing))
        {
            yield break;
        }
        yield return schema.At(this, "/self/name", Messages.EventCasing(
            name, schema.FilePath, CasingCheck.Display(casing), context.Settings.ProjectFile, CasingCheck.Expected(name, casing)));
    }
}
