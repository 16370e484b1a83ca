namespace Reflekt.Json.Schema;

/// <summary>A schema that cannot be compiled, with the JSON pointer of the offending place.</summary>
public sealed class InvalidSchemaException : Exception
{
    public InvalidSchemaException(string schemaLocation, string message)
        : base(schemaLocation.Length == 0 ? message : $"{schemaLocation}: {message}")
    {
        SchemaLocation = schemaLocation;
        Reason = message;
    }

    /// <summary>Where in the schema the problem is (a JSON pointer, or a URI with a pointer fragment for other documents).</summary>
    public string SchemaLocation { get; }

    /// <summary>The problem without the location prefix.</summary>
    public string Reason { get; }
}
