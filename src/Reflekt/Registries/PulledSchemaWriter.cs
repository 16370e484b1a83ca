using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Reflekt.Registries;

/// <summary>
/// Writes pulled schemas under <c>schemas/</c> as upstream does (4-space JSON, non-ASCII kept, trailing newline;
/// a schema that came with its exact text keeps it):
/// every file is rendered and checked first, then written through a temp file and a rename, so a bad id
/// leaves nothing half-written. Never deletes local files.
/// </summary>
public static class PulledSchemaWriter
{
    private static readonly JsonSerializerOptions Format = new()
    {
        WriteIndented = true,
        IndentSize = 4,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The exact text a pulled schema is written as.</summary>
    public static string Render(JsonObject document) => document.ToJsonString(Format) + "\n";

    public static async Task<IReadOnlyList<WrittenFile>> WriteAsync(string schemasDirectory, IReadOnlyList<RegistrySchema> schemas, CancellationToken cancellationToken)
    {
        var root = Path.GetFullPath(schemasDirectory);
        var planned = new List<(string Path, string Text, ChangeKind Kind)>();
        foreach (var schema in schemas.OrderBy(s => s.Id, StringComparer.Ordinal))
        {
            var path = SafePath(root, schema.Id);
            var text = schema.RawText ?? Render(schema.Document);
            var kind = !File.Exists(path) ? ChangeKind.Add
                : await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false) == text ? ChangeKind.Unchanged
                : ChangeKind.Change;
            planned.Add((path, text, kind));
        }

        foreach (var (path, text, kind) in planned.Where(p => p.Kind != ChangeKind.Unchanged))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temp = path + ".reflekt-tmp";
            await File.WriteAllTextAsync(temp, text, new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
            File.Move(temp, path, overwrite: true);
        }

        return planned.Select(p => new WrittenFile(p.Path, p.Kind)).ToList();
    }

    /// <summary>A registry-supplied id must stay inside schemas/: no rooted paths, no "..".</summary>
    private static string SafePath(string root, string id)
    {
        var parts = id.Replace('\\', '/').Split('/');
        if (id.Length == 0 || Path.IsPathRooted(id) || parts.Any(p => p is "" or "." or "..") || !id.EndsWith(".json", StringComparison.Ordinal))
        {
            throw new ReflektException($"Registry returned schema id '{id}', which is not a relative path ending in .json under schemas/.");
        }

        return Path.Combine([root, .. parts]);
    }
}
