using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Reflekt.Json.Schema.Evaluation;

namespace Reflekt.JsonSchema.Tests.Differential;

/// <summary>
/// The ajv 8 bugs the differential test accepts, each with the spec section ajv breaks and a check that
/// recognises it from the pair (and ajv's verdict) alone, so an unrelated disagreement is never excused.
/// </summary>
internal static class KnownAjvDifferences
{
    public sealed record Difference(string Id, string SpecSection, Func<JsonNode, JsonNode?, string, bool> Applies);

    public static readonly Difference[] All =
    [
        // ajv's code generator throws a TypeError compiling some valid schemas (property-tracking inside oneOf/if).
        new("ajv-compile-crash",
            "JSON Schema Core 2020-12 §4.3 (the schema is valid against the meta-schema, so it must compile)",
            (_, _, ajv) => ajv.StartsWith("invalid schema: Cannot ", StringComparison.Ordinal)),

        // ajv checks multipleOf as `x / m === parseInt(x / m)` in doubles: 19.99 / 0.01 is 1998.9999999999998, and
        // parseInt("2e+21") is 2, so 19.99 is "not a multiple of 0.01" and 1e30 "not a multiple of 0.5".
        new("ajv-multipleOf-in-floating-point",
            "JSON Schema Validation 2020-12 §6.2.1 (multipleOf: valid if the division results in an integer)",
            (schema, instance, ajv) => Validated(ajv)
                && Values(schema, "multipleOf").Any(m => Numbers(instance).Any(x => AjvMultipleOf(x, m) != ExactMultipleOf(x, m)))),

        // ajv reads instances and schemas with JSON.parse, so 9007199254740993 becomes 9007199254740992.
        new("ajv-numbers-are-doubles",
            "JSON Schema Core 2020-12 §4.2.1 (a number is an arbitrary-precision, base-10 decimal value)",
            (schema, instance, ajv) => Validated(ajv)
                && Numbers(schema).Concat(Numbers(instance)).Any(n => !SurvivesDouble(n))),

        // ajv-formats' uri-reference regex accepts a relative reference whose first segment holds a ':' ("::1").
        new("ajv-formats-uri-reference-colon-in-first-segment",
            "RFC 3986 §4.2 (relative-ref: path-noscheme's first segment has no ':'), JSON Schema Validation 2020-12 §7.3.5",
            (schema, instance, ajv) => Validated(ajv)
                && Values(schema, "format").Any(f => f.GetValue<string>() == "uri-reference")
                && Strings(instance).Any(IsColonFirstSegmentRelativeReference)),
    ];

    // The pair got a verdict from ajv (not a schema error), so the difference is about validation.
    private static bool Validated(string ajvVerdict) => !ajvVerdict.StartsWith("invalid schema", StringComparison.Ordinal);

    public static Difference? Explain(JsonNode schema, JsonNode? instance, string ajvVerdict) =>
        All.FirstOrDefault(d => d.Applies(schema, instance, ajvVerdict));

    private static bool AjvMultipleOf(JsonNode x, JsonNode m)
    {
        var quotient = double.Parse(x.ToJsonString(), CultureInfo.InvariantCulture) / double.Parse(m.ToJsonString(), CultureInfo.InvariantCulture);
        return double.IsFinite(quotient) && Math.Abs(quotient) < 1e21 && quotient == Math.Truncate(quotient);
    }

    private static bool ExactMultipleOf(JsonNode x, JsonNode m) => Exact(x).IsMultipleOf(Exact(m));

    private static bool SurvivesDouble(JsonNode number)
    {
        var text = number.ToJsonString();
        var roundTrip = double.Parse(text, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture);
        return double.IsFinite(double.Parse(text, CultureInfo.InvariantCulture)) && Exact(text).CompareTo(Exact(roundTrip)) == 0;
    }

    private static bool IsColonFirstSegmentRelativeReference(string value)
    {
        var end = value.IndexOfAny(['/', '?', '#']);
        var first = end < 0 ? value : value[..end];
        return first.Contains(':') && !(first.Length > 0 && char.IsAsciiLetter(first[0]) && first[..first.IndexOf(':')].All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.'));
    }

    private static ExactNumber Exact(JsonNode number) => Exact(number.ToJsonString());

    private static ExactNumber Exact(string text) => ExactNumber.Parse(Encoding.UTF8.GetBytes(text.Replace("E+", "e", StringComparison.Ordinal).Replace("E", "e", StringComparison.Ordinal)));

    // Every value of a keyword anywhere in a schema (a property named like a keyword may match too: harmless here).
    private static IEnumerable<JsonNode> Values(JsonNode? node, string keyword) => node switch
    {
        JsonObject obj => obj.SelectMany(p => (p.Key == keyword && p.Value is not null ? [p.Value] : Enumerable.Empty<JsonNode>()).Concat(Values(p.Value, keyword))),
        JsonArray array => array.SelectMany(item => Values(item, keyword)),
        _ => [],
    };

    private static IEnumerable<JsonNode> Numbers(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => Numbers(p.Value)),
        JsonArray array => array.SelectMany(Numbers),
        JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.Number => [value],
        _ => [],
    };

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => Strings(p.Value)),
        JsonArray array => array.SelectMany(Strings),
        JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.String => [value.GetValue<string>()],
        _ => [],
    };
}
