using System.Text.Json;
using Reflekt.Dbt;
using Reflekt.Projects;
using Reflekt.Schemas.Naming;
using Reflekt.Warehouses;
using Reflekt.Warehouses.Catalog;
using Reflekt.Warehouses.Sql;

namespace Reflekt.Tests.Dbt;

/// <summary>Small hand-made schemas and catalogs for builder tests.</summary>
internal static class TestSchemas
{
    public static DbtSchemaInput Event(string id, string name, string properties, string metadata = "{}", string description = "An event.", string required = "[]") =>
        new(id, JsonDocument.Parse($$"""
            {"$id": {{JsonSerializer.Serialize(id)}}, "description": {{JsonSerializer.Serialize(description)}},
             "self": {"vendor": "test", "name": {{JsonSerializer.Serialize(name)}}, "format": "jsonschema",
                      "version": "1-0", "metadata": {{metadata}}},
             "type": "object", "properties": {{properties}}, "required": {{required}} }
            """).RootElement);

    /// <summary>The hostile schema: event `select`, quotes, unicode, an `id` property, a `'` in metadata.</summary>
    public static DbtSchemaInput Hostile() => Event(
        "hostile/select/1-0.json",
        "select",
        """
        {"order \"id\"": {"type": "string", "description": "Quoted \"id\" of the order."},
         "prénom": {"type": "string", "description": "Prénom de l'acheteur"},
         "id": {"type": "string", "description": "The event's own id property."},
         "from": {"type": "integer", "description": "A reserved word."},
         "nested": {"type": "object", "properties": {"Deep Value": {"type": "number", "description": "Deep."}}}}
        """,
        """{"owner": "O'Brien", "path": "C:\\temp", "emoji": "café ☕"}""",
        "Selects — it's hostile.");

    public static readonly string[] Standard = ["id", "event", "event_text", "original_timestamp", "sent_at", "received_at", "timestamp", "anonymous_id", "user_id", "context_library_name", "context_page_url"];

    public static CatalogSnapshot Catalog(SqlDialect dialect, string schema, params (string Table, string[] Columns)[] tables) =>
        CatalogSnapshot.FromRows("analytics", schema, dialect.Capabilities,
            tables.SelectMany(t => t.Columns.Select(c => (dialect.Capabilities.Fold(t.Table), dialect.Capabilities.Fold(c), "text"))));

    public static DbtBuildRequest Request(SqlDialect dialect, string schema, DbtSettings? settings = null, WarehouseLayout layout = WarehouseLayout.Segment) =>
        new("Test Project", new SourceAddress("src", "analytics", schema), layout, dialect.Name, dialect, settings ?? DbtSettings.Default);
}
