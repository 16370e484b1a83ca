namespace Reflekt.Schemas.Evolution;

/// <summary>One old/new pair and its classified changes.</summary>
public sealed record SchemaComparison(string Old, string New, SchemaComparisonStatus Status, IReadOnlyList<SchemaChange> Changes)
{
    public int BreakingCount => Changes.Count(c => c.IsBreaking);
}
