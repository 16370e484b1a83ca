using System.Text.Json;
using System.Text.Json.Nodes;

namespace Reflekt.Server.Violations;

/// <summary>
/// One event as a violation shows it: values of the masked property names (at any depth) replaced by "***",
/// long strings and arrays cut, deep nesting elided — so a sample is small and shows no personal data.
/// </summary>
internal sealed class ViolationSample(IReadOnlySet<string> maskedNames)
{
    public const string Mask = "***";
    private const int MaxString = 200;
    private const int MaxItems = 20;
    private const int MaxDepth = 8;

    /// <summary>The sample's JSON text; null for an event whose text cannot be read back (not valid Unicode).</summary>
    public string? Of(JsonElement message)
    {
        try
        {
            return Copy(message, 0)!.ToJsonString();
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // A lone surrogate (an emoji cut by the client): reading throws InvalidOperationException, writing ArgumentException.
            return null;
        }
    }

    private JsonNode? Copy(JsonElement value, int depth)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                if (depth >= MaxDepth)
                {
                    return JsonValue.Create("…");
                }
                var obj = new JsonObject();
                foreach (var property in value.EnumerateObject())
                {
                    // A duplicate member name keeps its first value, as the validator read it.
                    if (!obj.ContainsKey(property.Name))
                    {
                        obj[property.Name] = maskedNames.Contains(property.Name) ? JsonValue.Create(Mask) : Copy(property.Value, depth + 1);
                    }
                }
                return obj;
            case JsonValueKind.Array:
                if (depth >= MaxDepth)
                {
                    return JsonValue.Create("…");
                }
                var array = new JsonArray();
                foreach (var item in value.EnumerateArray().Take(MaxItems))
                {
                    array.Add(Copy(item, depth + 1));
                }
                if (value.GetArrayLength() > MaxItems)
                {
                    array.Add(JsonValue.Create($"… {value.GetArrayLength() - MaxItems} more"));
                }
                return array;
            case JsonValueKind.String:
                var text = value.GetString()!;
                return JsonValue.Create(text.Length <= MaxString ? text : text[..MaxString] + "…");
            default:
                return JsonNode.Parse(value.GetRawText());
        }
    }
}
