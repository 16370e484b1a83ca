using Reflekt.Diagnostics;

namespace Reflekt.Linting.Rules;

/// <summary>RK104: `self.version` equals the last segment of `$id` without `.json` (upstream step 5).</summary>
public sealed class EventVersionMatchesIdRule : LintRule
{
    public override string Id => "RK104";

    public override string Name => "event-version-matches-id";

    public override Severity DefaultSeverity => Severity.Error;

    public override IEnumerable<Diagnostic> Check(LintedSchema schema, LintContext context)
    {
        if (!schema.EventLintEnabled || schema.Version is not { } version || schema.Id is not { } id)
        {
            yield break;
        }
        var last = id[(id.LastIndexOf('/') + 1)..];
        if (last.EndsWith(".json", StringComparison.Ordinal))
        {
            last = last[..^".json".Length];
        }
        if (last != version)
        {
            yield return schema.At(this, "/self/version", Messages.VersionDoesNotMatchId(version, id, schema.FilePath));
        }
    }
}
