using Reflekt.Diagnostics;
using Reflekt.Schemas.Evolution;

namespace Reflekt.Linting.Rules;

/// <summary>RK125: a MAJOR bump over the previous file of the event should carry at least one breaking change (warning).</summary>
public sealed class MajorVersionWithoutBreakingChangeRule : LintRule
{
    public override string Id => "RK125";

    public override string Name => "major-version-without-breaking-change";

    public override Severity DefaultSeverity => Severity.Warning;

    public override IEnumerable<Diagnostic> Check(LintedSchema schema, LintContext context)
    {
        if (context.PreviousVersion(schema) is not { } previous
            || schema.FileVersion is not { } version
            || previous.FileVersion is not { } before
            || version.Major == before.Major)
        {
            yield break;
        }
        if (!SchemaDiff.Compare(previous.Root, schema.Root).Any(c => c.IsBreaking))
        {
            yield return schema.At(this, "/self/version", Messages.MajorWithoutBreakingChange(version.ToString(), before.ToString(), schema.FilePath));
        }
    }
}
