using System.Text.Json;

namespace Reflekt.Schemas.Evolution.Comparers;

/// <summary>Pairs the branches of two composition lists: equal branches first, then the rest by position.</summary>
internal static class Branches
{
    public static (List<(int Old, int New)> Pairs, List<int> Removed, List<int> Added) Match(JsonElement? oldList, JsonElement? newList)
    {
        var oldItems = oldList is { ValueKind: JsonValueKind.Array } o ? o.EnumerateArray().ToList() : [];
        var newItems = newList is { ValueKind: JsonValueKind.Array } n ? n.EnumerateArray().ToList() : [];
        var oldFree = Enumerable.Range(0, oldItems.Count).ToList();
        var newFree = Enumerable.Range(0, newItems.Count).ToList();
        var pairs = new List<(int, int)>();
        foreach (var i in oldFree.ToList())
        {
            var j = newFree.FindIndex(k => JsonElement.DeepEquals(oldItems[i], newItems[k]));
            if (j >= 0)
            {
                oldFree.Remove(i);
                newFree.RemoveAt(j);
            }
        }
        // An edited branch is usually at the same place, so what is left pairs by order.
        var paired = Math.Min(oldFree.Count, newFree.Count);
        for (var k = 0; k < paired; k++)
        {
            pairs.Add((oldFree[k], newFree[k]));
        }
        return (pairs, oldFree.Skip(paired).ToList(), newFree.Skip(paired).ToList());
    }

    public static JsonElement? At(JsonElement? list, int index) => list is { ValueKind: JsonValueKind.Array } l && index < l.GetArrayLength() ? l[index] : null;

    public static string Index(int index) => index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
