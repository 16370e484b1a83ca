namespace Reflekt.Schemas.Calls;

/// <summary>The kind of Segment call (Segment spec; RudderStack uses the same event types).</summary>
/// <remarks>The one call-type enum of the solution: validation, the server and warehouse naming all use it.</remarks>
public enum CallType
{
    Track,
    Identify,
    Group,
    Page,
    Screen,
    Alias,
}
