using Reflekt.PythonCompat;

namespace Reflekt.Dbt;

/// <summary>The one rule for a staging model's name: <c>&lt;prefix&gt;&lt;source schema&gt;__&lt;table&gt;[__v&lt;M&gt;_&lt;m&gt;]</c>.</summary>
public static class DbtModelName
{
    /// <summary>The model a schema version becomes, e.g. <c>stg_segment__order_completed__v2_0</c> (1-0 gets no suffix).</summary>
    public static string For(string prefix, string sourceSchema, string table, string schemaId) =>
        $"{prefix}{sourceSchema}__{table}{VersionSuffix(schemaId)}";

    /// <summary>
    /// The child model of an array column of a model, e.g. <c>stg_segment__order_completed__products__v2_0</c>: the
    /// array's output column between the table and the parent's version suffix, so a version's children sort beside it.
    /// </summary>
    public static string ChildFor(string prefix, string sourceSchema, string table, string arrayColumn, string versionSuffix) =>
        $"{prefix}{sourceSchema}__{table}__{arrayColumn}{versionSuffix}";

    /// <summary><c>__v1</c>: an older MAJOR's model when the table has no <c>schema_id</c> (docs/dbt.md, "Versions").</summary>
    public static string MajorSuffix(int major) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"__v{major}");

    /// <summary><c>__v2_0</c> for <c>…/2-0.json</c>, empty for 1-0 (upstream's names).</summary>
    public static string VersionSuffix(string schemaId)
    {
        var last = schemaId.Split('/')[^1];
        var version = Inflection.Underscore(last.EndsWith(".json", StringComparison.Ordinal) ? last[..^5] : last);
        return version == "1_0" ? "" : $"__v{version}";
    }
}
