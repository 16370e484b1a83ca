using Reflekt.Warehouses.Sql;

namespace Reflekt.Reflection.Drift;

/// <summary>Whether a warehouse column's normalised type can hold what a JSON Schema type declares.</summary>
/// <remarks>
/// Loaders type a column from the first value they see and stringify arrays (contracts.md §4.3, §4.5), and
/// they detect ISO timestamps inside strings, so a string property may land as a timestamp column. An
/// integer property in a float column loses nothing; a number property in an integer column does.
/// </remarks>
public static class TypeCompatibility
{
    /// <summary>True when a column of type <paramref name="actual"/> fits a property of <paramref name="jsonTypes"/>.</summary>
    public static bool Fits(IReadOnlyList<string> jsonTypes, string? format, NormalizedType actual, bool booleansAsIntegers = false) =>
        jsonTypes.Count == 0 || actual == NormalizedType.Other
        || jsonTypes.Any(t => Fits(t, format, actual) || (booleansAsIntegers && t == "boolean" && actual == NormalizedType.Integer));

    /// <summary>The JSON Schema types as written in a message, e.g. <c>integer|string</c>.</summary>
    public static string Describe(IReadOnlyList<string> jsonTypes, string? format) =>
        string.Join('|', jsonTypes) + (format is null ? "" : $" ({format})");

    private static bool Fits(string jsonType, string? format, NormalizedType actual) => jsonType switch
    {
        "string" => actual is NormalizedType.String or NormalizedType.Timestamp or NormalizedType.Date
            || (actual is NormalizedType.Json && format is null),
        "integer" => actual is NormalizedType.Integer or NormalizedType.Number,
        "number" => actual is NormalizedType.Number,
        "boolean" => actual is NormalizedType.Boolean,
        "array" or "object" => actual is NormalizedType.String or NormalizedType.Json,
        _ => true,
    };
}
