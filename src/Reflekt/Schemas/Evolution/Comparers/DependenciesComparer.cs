using System.Text.Json;

namespace Reflekt.Schemas.Evolution.Comparers;

/// <summary>Draft 7 <c>dependencies</c>: a name list (as dependentRequired) or a schema (as dependentSchemas) per key.</summary>
internal sealed class DependenciesComparer : IKeywordComparer
{
    public IReadOnlyList<string> Keywords { get; } = ["dependencies"];

    public void Compare(KeywordComparison comparison)
    {
        foreach (var (key, oldValue, newValue) in Dependencies.Keys(comparison.OldValue("dependencies"), comparison.NewValue("dependencies")))
        {
            var at = comparison.At("dependencies", key);
            var oldIsList = oldValue is null or { ValueKind: JsonValueKind.Array };
            var newIsList = newValue is null or { ValueKind: JsonValueKind.Array };
            if (oldIsList && newIsList)
            {
                Dependencies.CompareRequired(comparison, key, oldValue, newValue, at);
            }
            else if (!oldIsList && !newIsList || oldValue is null || newValue is null)
            {
                comparison.CompareSubschemas(oldValue, newValue, at);
            }
            else
            {
                comparison.Report(SchemaChangeKind.NotAnalysed, at, KeywordComparison.Show(oldValue), KeywordComparison.Show(newValue));
            }
        }
    }
}
