using Reflekt.Json.Schema;
using Reflekt.Linting.Rules;
using Reflekt.Schemas;

namespace Reflekt.Linting;

/// <summary>The project's meta-schema (schemas/.reflekt/meta/1-0.json) compiled once; upstream's default when there is none.</summary>
public static class ProjectMetaSchema
{
    /// <exception cref="ReflektException">The meta-schema file is not JSON or not a valid JSON Schema.</exception>
    public static JsonSchema? Compile(SchemaCatalog catalog)
    {
        if (catalog.MetaSchema is not { } meta)
        {
            return null;
        }
        if (meta.Root is not { } root)
        {
            throw new ReflektException($"{meta.FullPath}:{meta.ParseError!.Position}: meta-schema is not valid JSON: {meta.ParseError.Message}");
        }
        try
        {
            return MetaSchemaRule.Compile(root);
        }
        catch (InvalidSchemaException e)
        {
            var position = meta.PositionOf(e.SchemaLocation);
            throw new ReflektException($"{meta.FullPath}:{position}: meta-schema is not a valid JSON Schema: {e.Message}");
        }
    }
}
