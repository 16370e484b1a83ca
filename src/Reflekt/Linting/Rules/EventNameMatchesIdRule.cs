using Reflekt.Diagnostics;

namespace Reflekt.Linting.Rules;

/// <summary>RK103: `self.name` with spaces as underscores equals the event folder in `$id` (upstream step 4).</summary>
public sealed class EventNameMatchesIdRule : LintRule
{
    public override string Id => "RK103";

    public override string Name => "event-name-matches-id";

    public override Severity DefaultSeverity => Severity.Error;

    public override IEnumerable<Diagnostic> Check(LintedSchema schema, LintContext context)
    {
        if (!schema.EventLintEnabled || schema.Name is not { } name || schema.Id is not { } id)
        {
            yield break;
        }
        var segments = id.Split('/');
        if (segments.Length < 2 || segments[^2] != name.Replace(' ', '_'))
        {
            yield return schema.At(this, "/self/name", Messages.NameDoesNotMatchId(name, id, schema.FilePath));
        }
    }
}
