using System.Text.Json;

namespace Reflekt.Schemas.Evolution.Comparers;

/// <summary>
/// <c>$ref</c> beside other keywords: compared by what each side points to, even when the text is the same
/// (the target may have changed). A schema that is only a <c>$ref</c> is dereferenced before keywords are compared.
/// </summary>
internal sealed class RefComparer : IKeywordComparer
{
    public IReadOnlyList<string> Keywords { get; } = ["$ref"];

    public bool RunsWhenEqual => true;

    public void Compare(KeywordComparison comparison)
    {
        var oldRef = comparison.OldValue("$ref");
        var newRef = comparison.NewValue("$ref");
        var at = comparison.At("$ref");
        if (oldRef is { ValueKind: not JsonValueKind.String } || newRef is { ValueKind: not JsonValueKind.String })
        {
            comparison.Report(SchemaChangeKind.NotAnalysed, at, KeywordComparison.Show(oldRef), KeywordComparison.Show(newRef));
            return;
        }
        // Compared as {"$ref": ...} alone, so the comparer dereferences and guards against cycles.
        comparison.CompareSubschemas(RefOnly(oldRef), RefOnly(newRef), at);
    }

    private static JsonElement? RefOnly(JsonElement? reference) =>
        reference is { } r ? JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["$ref"] = r.GetString()! }) : null;
}
