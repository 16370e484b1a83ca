namespace Reflekt.Docs.Model;

/// <summary>A live event the registry server rejected or flagged against a schema (<c>GET /v1/violations</c>).</summary>
/// <param name="SchemaId">The schema the event was checked against.</param>
/// <param name="Pointer">JSON pointer of the offending value, or empty.</param>
/// <param name="Message">What was wrong.</param>
/// <param name="Count">How many events had it.</param>
/// <param name="LastSeen">When it was last seen, as the server wrote it.</param>
public sealed record EventViolation(string SchemaId, string Pointer, string Message, long Count, string? LastSeen);
