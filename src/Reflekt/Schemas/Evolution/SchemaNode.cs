using System.Text.Json;

namespace Reflekt.Schemas.Evolution;

/// <summary>A (sub-)schema and the document it lives in, so a <c>$ref</c> inside it resolves against the right root.</summary>
internal readonly record struct SchemaNode(JsonElement Element, JsonElement Root, SchemaReferences References);
