using Reflekt.Codegen.Shapes;
using Reflekt.Schemas;
using Reflekt.Schemas.Calls;

namespace Reflekt.Codegen;

/// <summary>
/// One function of a generated client: the latest MINOR of one MAJOR of an event, with the shape of the payload it
/// sends (<c>properties</c>, or <c>traits</c> for identify and group). Older MAJORs get a <c>V&lt;M&gt;</c> suffix.
/// </summary>
public sealed record PlannedEvent(EventSchema Schema, string EventName, SchemaVersion Version, bool IsLatestMajor, ObjectShape Payload)
{
    /// <summary>The call the function makes (read once: every generator asks for it several times per event).</summary>
    public CallType CallType { get; } = Schema.CallType;

    /// <summary>The schema id every call carries in its payload as <c>schema_id</c>, so the gateway pins the version.</summary>
    public string SchemaId => Schema.Id;

    /// <summary>The name the function is cased from: the event name, plus <c>V1</c> for an older MAJOR.</summary>
    public string FunctionBaseName => IsLatestMajor ? EventName : $"{EventName} V{Version.Major}";

    /// <summary>True when the caller must pass a payload (some property is required).</summary>
    public bool PayloadRequired { get; } = Payload.Properties.Any(p => p.Required);
}
