namespace Reflekt.Warehouses;

/// <summary>A warehouse source schema named as <c>&lt;id&gt;.&lt;database&gt;.&lt;schema&gt;</c> (<c>--source</c>).</summary>
/// <param name="Id">Profile source id.</param>
/// <param name="Database">Database (Snowflake, PostgreSQL, Redshift), project (BigQuery) or file stem (SQLite).</param>
/// <param name="Schema">Schema or dataset holding the event tables.</param>
public sealed record SourceRef(string Id, string Database, string Schema)
{
    /// <summary>Where the schema really lives when it differs from its name (a SQLite file's tables are in <c>main</c>).</summary>
    public string? PhysicalSchema { get; init; }

    /// <summary>The schema name queries use.</summary>
    public string QuerySchema => PhysicalSchema ?? Schema;

    /// <summary>The dotted key, also the snapshot sub-directory.</summary>
    public string Key => $"{Id}.{Database}.{Schema}";

    /// <summary>Parses <c>id.db.schema</c>; anything else is bad input.</summary>
    public static SourceRef Parse(string text)
    {
        var parts = text.Split('.');
        if (parts.Length != 3 || parts.Any(p => p.Length == 0))
        {
            throw new ReflektException($"--source '{text}' must be <id>.<database>.<schema>");
        }

        return new SourceRef(parts[0], parts[1], parts[2]);
    }

    public override string ToString() => Key;
}
