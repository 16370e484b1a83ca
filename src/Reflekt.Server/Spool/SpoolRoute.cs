namespace Reflekt.Server.Spool;

/// <summary>Which Segment source an event goes to: the VALID write key or the INVALID one.</summary>
public enum SpoolRoute : byte
{
    Valid = 0,
    Invalid = 1,
}
