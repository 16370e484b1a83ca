namespace Reflekt.Reflection;

/// <summary>The snapshots one run over a source produced: claimed tables in target order, then unclaimed ones.</summary>
/// <param name="Source">Source key.</param>
/// <param name="At">When the run started.</param>
/// <param name="Claimed">Snapshots of the tables schemas describe, by table name (case-insensitive).</param>
/// <param name="Unclaimed">Snapshots of event tables no schema describes.</param>
public sealed record SourceReflection(
    string Source,
    DateTimeOffset At,
    IReadOnlyDictionary<string, ReflectionSnapshot> Claimed,
    IReadOnlyList<ReflectionSnapshot> Unclaimed);
