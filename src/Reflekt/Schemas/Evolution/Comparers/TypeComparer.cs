using System.Text.Json;

namespace Reflekt.Schemas.Evolution.Comparers;

/// <summary><c>type</c>: dropping a type rejects its values; integer → number widens (an integer is a number).</summary>
internal sealed class TypeComparer : IKeywordComparer
{
    public IReadOnlyList<string> Keywords { get; } = ["type"];

    public void Compare(KeywordComparison comparison)
    {
        var oldValue = comparison.OldValue("type");
        var newValue = comparison.NewValue("type");
        var oldTypes = Types(oldValue);
        var newTypes = Types(newValue);
        var at = comparison.At("type");
        var (shownOld, shownNew) = (KeywordComparison.Show(oldValue), KeywordComparison.Show(newValue));
        if (oldTypes is null)
        {
            comparison.Report(SchemaChangeKind.TypeAdded, at, shownOld, shownNew);
            return;
        }
        if (newTypes is null)
        {
            comparison.Report(SchemaChangeKind.TypeRemoved, at, shownOld, shownNew);
            return;
        }
        var removed = oldTypes.Any(t => !newTypes.Contains(t) && !(t == "integer" && newTypes.Contains("number")));
        if (removed)
        {
            comparison.Report(SchemaChangeKind.TypeNarrowed, at, shownOld, shownNew);
        }
        else if (newTypes.Any(t => !oldTypes.Contains(t)))
        {
            comparison.Report(SchemaChangeKind.TypeWidened, at, shownOld, shownNew);
        }
    }

    private static HashSet<string>? Types(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.String } single => [single.GetString()!],
        { ValueKind: JsonValueKind.Array } many => many.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!).ToHashSet(),
        _ => null,
    };
}
