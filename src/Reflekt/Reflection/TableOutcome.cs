namespace Reflekt.Reflection;

/// <summary>The result of reflecting one table: an observation, or the error of its last attempt.</summary>
public sealed record TableOutcome(string Table, TableReflection? Observed, string? Error);
