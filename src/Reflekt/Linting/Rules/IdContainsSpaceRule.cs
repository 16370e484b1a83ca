using Reflekt.Diagnostics;

namespace Reflekt.Linting.Rules;

/// <summary>RK102: `$id` must not contain a space (upstream step 2).</summary>
public sealed class IdContainsSpaceRule : LintRule
{
    public override string Id => "RK102";

    public override string Name => "id-no-space";

    public override Severity DefaultSeverity => Severity.Error;

    public override IEnumerable<Diagnostic> Check(LintedSchema schema, LintContext context)
    {
        if (schema.Id is { } id && id.Contains(' ', StringComparison.Ordinal))
        {
            yield return schema.At(this, "/$id", Messages.IdContainsSpace(id, schema.FilePath));
        }
    }
}
