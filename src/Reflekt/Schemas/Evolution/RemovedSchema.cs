namespace Reflekt.Schemas.Evolution;

/// <summary>A schema file gone since the base ref: breaking when it was the last file of its MAJOR, since producers of that MAJOR lose their schema.</summary>
public static class RemovedSchema
{
    /// <param name="reference">The base ref.</param>
    /// <param name="name">The removed file as shown (<c>schemas/…</c>).</param>
    /// <param name="remaining">Relative paths (under schemas/) of every schema file that still exists.</param>
    /// <param name="relativePath">The removed file's path under schemas/.</param>
    public static SchemaComparison Compare(string reference, string name, IReadOnlyList<string> remaining, string relativePath)
    {
        var folder = Path.GetDirectoryName(relativePath)?.Replace('\\', '/') ?? "";
        var major = SchemaVersion.Parse(Path.GetFileNameWithoutExtension(relativePath))?.Major;
        var sibling = major is null
            ? null
            : remaining.FirstOrDefault(r => (Path.GetDirectoryName(r)?.Replace('\\', '/') ?? "") == folder
                && SchemaVersion.Parse(Path.GetFileNameWithoutExtension(r))?.Major == major);
        var majorText = major is { } m ? $"MAJOR {m}" : "MAJOR";
        var change = sibling is null
            ? SchemaChangeKind.MajorRemoved.At("", majorText, null)
            : SchemaChangeKind.VersionRemoved.At("", majorText, "schemas/" + sibling);
        return new SchemaComparison($"{reference}:{name}", name, SchemaComparisonStatus.Removed, [change]);
    }
}
