namespace Reflekt.Server.Reflection;

/// <summary>What one reflection cycle did: when, why, how many tables, how many failed, or why it failed whole.</summary>
/// <param name="Trigger"><c>schedule</c> or <c>manual</c>.</param>
/// <param name="StartedAt">Start of the cycle.</param>
/// <param name="FinishedAt">End of the cycle.</param>
/// <param name="Tables">Tables reflected (claimed and unclaimed).</param>
/// <param name="FailedTables">Tables whose reflection failed (their snapshots carry the error).</param>
/// <param name="Error">Why the whole cycle failed (e.g. the catalog query), or null.</param>
public sealed record CycleSummary(string Trigger, DateTimeOffset StartedAt, DateTimeOffset FinishedAt, int Tables, int FailedTables, string? Error);
