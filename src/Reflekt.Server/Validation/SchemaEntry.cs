using Reflekt.Schemas;
using Reflekt.Schemas.Calls;

namespace Reflekt.Server.Validation;

/// <summary>A served schema: its model (`$id`, event name, version, call type), source text and compiled validator.</summary>
internal sealed record SchemaEntry(EventSchema Schema, string Text, CompiledEventSchema Validator)
{
    /// <summary>The id the schema is stored under (its path under schemas/).</summary>
    public string Id => Schema.Path;

    /// <summary>The event name: `self.name`, else the folder before the version file (`plan/Signed_Up/1-0.json` → `Signed_Up`).</summary>
    public string? EventName { get; } = Schema.Name ?? FolderName(Schema.Path);

    /// <summary>The call the schema describes, judged by <see cref="EventName"/> like warehouse naming does.</summary>
    public CallType CallType => EventName is null ? CallType.Track : CallTypes.OfEventName(EventName);

    /// <summary>MAJOR of the file name's version (0 when the name has none).</summary>
    public int Major => Schema.FileVersion?.Major ?? 0;

    /// <summary>MINOR of the file name's version (0 when the name has none).</summary>
    public int Minor => Schema.FileVersion?.Minor ?? 0;

    /// <summary>Key for event-name lookup: case-insensitive, with `_` and spaces treated alike (`Order_Completed` = `Order Completed`).</summary>
    public static string NameKey(string name) => name.Replace('_', ' ').Trim().ToUpperInvariant();

    private static string? FolderName(string id)
    {
        var segments = id.Split('/');
        return segments.Length >= 2 ? segments[^2] : null;
    }
}
