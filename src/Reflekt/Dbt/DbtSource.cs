namespace Reflekt.Dbt;

/// <summary>The <c>--source &lt;source_id&gt;.&lt;database&gt;.&lt;schema&gt;</c> argument of <c>reflekt build</c>.</summary>
public sealed record DbtSource(string SourceId, string Database, string Schema)
{
    /// <summary>Parses the argument; the schema is the last part and the database everything between.</summary>
    public static DbtSource Parse(string argument)
    {
        var parts = argument.Split('.');
        if (parts.Length < 3 || parts.Any(p => p.Length == 0))
        {
            throw new ReflektException(
                $"Invalid argument '--source {argument}'. source argument must follow the format: <source_id>.<database>.<schema>");
        }

        return new DbtSource(parts[0], string.Join('.', parts[1..^1]), parts[^1]);
    }

    public override string ToString() => $"{SourceId}.{Database}.{Schema}";
}
