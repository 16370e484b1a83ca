using System.Text;

namespace Reflekt.Warehouses.Sql;

/// <summary>
/// How one warehouse spells each SQL fragment. The defaults are ANSI; a dialect overrides only what differs,
/// and callers never ask which warehouse they are talking to.
/// </summary>
public partial class SqlDialect
{
    /// <summary>Plain ANSI SQL.</summary>
    public static SqlDialect Ansi { get; } = new();

    /// <summary>The profile/source type this dialect serves (<c>postgres</c>, <c>snowflake</c>…).</summary>
    public virtual string Name => "ansi";

    public virtual WarehouseCapabilities Capabilities { get; } =
        new(IdentifierFolding.Lower, 128, HasInformationSchema: true, SupportsSchemas: true);

    /// <summary>Reserved words that must be quoted even when they look like plain identifiers.</summary>
    protected virtual IReadOnlySet<string> ReservedWords => SqlKeywords.Ansi;

    /// <summary>Always-quoted identifier: <c>"name"</c> with embedded quotes doubled.</summary>
    public virtual string QuoteIdentifier(string name) => "\"" + name.Replace("\"", "\"\"") + "\"";

    /// <summary>
    /// A physical identifier as it can be written: bare when the warehouse would fold the bare spelling back to
    /// exactly this name and it is no reserved word (bare names are lower case), quoted otherwise.
    /// </summary>
    public string Identifier(string physicalName)
    {
        ArgumentException.ThrowIfNullOrEmpty(physicalName);
        var bare = Capabilities.Folding == IdentifierFolding.Upper ? physicalName.ToLowerInvariant() : physicalName;
        var foldsBack = Capabilities.Folding switch
        {
            IdentifierFolding.Upper => physicalName == physicalName.ToUpperInvariant(),
            IdentifierFolding.Lower => physicalName == physicalName.ToLowerInvariant(),
            _ => true,
        };
        return foldsBack && IsPlain(bare) && !ReservedWords.Contains(bare) ? bare : QuoteIdentifier(physicalName);
    }

    /// <summary>An output column name chosen by us (lower-case snake), written so the warehouse stores it folded.</summary>
    public string Alias(string name) => Identifier(Capabilities.Fold(name));

    /// <summary>A relation <c>schema.table</c> (or <c>database.schema.table</c>) with each part written as an identifier.</summary>
    public virtual string Relation(string? database, string? schema, string table)
    {
        var parts = new List<string>(3);
        if (!string.IsNullOrEmpty(database))
        {
            parts.Add(Identifier(database));
        }

        if (!string.IsNullOrEmpty(schema))
        {
            parts.Add(Identifier(schema));
        }

        parts.Add(Identifier(table));
        return string.Join('.', parts);
    }

    /// <summary>A string literal: <c>'…'</c> with embedded single quotes doubled.</summary>
    public virtual string StringLiteral(string value) => "'" + value.Replace("'", "''") + "'";

    /// <summary>
    /// A bound parameter of an ADO.NET command: how the SQL text refers to it, and the name its DbParameter carries.
    /// Most drivers take <c>@name</c>; DuckDB's binds <c>$name</c> (an <c>@</c> would be read as a column).
    /// </summary>
    public virtual (string Marker, string Name) Parameter(string name) => ("@" + name, "@" + name);

    /// <summary>A cast of an expression to a type.</summary>
    public virtual string Cast(string expression, string type) => $"cast({expression} as {type})";

    /// <summary>The variable-length string type.</summary>
    public virtual string StringType => "varchar";

    public virtual string IntegerType => "bigint";

    public virtual string NumberType => "double precision";

    public virtual string BooleanType => "boolean";

    /// <summary>The type semi-structured values (JSON objects and arrays) are kept in.</summary>
    public virtual string JsonType => "varchar";

    /// <summary>The type CDP loaders give timestamps.</summary>
    public virtual string TimestampType => "timestamp";

    public virtual string CurrentTimestamp => "current_timestamp";

    /// <summary>
    /// A timestamp expression moved back by <paramref name="count"/> <paramref name="unit"/>s (<c>minute</c>, <c>hour</c>,
    /// <c>day</c>): an interval literal, which PostgreSQL, Redshift, Snowflake and DuckDB all read.
    /// </summary>
    public virtual string TimestampMinus(string expression, int count, string unit) =>
        $"{expression} - interval '{count} {unit}s'";

    /// <summary>A typed string constant, e.g. <c>'track'::varchar</c>.</summary>
    public string TypedString(string value) => Cast(StringLiteral(value), StringType);

    /// <summary>A typed NULL of the string type.</summary>
    public string NullString => Cast("null", StringType);

    /// <summary>
    /// The body of a CTE that reads <paramref name="from"/> (after the <paramref name="filter"/> lines) and keeps one row
    /// per <paramref name="key"/>, the first by <paramref name="order"/>: CDPs deliver at least once, so a message id can
    /// arrive twice. ANSI has no <c>qualify</c>, so the default numbers rows in a subquery and keeps row 1.
    /// </summary>
    public virtual IReadOnlyList<string> FirstRowPerKey(string from, IReadOnlyList<string> filter, string key, string order)
    {
        var lines = new List<string>
        {
            "select *",
            "from (",
            "    select",
            "        *,",
            $"        row_number() over (partition by {key} order by {order}) as {RowNumberColumn}",
            $"    from {from}",
        };
        lines.AddRange(filter.Select(f => "    " + f));
        lines.Add(") as numbered");
        lines.Add($"where {RowNumberColumn} = 1");
        return lines;
    }

    /// <summary>The helper column <see cref="FirstRowPerKey"/> numbers rows in; models never select it.</summary>
    public const string RowNumberColumn = "_reflekt_row_number";

    /// <summary><see cref="FirstRowPerKey"/> for warehouses with a <c>qualify</c> clause: no subquery, no helper column.</summary>
    protected static IReadOnlyList<string> QualifyFirstRow(string from, IReadOnlyList<string> filter, string key, string order)
    {
        var lines = new List<string> { "select *", $"from {from}" };
        lines.AddRange(filter);
        lines.Add($"qualify row_number() over (partition by {key} order by {order}) = 1");
        return lines;
    }

    /// <summary>The type calendar dates (<c>format: date</c>) are cast to.</summary>
    public virtual string DateType => "date";

    /// <summary>
    /// JSON text (how loaders keep objects and arrays) parsed into the warehouse's semi-structured type. The default
    /// is a cast to <see cref="JsonType"/>; warehouses that parse with a function override it.
    /// </summary>
    public virtual string ParseJson(string expression) => Cast(expression, JsonType);

    /// <summary>
    /// The warehouse type for a JSON Schema type and <c>format</c> (<c>date-time</c> → timestamp, <c>date</c> → date),
    /// or null when unknown.
    /// </summary>
    public string? TypeForJsonSchema(string jsonType, string? format = null) => (jsonType, format) switch
    {
        ("string", "date-time") => TimestampType,
        ("string", "date") => DateType,
        ("string", _) => StringType,
        ("integer", _) => IntegerType,
        ("number", _) => NumberType,
        ("boolean", _) => BooleanType,
        ("object" or "array", _) => JsonType,
        _ => null,
    };

    /// <summary>A raw column read as the schema's type: objects and arrays parsed (<see cref="ParseJson"/>), the rest cast.</summary>
    public string TypedValue(string expression, string jsonType, string type) =>
        jsonType is "object" or "array" ? ParseJson(expression) : Cast(expression, type);

    private static bool IsPlain(string name)
    {
        if (name.Length == 0 || !(char.IsAsciiLetterLower(name[0]) || name[0] == '_'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Escapes a value for a backslash-escaping string literal body (no surrounding quotes).</summary>
    protected static string EscapeWithBackslashes(string value)
    {
        var b = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': b.Append("\\\\"); break;
                case '\'': b.Append("\\'"); break;
                case '\n': b.Append("\\n"); break;
                case '\r': b.Append("\\r"); break;
                case '\t': b.Append("\\t"); break;
                default: b.Append(c); break;
            }
        }

        return b.ToString();
    }
}
