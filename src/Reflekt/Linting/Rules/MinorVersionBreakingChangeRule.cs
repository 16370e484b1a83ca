using Reflekt.Diagnostics;
using Reflekt.Schemas;
using Reflekt.Schemas.Evolution;

namespace Reflekt.Linting.Rules;

/// <summary>RK124: a MINOR version (same MAJOR as the previous file of the event) must not contain a breaking change.</summary>
public sealed class MinorVersionBreakingChangeRule : LintRule
{
    public override string Id => "RK124";

    public override string Name => "minor-version-breaking-change";

    public override Severity DefaultSeverity => Severity.Error;

    public override IEnumerable<Diagnostic> Check(LintedSchema schema, LintContext context)
    {
        if (context.PreviousVersion(schema) is not { } previous
            || schema.FileVersion is not { } version
            || previous.FileVersion is not { } before
            || version.Major != before.Major)
        {
            yield break;
        }
        var breaking = SchemaDiff.Compare(previous.Root, schema.Root).Where(c => c.IsBreaking).ToList();
        if (breaking.Count == 0)
        {
            yield break;
        }
        var change = breaking[0].Explanation + (breaking.Count > 1 ? $" (and {breaking.Count - 1} more)" : "");
        var nextMajor = new SchemaVersion(context.HighestMajor(schema) + 1, 0);
        yield return schema.At(this, breaking[0].Pointer, Messages.MinorWithBreakingChange(
            version.ToString(), before.ToString(), schema.FilePath, change, nextMajor.ToString()));
    }
}
