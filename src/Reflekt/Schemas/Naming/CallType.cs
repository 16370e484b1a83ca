namespace Reflekt.Schemas.Naming;

/// <summary>The kind of CDP call that produced a row (Segment spec / RudderStack event types).</summary>
public enum CallType
{
    Track,
    Identify,
    Group,
    Page,
    Screen,
}
