using Reflekt.Json.Schema;
using Reflekt.Schemas;

namespace Reflekt.Validation;

/// <summary>Finds and compiles the schema `reflekt validate --schema` names: a schema id of the catalog, or a file.</summary>
public static class ValidationSchemaLoader
{
    private static readonly Uri SchemasBase = new("https://reflekt.invalid/schemas/");

    /// <exception cref="ReflektException">Nothing found, not JSON, or not a valid JSON Schema.</exception>
    public static JsonSchema Load(string idOrFile, SchemaCatalog? catalog, string workingDirectory, FormatPolicy formats)
    {
        var id = SchemaSelection.Normalize(idOrFile);
        var file = catalog?.Find(id + ".json") ?? catalog?.Find(id);
        if (file is null)
        {
            var path = Path.GetFullPath(idOrFile, workingDirectory);
            if (!File.Exists(path))
            {
                throw new ReflektException($"--schema {idOrFile}: no schema with this id under schemas/ and no such file");
            }
            file = EventSchemaFile.Load(path, Path.GetFileName(path));
        }
        var root = file.RequireRoot();
        try
        {
            // A synthetic absolute base: Reflekt $ids are relative paths under schemas/.
            return EventSchemaCompiler.Compile(root, formats, new Uri(SchemasBase, file.RelativePath));
        }
        catch (InvalidSchemaException e)
        {
            throw new ReflektException($"{file.FullPath}:{file.PositionOf(e.SchemaLocation)}: not a valid JSON Schema: {e.Message}");
        }
    }
}
