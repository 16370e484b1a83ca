namespace Reflekt.Schemas.Naming;

/// <summary>A column the CDP writes on every table of a layout (ids, timestamps, flattened context).</summary>
/// <param name="Name">Warehouse column name, e.g. <c>context_page_url</c>.</param>
/// <param name="Description">What the column holds, used in generated docs.</param>
/// <param name="JsonType">JSON Schema type of the value before loading (<c>string</c>, <c>number</c>, …).</param>
public sealed record StandardColumn(string Name, string Description, string JsonType);
