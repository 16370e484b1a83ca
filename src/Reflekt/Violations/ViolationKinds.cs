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

    /// <summary>
    /// Whether two findings have the same kind, as <see cref="Of"/> names it, without building either name: the
    /// registry server compares every finding of an invalid event this way, so it must not allocate.
    /// </summary>
    public static bool SameKind(Diagnostic a, Diagnostic b) => Escaped(a).SequenceEqual(Escaped(b));

    // The kind before ~1/~0 are decoded: decoding is one to one, so equal escaped kinds are equal kinds.
    private static ReadOnlySpan<char> Escaped(Diagnostic finding) => finding.RuleId switch
    {
        ValidationRules.NotUnicode => NotUnicode,
        ValidationRules.NoIdentity => NoIdentity,
        ValidationRules.UnknownSchema => UnknownSchema,
        ValidationRules.NoSchema => NoSchema,
        _ => EscapedKeyword(finding.SchemaLocation) is { IsEmpty: false } keyword ? keyword : "schema",
    };

    private static ReadOnlySpan<char> EscapedKeyword(string? schemaLocation) =>
        string.IsNullOrEmpty(schemaLocation) ? default : schemaLocation.AsSpan(schemaLocation.LastIndexOf('/') + 1);

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
