using System.Text.Json;
using System.Text.Json.Serialization;

namespace Reflekt.Reflection.Storage;

/// <summary>The one JSON shape of reflection snapshots on disk and over HTTP (snake_case, enums as strings).</summary>
public static class SnapshotJson
{
    /// <summary>Options shared by the store, the CLI's JSON output and the server's endpoints.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            WriteIndented = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
