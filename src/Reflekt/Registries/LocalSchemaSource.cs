using System.Text.Json.Nodes;
using Reflekt.Schemas;

namespace Reflekt.Registries;

/// <summary>Turns catalog files into registry schemas; a file that does not parse stops the push before any request.</summary>
public static class LocalSchemaSource
{
    public static IReadOnlyList<RegistrySchema> From(IEnumerable<EventSchemaFile> files)
    {
        var result = new List<RegistrySchema>();
        foreach (var file in files)
        {
            if (file.ParseError is { } error)
            {
                throw new ReflektException($"schemas/{file.RelativePath}:{error.Position}: {error.Message}");
            }

            if (JsonNode.Parse(file.Text) is not JsonObject document)
            {
                throw new ReflektException($"schemas/{file.RelativePath}:1:1: a schema must be a JSON object.");
            }

            result.Add(new RegistrySchema(file.RelativePath.Replace('\\', '/'), document) { RawText = file.Text });
        }

        return result;
    }
}
