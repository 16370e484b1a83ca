using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Reflekt.Dbt;

/// <summary>
/// The package's record of the files Reflekt generated (<c>.reflekt/manifest.json</c>): each file's SHA-256 and the
/// schema that produced it. A rebuild prunes what it no longer produces and recognises a file a person edited.
/// </summary>
public sealed class DbtManifest
{
    /// <summary>Where the manifest lives inside the package.</summary>
    public const string Path = ".reflekt/manifest.json";

    private readonly SortedDictionary<string, DbtManifestEntry> _files;

    public DbtManifest(IEnumerable<KeyValuePair<string, DbtManifestEntry>> files) =>
        _files = new SortedDictionary<string, DbtManifestEntry>(files.ToDictionary(), StringComparer.Ordinal);

    /// <summary>Generated files by package-relative path.</summary>
    public IReadOnlyDictionary<string, DbtManifestEntry> Files => _files;

    /// <summary>The hex SHA-256 of the bytes a file's text is written as.</summary>
    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(DbtPackage.Encode(text)));

    /// <summary>The manifest of a package's files, or null when the package has none (built before manifests).</summary>
    /// <exception cref="ReflektException">The manifest is not the JSON Reflekt writes (names the file and line).</exception>
    public static DbtManifest? Read(IReadOnlyDictionary<string, string> packageFiles)
    {
        if (!packageFiles.TryGetValue(Path, out var text))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            var files = new List<KeyValuePair<string, DbtManifestEntry>>();
            foreach (var file in document.RootElement.GetProperty("files").EnumerateObject())
            {
                var schema = file.Value.TryGetProperty("schema", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
                files.Add(new(file.Name, new DbtManifestEntry(file.Value.GetProperty("sha256").GetString()!, schema)));
            }

            return new DbtManifest(files);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            var line = e is JsonException { LineNumber: { } n } ? n + 1 : 1;
            throw new ReflektException($"{Path}:{line}: not a Reflekt dbt manifest ({FirstSentence(e.Message)}); delete the package folder to rebuild it from scratch.", e);
        }
    }

    /// <summary>The manifest as written: sorted, indented, one line per field, so rebuilds are byte-identical.</summary>
    public string Render()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("generator", "reflekt");
            writer.WriteStartObject("files");
            foreach (var (path, entry) in _files)
            {
                writer.WriteStartObject(path);
                writer.WriteString("sha256", entry.Sha256);
                if (entry.SchemaId is { } schema)
                {
                    writer.WriteString("schema", schema);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static string FirstSentence(string message) => message.Split(". ")[0].TrimEnd('.');
}

/// <summary>One generated file: the hash of what Reflekt wrote and the schema it was built from (null: the package's own).</summary>
public sealed record DbtManifestEntry(string Sha256, string? SchemaId);
