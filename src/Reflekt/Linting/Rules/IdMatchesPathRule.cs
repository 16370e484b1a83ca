using Reflekt.Diagnostics;

namespace Reflekt.Linting.Rules;

/// <summary>RK114: `$id` equals the file's path under schemas/ (never checked upstream; push and build trust `$id`).</summary>
public sealed class IdMatchesPathRule : LintRule
{
    public override string Id => "RK114";

    public override string Name => "id-matches-path";

    public override Severity DefaultSeverity => Severity.Error;

    public override IEnumerable<Diagnostic> Check(LintedSchema schema, LintContext context)
    {
        var expected = schema.SchemaPath;
        if (schema.Id is not { } id)
        {
            if (schema.Root.ValueKind == System.Text.Json.JsonValueKind.Object)
            {
                yield return schema.At(this, "", Messages.IdMissing(schema.FilePath, expected));
            }
            yield break;
        }
        if (!string.Equals(id, expected, StringComparison.Ordinal))
        {
            yield return schema.At(this, "/$id", Messages.IdDoesNotMatchPath(id, schema.FilePath, expected));
        }
    }
}
