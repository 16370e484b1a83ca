using Reflekt.Diagnostics;
using Reflekt.Validation;

namespace Reflekt.Violations;

/// <summary>The kind of a violation, read from a validation finding: the failing keyword, or the routing check that failed.</summary>
public static class ViolationKinds
{
    public const string NotUnicode = "unicode";
    public const string NoIdentity = "identity";
    public const string UnknownSchema = "unknown_schema";
    public const string NoSchema = "no_schema";

    /// <summary>For a schema violation the last keyword of its schema location (<c>/properties/plan/enum</c> → <c>enum</c>).</summary>
    public static string Of(Diagnostic finding) => finding.RuleId switch
    {
        ValidationRules.NotUnicode => NotUnicode,
        ValidationRules.NoIdentity => NoIdentity,
        ValidationRules.UnknownSchema => UnknownSchema,
        ValidationRules.NoSchema => NoSchema,
        _ => Keyword(finding.SchemaLocation) ?? "schema",
    };

    private static string? Keyword(string? schemaLocation)
    {
        if (string.IsNullOrEmpty(schemaLocation))
        {
            return null;
        }
        var last = schemaLocation[(schemaLocation.LastIndexOf('/') + 1)..];
        return last.Length == 0 ? null : last.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
    }
}
