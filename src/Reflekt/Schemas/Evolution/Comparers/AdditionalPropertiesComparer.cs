using System.Text.Json;

namespace Reflekt.Schemas.Evolution.Comparers;

/// <summary><c>additionalProperties</c>: the schema undeclared properties must pass; false closes the object.</summary>
internal sealed class AdditionalPropertiesComparer : IKeywordComparer
{
    public IReadOnlyList<string> Keywords { get; } = ["additionalProperties"];

    public void Compare(KeywordComparison comparison)
    {
        var oldValue = comparison.OldValue("additionalProperties");
        var newValue = comparison.NewValue("additionalProperties");
        var at = comparison.At("additionalProperties");
        var oldClosed = oldValue is { ValueKind: JsonValueKind.False };
        var newClosed = newValue is { ValueKind: JsonValueKind.False };
        if (newClosed && !oldClosed)
        {
            comparison.Report(SchemaChangeKind.AdditionalPropertiesTightened, at, KeywordComparison.Show(oldValue ?? default(JsonElement?)), "false");
        }
        else if (oldClosed && !newClosed)
        {
            comparison.Report(SchemaChangeKind.AdditionalPropertiesLoosened, at, "false", KeywordComparison.Show(newValue));
        }
        else if (!oldClosed)
        {
            comparison.CompareSubschemas(oldValue, newValue, at);
        }
    }
}
