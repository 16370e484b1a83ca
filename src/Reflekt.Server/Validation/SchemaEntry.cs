using System.Text.Json;

namespace Reflekt.Server.Validation;

/// <summary>A served schema: its `$id`, event name, version, source text and compiled validator.</summary>
internal sealed record SchemaEntry(string Id, string? EventName, int Major, int Minor, string Text, CompiledEventSchema Validator)
{
    /// <summary>Key for event-name lookup: case-insensitive, with `_` and spaces treated alike (`Order_Completed` = `Order Completed`).</summary>
    public static string NameKey(string name) => name.Replace('_', ' ').Trim().ToUpperInvariant();

    /// <summary>Reads the name (`self.name`, else the folder before the version file) and version (`MAJOR-MINOR.json`).</summary>
    public static (string? Name, int Major, int Minor) Describe(string id, JsonElement document)
    {
        string? name = null;
        if (document.ValueKind == JsonValueKind.Object
            && document.TryGetProperty("self", out var self) && self.ValueKind == JsonValueKind.Object
            && self.TryGetProperty("name", out var selfName) && selfName.ValueKind == JsonValueKind.String)
        {
            name = selfName.GetString();
        }
        var segments = id.Split('/');
        if (name is null && segments.Length >= 2)
        {
            name = segments[^2];
        }
        var file = Path.GetFileNameWithoutExtension(segments[^1]);
        var dash = file.IndexOf('-', StringComparison.Ordinal);
        var major = 0;
        var minor = 0;
        if (dash > 0)
        {
            _ = int.TryParse(file[..dash], System.Globalization.CultureInfo.InvariantCulture, out major);
            _ = int.TryParse(file[(dash + 1)..], System.Globalization.CultureInfo.InvariantCulture, out minor);
        }
        return (name, major, minor);
    }
}
