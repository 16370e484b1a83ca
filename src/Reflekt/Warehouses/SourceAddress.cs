using System.Text;

namespace Reflekt.Warehouses;

/// <summary>
/// A warehouse source schema: <c>&lt;source_id&gt;.&lt;database&gt;.&lt;schema&gt;</c>, the one address that
/// <c>reflekt build</c>, <c>reflect</c>, <c>serve --reflect-source</c> and <c>debug</c> take.
/// </summary>
/// <remarks>
/// Grammar: exactly three parts separated by dots. A part is either bare (no dot, no double quote, not empty)
/// or double-quoted, where a dot is part of the name and <c>""</c> stands for one quote: <c>demo."my.db".segment</c>.
/// Quotes only delimit; they do not make a name case-sensitive (each warehouse folds names as it always does).
/// Any other number of parts is bad input, so <c>x.a.b.c</c> is refused with the expected form rather than
/// guessed at: a database named <c>a.b</c> is written <c>x."a.b".c</c>.
/// </remarks>
/// <param name="SourceId">Profile source id.</param>
/// <param name="Database">Database (Snowflake, PostgreSQL, Redshift), project (BigQuery) or file stem (SQLite, DuckDB).</param>
/// <param name="Schema">Schema or dataset holding the event tables (the dbt source name).</param>
public sealed record SourceAddress(string SourceId, string Database, string Schema)
{
    /// <summary>The form every error message names.</summary>
    public const string Form = "<source_id>.<database>.<schema>";

    /// <summary>Where the schema really lives when it differs from its name (a SQLite file's tables are in <c>main</c>).</summary>
    public string? PhysicalSchema { get; init; }

    /// <summary>The schema name queries use.</summary>
    public string QuerySchema => PhysicalSchema ?? Schema;

    /// <summary>The canonical text (parts quoted only when they must be), also the snapshot sub-directory.</summary>
    public string Key => $"{Quote(SourceId)}.{Quote(Database)}.{Quote(Schema)}";

    /// <summary>Parses an address; <paramref name="option"/> names the flag in the error (<c>--source</c>).</summary>
    /// <exception cref="ReflektException">Not exactly three non-empty parts, or an unterminated quote.</exception>
    public static SourceAddress Parse(string text, string option = "--source")
    {
        var parts = new List<string>(3);
        var part = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"' && part.Length == 0 && !quoted)
            {
                quoted = true;
                i = ReadQuoted(text, i + 1, part, option);
                if (i < text.Length - 1 && text[i + 1] != '.')
                {
                    throw Invalid(text, option, $"a quoted part must be followed by '.' (at character {i + 2})");
                }

                continue;
            }

            if (c == '"')
            {
                throw Invalid(text, option, $"a double quote may only open a part (at character {i + 1})");
            }

            if (c == '.')
            {
                parts.Add(EndPart(text, option, part, quoted));
                quoted = false;
                continue;
            }

            part.Append(c);
        }

        parts.Add(EndPart(text, option, part, quoted));
        if (parts.Count != 3)
        {
            throw Invalid(text, option, parts.Count > 3
                ? $"it has {parts.Count} parts; quote a name that contains a dot, e.g. {Quote(parts[0])}.\"{string.Join('.', parts[1..^1])}\".{Quote(parts[^1])}"
                : $"it has {parts.Count} part{(parts.Count == 1 ? "" : "s")}");
        }

        return new SourceAddress(parts[0], parts[1], parts[2]);
    }

    public override string ToString() => Key;

    /// <summary>A part as it is written in an address: bare unless it holds a dot or a quote (or is empty).</summary>
    public static string Quote(string part) =>
        part.Length > 0 && part.IndexOfAny(['.', '"']) < 0 ? part : "\"" + part.Replace("\"", "\"\"") + "\"";

    // Reads up to the closing quote; returns the index of that quote.
    private static int ReadQuoted(string text, int start, StringBuilder part, string option)
    {
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] != '"')
            {
                part.Append(text[i]);
            }
            else if (i + 1 < text.Length && text[i + 1] == '"')
            {
                part.Append('"');
                i++;
            }
            else
            {
                return i;
            }
        }

        throw Invalid(text, option, "a quoted part is not closed");
    }

    private static string EndPart(string text, string option, StringBuilder part, bool quoted)
    {
        if (part.Length == 0)
        {
            throw Invalid(text, option, quoted ? "a quoted part is empty" : "a part is empty");
        }

        var value = part.ToString();
        part.Clear();
        return value;
    }

    private static ReflektException Invalid(string text, string option, string why) =>
        new($"Invalid argument '{option} {text}': {why}. The source argument must follow the format: {Form}");
}
