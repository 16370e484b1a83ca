using Reflekt.Diagnostics;
using Reflekt.Warehouses.Sql;

namespace Reflekt.Reflection.Drift;

/// <summary>The reflection findings: stable ids, default severities, categories and message wording.</summary>
public static class DriftRules
{
    public const string DeclaredMissing = "RF001";
    public const string UndeclaredColumn = "RF002";
    public const string TypeMismatch = "RF003";
    public const string VersionSkew = "RF004";
    public const string UnclaimedTable = "RF005";
    public const string Stale = "RF006";
    public const string MissingTable = "RF007";
    public const string ReflectionError = "RF008";

    /// <summary>Category of a rule id (used by <c>--fail-on</c>).</summary>
    public static DriftCategory CategoryOf(string ruleId) => ruleId switch
    {
        Stale => DriftCategory.Stale,
        ReflectionError => DriftCategory.Error,
        _ => DriftCategory.Drift,
    };

    /// <summary>Default severity of a rule id.</summary>
    public static Severity SeverityOf(string ruleId) => ruleId switch
    {
        TypeMismatch or Stale or MissingTable or ReflectionError => Severity.Error,
        _ => Severity.Warning,
    };

    internal static string DeclaredMissingMessage(string table, string column, string property) =>
        $"{table}: property {property} has no column {column} in the warehouse";

    internal static string UndeclaredColumnMessage(string table, string column) =>
        $"{table}: column {column} is declared by no schema version";

    internal static string TypeMismatchMessage(string table, string column, string expected, ReflectedColumn actual) =>
        $"{table}: column {column} is {actual.RawType} ({Lower(actual.NormalizedType)}) but the schema says {expected}";

    internal static string VersionSkewMessage(string table, string schemaId, long rows, double share, string latest) =>
        $"{table}: {rows} rows ({share:P1}) in the window carry {schemaId}, older than {latest}";

    internal static string UnclaimedTableMessage(string table) =>
        $"{table}: event table described by no schema";

    internal static string StaleMessage(string table, DateTimeOffset? validThrough, TimeSpan staleAfter) =>
        validThrough is { } v
            ? $"{table}: no events since {v:yyyy-MM-dd HH:mm:ss}Z (stale after {Describe(staleAfter)})"
            : $"{table}: no events seen by any reflection (stale after {Describe(staleAfter)})";

    internal static string MissingTableMessage(string table, string schemaId) =>
        $"{table}: table for {schemaId} does not exist in the warehouse";

    internal static string ReflectionErrorMessage(string table, string error) => $"{table}: reflection failed: {error}";

    internal static Diagnostic Create(string ruleId, string message, string? file = null, string? pointer = null) =>
        new(ruleId, SeverityOf(ruleId), message, file, 0, 0, pointer);

    internal static string Lower(NormalizedType type) => type.ToString().ToLowerInvariant();

    private static string Describe(TimeSpan span) =>
        span.TotalDays >= 1 && span.TotalDays == Math.Floor(span.TotalDays) ? $"{span.TotalDays:0}d"
        : span.TotalHours == Math.Floor(span.TotalHours) ? $"{span.TotalHours:0}h"
        : $"{span.TotalMinutes:0}m";
}
