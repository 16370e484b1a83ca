using System.Text.Json;

namespace Reflekt.Schemas.Evolution.Comparers;

/// <summary><c>enum</c>: each removed value rejects the events that used it; added values only accept more.</summary>
internal sealed class EnumComparer : IKeywordComparer
{
    public IReadOnlyList<string> Keywords { get; } = ["enum"];

    public void Compare(KeywordComparison comparison)
    {
        var oldValue = comparison.OldValue("enum");
        var newValue = comparison.NewValue("enum");
        var at = comparison.At("enum");
        if (oldValue is not { ValueKind: JsonValueKind.Array } oldEnum)
        {
            comparison.Report(SchemaChangeKind.EnumAdded, at, KeywordComparison.Show(oldValue), KeywordComparison.Show(newValue));
            return;
        }
        if (newValue is not { ValueKind: JsonValueKind.Array } newEnum)
        {
            comparison.Report(SchemaChangeKind.EnumRemoved, at, KeywordComparison.Show(oldValue), KeywordComparison.Show(newValue));
            return;
        }
        foreach (var value in oldEnum.EnumerateArray().Where(v => !newEnum.EnumerateArray().Any(n => JsonElement.DeepEquals(n, v))))
        {
            comparison.Report(SchemaChangeKind.EnumValueRemoved, at, KeywordComparison.Show(value), null);
        }
        foreach (var value in newEnum.EnumerateArray().Where(v => !oldEnum.EnumerateArray().Any(o => JsonElement.DeepEquals(o, v))))
        {
            comparison.Report(SchemaChangeKind.EnumValueAdded, at, null, KeywordComparison.Show(value));
        }
    }
}
