using Reflekt.Diagnostics;
using Reflekt.Json.Schema;

namespace Reflekt.Validation;

/// <summary>
/// The findings of event validation — `reflekt validate` and the registry server's routing — as
/// <see cref="Diagnostic"/>s with stable ids, so both say the same thing about the same event.
/// </summary>
public static class ValidationRules
{
    /// <summary>The event breaks its schema (one finding per failing keyword).</summary>
    public const string SchemaViolation = "RV001";

    /// <summary>The document is not JSON.</summary>
    public const string NotJson = "RV002";

    /// <summary>The document is not a Segment call (not an object, or no call type can be read).</summary>
    public const string NotACall = "RV003";

    /// <summary>A string in the event is not valid Unicode (a lone surrogate, invalid UTF-8).</summary>
    public const string NotUnicode = "RV004";

    /// <summary>The event names nobody: neither <c>userId</c> nor <c>anonymousId</c>.</summary>
    public const string NoIdentity = "RV005";

    /// <summary>The event pins, with <c>schema_id</c>, a schema that is not known.</summary>
    public const string UnknownSchema = "RV006";

    /// <summary>No schema describes the event.</summary>
    public const string NoSchema = "RV007";

    /// <summary>A schema sent to the registry is not one: not JSON, fails its meta-schema, or its <c>$id</c> disagrees.</summary>
    public const string InvalidSchema = "RV008";

    /// <summary>The engine's errors, each at its pointer in the event: <paramref name="payloadPointer"/> (<c>/properties</c>) is prefixed.</summary>
    public static IReadOnlyList<Diagnostic> Violations(ValidationResult result, string payloadPointer = "") =>
        result.Errors
            .Select(e => new Diagnostic(SchemaViolation, Severity.Error, e.Reason, Pointer: payloadPointer + e.InstanceLocation, SchemaLocation: e.KeywordLocation))
            .ToList();

    /// <summary>A finding about the event as a whole or at <paramref name="pointer"/>.</summary>
    public static Diagnostic Finding(string ruleId, string message, string pointer = "") =>
        new(ruleId, Severity.Error, message, Pointer: pointer);
}
