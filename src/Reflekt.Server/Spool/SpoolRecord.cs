namespace Reflekt.Server.Spool;

/// <summary>A record read back from the spool, with the position just after it (what to commit once it is delivered).</summary>
internal readonly record struct SpoolRecord(SpoolEntry Entry, SpoolPosition Next);
