using System.Globalization;

namespace Reflekt.Schemas;

/// <summary>A Reflekt <c>MAJOR-MINOR</c> schema version such as <c>1-0</c>, as in file names and <c>self.version</c>.</summary>
public readonly record struct SchemaVersion(int Major, int Minor) : IComparable<SchemaVersion>
{
    /// <summary>Parses <c>2-1</c>; null when the text is not a MAJOR-MINOR pair of non-negative integers.</summary>
    public static SchemaVersion? Parse(string? text)
    {
        if (text is null)
        {
            return null;
        }
        var dash = text.IndexOf('-');
        return dash > 0
            && int.TryParse(text.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            && int.TryParse(text.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var minor)
            ? new SchemaVersion(major, minor)
            : null;
    }

    /// <summary>The version in a file name such as <c>shop/Order_Completed/1-2.json</c>.</summary>
    public static SchemaVersion? FromFileName(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        return name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? Parse(name[..^".json".Length]) : null;
    }

    public int CompareTo(SchemaVersion other) =>
        Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Major}-{Minor}");
}
