using Reflekt.Diagnostics;

namespace Reflekt.Linting.Rules;

/// <summary>RK117: `self.vendor` equals the project's `vendor` (warning; skipped when the project sets none).</summary>
public sealed class VendorMatchesProjectRule : LintRule
{
    public override string Id => "RK117";

    public override string Name => "vendor-matches-project";

    public override Severity DefaultSeverity => Severity.Warning;

    public override IEnumerable<Diagnostic> Check(LintedSchema schema, LintContext context)
    {
        if (context.Settings.Vendor is { Length: > 0 } expected
            && schema.Schema.Vendor is { } vendor
            && !string.Equals(vendor, expected, StringComparison.Ordinal))
        {
            yield return schema.At(this, "/self/vendor", Messages.VendorMismatch(vendor, schema.FilePath, expected, context.Settings.ProjectFile));
        }
    }
}
