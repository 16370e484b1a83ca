using System.Text.Json;
using Reflekt.Diagnostics;
using Reflekt.Json.Schema;
using Reflekt.Schemas;
using Reflekt.Validation;

namespace Reflekt.Server.Validation;

/// <summary>
/// Turns schema text into a <see cref="SchemaEntry"/>: parse, check against its draft's meta-schema, compile.
/// Problems come back as diagnostics (pointer + message) for the schema API, never as a crash.
/// </summary>
internal static class SchemaCompilation
{
    private static Diagnostic Problem(string pointer, string message) =>
        ValidationRules.Finding(ValidationRules.InvalidSchema, message, pointer);

    public static (SchemaEntry? Entry, IReadOnlyList<Diagnostic> Problems) Compile(string id, string text, FormatPolicy formats)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException exception)
        {
            return (null, [Problem("", $"not valid JSON: {exception.Message}")]);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind is not (JsonValueKind.Object or JsonValueKind.True or JsonValueKind.False))
            {
                return (null, [Problem("", "a schema must be a JSON object or boolean")]);
            }
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("$id", out var declared)
                && declared.ValueKind == JsonValueKind.String && declared.GetString() != id)
            {
                return (null, [Problem("/$id", $"\"$id\" is \"{declared.GetString()}\" but the schema is stored as \"{id}\"")]);
            }
            var draft = DraftOf(root);
            var metaResult = JsonSchema.MetaSchema(draft).Validate(root);
            if (!metaResult.IsValid)
            {
                return (null, metaResult.Errors.Select(e => Problem(e.InstanceLocation, e.Message)).ToList());
            }
            var kept = root.Clone();
            JsonSchema compiled;
            try
            {
                compiled = EventSchemaCompiler.Compile(kept, formats);
            }
            catch (InvalidSchemaException exception)
            {
                return (null, [Problem(exception.SchemaLocation, exception.Message)]);
            }
            return (new SchemaEntry(EventSchema.Read(id, kept), text, new CompiledEventSchema(compiled)), []);
        }
    }

    /// <summary>The problems of a schema text against the project's meta-schema, with pointers into the schema.</summary>
    public static IReadOnlyList<Diagnostic> CheckProjectMetaSchema(string text, JsonSchema projectMetaSchema)
    {
        using var document = JsonDocument.Parse(text);
        var result = projectMetaSchema.Validate(document.RootElement);
        return result.IsValid
            ? []
            : result.Errors.OrderBy(e => e.InstanceLocation, StringComparer.Ordinal)
                .Select(e => Problem(e.InstanceLocation, $"does not satisfy the project meta-schema: {e.Message}")).ToList();
    }

    private static Draft DraftOf(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("$schema", out var uri) && uri.ValueKind == JsonValueKind.String)
        {
            var text = uri.GetString()!;
            if (text.Contains("2020-12", StringComparison.Ordinal))
            {
                return Draft.Draft202012;
            }
            if (text.Contains("2019-09", StringComparison.Ordinal))
            {
                return Draft.Draft201909;
            }
        }
        return Draft.Draft07;
    }
}
