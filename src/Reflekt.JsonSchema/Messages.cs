using System.Text.Json;

namespace Reflekt.Json.Schema;

/// <summary>Every message this library produces, in one place: validation failures and schema errors.</summary>
internal static class Messages
{
    // ---- validation failures (prefixed with the instance location by the evaluator) ----------------

    public const string FalseSchema = "no value is allowed here";
    public const string TooDeep = "schema recursion too deep (a $ref cycle that never consumes the instance?)";

    public static string Type(string expected, JsonElement actual) => $"expected {expected}, got {JsonTypeName(actual)} {Value(actual)}";

    /// <summary>The allowed values, listed once at compile time; the offending value is added per failure.</summary>
    public static string EnumValues(IEnumerable<JsonElement> allowed) => $"[{string.Join(", ", allowed.Select(OneLine))}]";

    public static string Enum(JsonElement actual, string allowed) => $"{Value(actual)} is not one of {allowed}";

    public static string Const(JsonElement expected, JsonElement actual) => $"must be {Truncate(OneLine(expected))}, got {Value(actual)}";

    public static string Maximum(string limit, JsonElement actual) => $"must be at most {limit}, got {Value(actual)}";

    public static string ExclusiveMaximum(string limit, JsonElement actual) => $"must be less than {limit}, got {Value(actual)}";

    public static string Minimum(string limit, JsonElement actual) => $"must be at least {limit}, got {Value(actual)}";

    public static string ExclusiveMinimum(string limit, JsonElement actual) => $"must be greater than {limit}, got {Value(actual)}";

    public static string MultipleOf(string divisor, JsonElement actual) => $"must be a multiple of {divisor}, got {Value(actual)}";

    public static string MaxLength(long limit, int actual) => $"must be at most {limit} characters long, got {actual}";

    public static string MinLength(long limit, int actual) => $"must be at least {limit} characters long, got {actual}";

    public static string Pattern(string pattern, JsonElement actual) => $"{Value(actual)} does not match pattern {pattern}";

    public static string Format(string format, JsonElement actual) => $"{Value(actual)} is not a valid {format}";

    public static string Required(string property) => $"missing required property \"{property}\"";

    /// <summary>How a missing property reads in an anyOf/oneOf summary: its would-be location, then "required".</summary>
    public static string RequiredSummary(string objectLocation, string property) =>
        $"{objectLocation}/{property.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)}: required";

    public static string DependentRequired(string property, string dependent) =>
        $"property \"{dependent}\" is required when \"{property}\" is present";

    public static string MaxProperties(long limit, int actual) => $"must have at most {limit} properties, got {actual}";

    public static string MinProperties(long limit, int actual) => $"must have at least {limit} properties, got {actual}";

    public static string AdditionalProperty(string property) => $"property \"{property}\" is not allowed";

    public static string UnevaluatedProperty(string property) => $"property \"{property}\" is not allowed (unevaluated)";

    public static string PropertyName(string property) => $"property name \"{property}\" is not valid";

    public static string MaxItems(long limit, int actual) => $"must have at most {limit} items, got {actual}";

    public static string MinItems(long limit, int actual) => $"must have at least {limit} items, got {actual}";

    public static string UniqueItems(int first, int second) => $"items {first} and {second} are equal; items must be unique";

    public static string AdditionalItem(int index) => $"item {index} is not allowed";

    public static string UnevaluatedItem(int index) => $"item {index} is not allowed (unevaluated)";

    public static string Contains(long min, int actual) => $"must contain at least {min} matching item(s), found {actual}";

    public static string MaxContains(long max, int actual) => $"must contain at most {max} matching item(s), found {actual}";

    /// <summary>anyOf/oneOf with no matching branch: each branch's first error, "[0] /userId: required; [1] …".</summary>
    public static string NoBranchMatched(IEnumerable<string> firstErrors) =>
        "no branch matched: " + string.Join("; ", firstErrors.Select((e, i) => $"[{i}] {e}"));

    /// <summary>The prefix naming where a failure is: the instance's JSON pointer, nothing at the root.</summary>
    public static string At(string instanceLocation) => instanceLocation.Length == 0 ? "" : instanceLocation + ": ";
    public const string AllOf = "does not match all of the required schemas (allOf)";
    public const string Not = "must not match the schema in \"not\"";

    public static string OneOfMany(int first, int second) => $"matches more than one schema in oneOf (#{first} and #{second})";


    // ---- schema errors (InvalidSchemaException) ------------------------------------------------------

    public static string SchemaMustBeObjectOrBoolean(JsonValueKind kind) => $"a schema must be an object or a boolean, got {kind.ToString().ToLowerInvariant()}";

    public static string UnresolvableReference(string reference, string baseUri) => $"cannot resolve $ref \"{reference}\" (base URI {baseUri})";

    public static string BadIdentifier(string id) => $"\"{id}\" is not a valid identifier here";

    public static string UnknownMetaSchema(string uri) => $"unknown meta-schema \"{uri}\" (register it, or use draft-07, 2019-09 or 2020-12)";

    public static string UnknownRequiredVocabulary(string uri) => $"the meta-schema requires vocabulary \"{uri}\", which is not supported";

    public static string MustBeString(string keyword) => $"\"{keyword}\" must be a string";

    public static string MustBeBoolean(string keyword) => $"\"{keyword}\" must be a boolean";

    public static string MustBeNumber(string keyword) => $"\"{keyword}\" must be a number";

    public static string MustBePositiveNumber(string keyword) => $"\"{keyword}\" must be a number greater than 0";

    public static string MustBeNonNegativeInteger(string keyword) => $"\"{keyword}\" must be a non-negative integer";

    public static string MustBeObject(string keyword) => $"\"{keyword}\" must be an object";

    public static string MustBeArray(string keyword) => $"\"{keyword}\" must be an array";

    public static string MustBeStringArray(string keyword) => $"\"{keyword}\" must be an array of strings";

    public static string DuplicateString(string keyword, string item) => $"\"{keyword}\" lists \"{item}\" twice (its items must be unique)";

    public static string MustBeNonEmptySchemaArray(string keyword) => $"\"{keyword}\" must be a non-empty array of schemas";

    public static string BadType(string name) => $"\"{name}\" is not a JSON Schema type (null, boolean, object, array, number, string, integer)";

    public static string BadRegex(string pattern, int offset, string reason) =>
        $"\"{pattern}\" is not a valid ECMA-262 regular expression: {reason} at offset {offset}";

    public static string BadAnchor(string keyword, string name, string pattern) =>
        $"\"{name}\" is not a valid {keyword} name (the meta-schema requires {pattern})";

    public const string InPlaceCycle = "this schema refers back to itself without descending into the instance ($ref loop), so validation would never end";

    public const string RecursiveRefMustBeHash = "\"$recursiveRef\" must be \"#\"";

    // A value quoted in a message stays on one line however the schema was indented: messages are printed one
    // per line by validate and by the registry's validation_errors.
    private static readonly JsonSerializerOptions OneLineOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private const int ValueLimit = 40;

    /// <summary>An instance value quoted in a message: one line, at most 40 characters ("…" marks a cut).</summary>
    public static string Value(JsonElement value) => Truncate(OneLine(value));

    private static string Truncate(string text) => text.Length <= ValueLimit ? text : text[..(ValueLimit - 1)] + "…";

    private static string JsonTypeName(JsonElement value) => Evaluation.JsonText.TypeName(value);

    private static string OneLine(JsonElement value) =>
        value.ValueKind is JsonValueKind.Object or JsonValueKind.Array ? JsonSerializer.Serialize(value, OneLineOptions) : value.GetRawText();
}
