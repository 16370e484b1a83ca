using System.Text.Json.Nodes;
using Reflekt.Http;
using Reflekt.Registries;
using Reflekt.Testing;

namespace Reflekt.Tests.Registries;

/// <summary>Reads schema files from a schemas/ folder (the shared fixtures, in place) as registry schemas.</summary>
internal static class LocalSchemas
{
    public static string FixtureSchemasDir => SharedFixtures.Path("fixtures", "reflekt-upstream", "schemas");

    public static IReadOnlyList<RegistrySchema> Load(string schemasDir, string select)
    {
        var start = Path.Combine(schemasDir, select);
        var files = Directory.Exists(start)
            ? Directory.EnumerateFiles(start, "*.json", SearchOption.AllDirectories)
            : File.Exists(start + ".json") ? [start + ".json"] : [];
        return files
            .Select(f => Path.GetRelativePath(schemasDir, f).Replace('\\', '/'))
            .Where(id => !id.StartsWith(".reflekt/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(id => File.ReadAllText(Path.Combine(schemasDir, id)) is var text
                ? new RegistrySchema(id, JsonNode.Parse(text)!.AsObject()) { RawText = text }
                : null!)
            .ToList();
    }

    public static RegistrySchema Copy(RegistrySchema schema, string id, string version)
    {
        var doc = (JsonObject)schema.Document.DeepClone();
        doc["$id"] = id;
        doc["self"]!["version"] = version;
        return new RegistrySchema(id, doc);  // no RawText: the copy differs from the file
    }

    public static ResilientHttpOptions FastRetries { get; } = new()
    {
        BaseDelay = TimeSpan.FromMilliseconds(10),
        MaxDelay = TimeSpan.FromMilliseconds(50),
        MaxRetries = 4,
    };
}
