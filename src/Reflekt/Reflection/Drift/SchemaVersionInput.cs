using System.Text.Json;
using Reflekt.Schemas;

namespace Reflekt.Reflection.Drift;

/// <summary>One schema version as drift needs it: its <c>$id</c>, file, event name and parsed document.</summary>
/// <param name="SchemaId">The schema's <c>$id</c>, e.g. <c>segment/ecommerce/Order_Completed/1-0.json</c>.</param>
/// <param name="File">Path of the schema file for diagnostics, or null.</param>
/// <param name="EventName">The event name (<c>self.name</c>), e.g. <c>Order Completed</c>.</param>
/// <param name="Document">The parsed schema.</param>
public sealed record SchemaVersionInput(string SchemaId, string? File, string EventName, JsonElement Document)
{
    /// <summary>The input for a project schema file; a file that does not parse or lacks <c>self.name</c> is bad input.</summary>
    public static SchemaVersionInput From(EventSchemaFile file)
    {
        if (file.ParseError is { } error || file.Schema is not { } schema)
        {
            throw new ReflektException($"{file.FullPath}:{file.ParseError?.Position}: {file.ParseError?.Message}");
        }

        var name = schema.Name
            ?? throw new ReflektException($"{file.FullPath}:{file.PositionOf("")}: schema has no self.name (the event name)");
        return new SchemaVersionInput(schema.Id, Path.Combine("schemas", file.RelativePath), name, schema.Root);
    }
}
