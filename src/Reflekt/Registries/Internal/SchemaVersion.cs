namespace Reflekt.Registries.Internal;

/// <summary>A schema's MAJOR-MINOR version as integers, read from <c>self.version</c> or the file name.</summary>
internal readonly record struct SchemaVersion(int Major, int Minor)
{
    public static SchemaVersion Of(RegistrySchema schema)
    {
        var parts = schema.Version.Split('-');
        if (parts.Length == 2 && int.TryParse(parts[0], out var major) && int.TryParse(parts[1], out var minor) && major >= 1 && minor >= 0)
        {
            return new SchemaVersion(major, minor);
        }

        throw new ReflektException($"schemas/{schema.Id}: version '{schema.Version}' is not MAJOR-MINOR (e.g. 1-0).");
    }

    public override string ToString() => $"{Major}-{Minor}";
}
