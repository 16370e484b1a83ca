namespace Reflekt.Server.Spool;

/// <summary>One message as it will be forwarded: its route and its final JSON bytes.</summary>
internal readonly record struct SpoolEntry(SpoolRoute Route, ReadOnlyMemory<byte> Json);
