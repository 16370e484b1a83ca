namespace Reflekt.Projects;

/// <summary>The project's <c>schemas.conventions</c>: naming for events and properties, allowed data types.</summary>
public sealed record SchemaConventions(NamingConvention Event, NamingConvention Property, IReadOnlyList<string> DataTypes)
{
    /// <summary>Every data type the conventions may allow, in upstream's order.</summary>
    public static IReadOnlyList<string> AllDataTypes { get; } =
        ["string", "integer", "number", "boolean", "object", "array", "any", "null"];

    /// <summary>Upstream's defaults (written by <c>reflekt init</c>).</summary>
    public static SchemaConventions Default { get; } = new(NamingConvention.Default, NamingConvention.Default, AllDataTypes);
}
