using System.Text.Json.Nodes;

namespace Reflekt.Testing.StandIns;

/// <summary>One request as a stand-in received it, for tests that assert the exact calls made.</summary>
public sealed record RecordedRequest(string Method, string Path, string Query, string? Authorization, string Body)
{
    /// <summary>"METHOD /path" — the shape most assertions compare.</summary>
    public string Line => $"{Method} {Path}";

    public JsonNode? Json => Body.Length == 0 ? null : JsonNode.Parse(Body);

    /// <summary>Decoded query parameters in order, e.g. ("pagination[count]", "200").</summary>
    public IReadOnlyList<KeyValuePair<string, string>> QueryParameters =>
        Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Select(kv => KeyValuePair.Create(Uri.UnescapeDataString(kv[0]), kv.Length > 1 ? Uri.UnescapeDataString(kv[1].Replace('+', ' ')) : ""))
            .ToList();
}
