using System.Globalization;
using Reflekt.Diagnostics;

namespace Reflekt.Linting.Rules;

/// <summary>RK119: bounds that no value can satisfy (`minimum` above `maximum`, `minLength` above `maxLength`, …).</summary>
public sealed class ImpossibleConstraintsRule : LintRule
{
    // (lower keyword, upper keyword, true when equal bounds are already impossible)
    private static readonly (string Lower, string Upper, bool StrictWhenEqual)[] Pairs =
    [
        ("minimum", "maximum", false),
        ("exclusiveMinimum", "exclusiveMaximum", true),
        ("minimum", "exclusiveMaximum", true),
        ("exclusiveMinimum", "maximum", true),
        ("minLength", "maxLength", false),
        ("minItems", "maxItems", false),
        ("minProperties", "maxProperties", false),
        ("minContains", "maxContains", false),
    ];

    public override string Id => "RK119";

    public override string Name => "impossible-constraints";

    public override Severity DefaultSeverity => Severity.Error;

    public override IEnumerable<Diagnostic> Check(LintedSchema schema, LintContext context)
    {
        foreach (var sub in schema.SubSchemas)
        {
            if (sub.LintDisabled || !sub.Has(SchemaKeywords.Bounds))
            {
                continue;
            }
            foreach (var (lower, upper, strict) in Pairs)
            {
                if (sub.Schema.GetNumber(lower) is { } low && sub.Schema.GetNumber(upper) is { } high
                    && (low > high || (strict && low == high)))
                {
                    yield return schema.At(this, $"{sub.Pointer}/{lower}", Messages.ImpossibleConstraint(
                        lower, low.ToString(CultureInfo.InvariantCulture), upper, high.ToString(CultureInfo.InvariantCulture), schema.FilePath));
                }
            }
        }
    }
}
