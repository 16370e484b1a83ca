namespace Reflekt.Schemas.Evolution.Comparers;

/// <summary><c>dependentSchemas</c>: the schema applied when a property is present; absent accepts everything.</summary>
internal sealed class DependentSchemasComparer : IKeywordComparer
{
    public IReadOnlyList<string> Keywords { get; } = ["dependentSchemas"];

    public void Compare(KeywordComparison comparison)
    {
        foreach (var (key, oldSchema, newSchema) in Dependencies.Keys(comparison.OldValue("dependentSchemas"), comparison.NewValue("dependentSchemas")))
        {
            comparison.CompareSubschemas(oldSchema, newSchema, comparison.At("dependentSchemas", key));
        }
    }
}
