using System.Text.Json;
using Reflekt.Schemas;

namespace Reflekt.Dbt;

/// <summary>One selected event schema: its id (path under <c>schemas/</c>) and parsed document.</summary>
/// <param name="Id">Schema id, e.g. <c>jaffle_shop/Order_Completed/1-0.json</c>.</param>
/// <param name="Document">The schema document.</param>
/// <param name="DisplayPath">What build logs call the schema (its file path); defaults to the id.</param>
public sealed record DbtSchemaInput(string Id, JsonElement Document, string? DisplayPath = null)
{
    /// <summary>The input for a schema of the catalog.</summary>
    public DbtSchemaInput(EventSchema schema, string? displayPath = null)
        : this(schema.Path, schema.Root, displayPath) => Schema = schema;

    /// <summary>The schema's model (event name, description, metadata); read from <see cref="Document"/> unless given.</summary>
    public EventSchema Schema { get; init; } = EventSchema.Read(Id, Document);
}
