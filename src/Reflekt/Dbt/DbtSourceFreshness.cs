namespace Reflekt.Dbt;

/// <summary>dbt source freshness: which column says when a row was loaded, and when to warn or fail.</summary>
/// <param name="LoadedAtField">Column compared with the current time (Segment: <c>received_at</c>).</param>
/// <param name="WarnAfter">Age that makes <c>dbt source freshness</c> warn, or null.</param>
/// <param name="ErrorAfter">Age that makes it fail, or null.</param>
/// <param name="Filter">Optional SQL condition limiting the rows inspected.</param>
public sealed record DbtSourceFreshness(
    string LoadedAtField,
    DbtFreshnessThreshold? WarnAfter,
    DbtFreshnessThreshold? ErrorAfter,
    string? Filter = null);

/// <summary>A freshness age: <c>count</c> units of <c>period</c> (<c>minute</c>, <c>hour</c> or <c>day</c>).</summary>
public sealed record DbtFreshnessThreshold(int Count, string Period);
