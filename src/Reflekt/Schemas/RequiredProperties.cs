using System.Text.Json;

namespace Reflekt.Schemas;

/// <summary>
/// Whether a schema object requires a property, read from its <c>required</c> array in place: the list is a few names,
/// so a scan costs less than building a set per object, and nothing is allocated.
/// </summary>
internal static class RequiredProperties
{
    /// <summary>Whether <paramref name="required"/> (the keyword's value; anything but an array lists nothing) lists <paramref name="name"/>.</summary>
    public static bool Lists(JsonElement required, string name)
    {
        if (required.ValueKind != JsonValueKind.Array)
        {
            return false;
        }

        foreach (var entry in required.EnumerateArray())
        {
            if (entry.ValueKind == JsonValueKind.String && entry.ValueEquals(name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the schema object <paramref name="schema"/> requires its property <paramref name="name"/>.</summary>
    public static bool Of(JsonElement schema, string name) =>
        schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("required"u8, out var required) && Lists(required, name);
}
