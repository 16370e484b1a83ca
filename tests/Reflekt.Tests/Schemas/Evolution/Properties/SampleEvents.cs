using System.Text.Json.Nodes;

namespace Reflekt.Tests.Schemas.Evolution.Properties;

/// <summary>
/// Sample events for an old/new pair: one event valid under the old schema, then that event with one property
/// changed to a boundary value of either schema's keywords, omitted, or with an undeclared property added.
/// </summary>
internal static class SampleEvents
{
    public static IEnumerable<JsonObject> For(JsonObject oldSchema, JsonObject newSchema, Func<JsonObject, JsonNode?, bool> validUnderOld)
    {
        var oldProperties = oldSchema["properties"]!.AsObject();
        var newProperties = newSchema["properties"]!.AsObject();
        var names = oldProperties.Select(p => p.Key).Union(newProperties.Select(p => p.Key)).ToList();
        var candidates = names.ToDictionary(n => n, n => Candidates(oldProperties[n] as JsonObject, newProperties[n] as JsonObject).ToList());

        var baseline = new JsonObject();
        foreach (var name in names)
        {
            // By index: a JSON null candidate is a C# null, which FirstOrDefault could not tell from "none".
            if (oldProperties[name] is JsonObject property && candidates[name].FindIndex(v => validUnderOld(property, v)) is var index and >= 0)
            {
                baseline[name] = candidates[name][index]?.DeepClone();
            }
        }

        yield return baseline;
        foreach (var name in names)
        {
            var omitted = (JsonObject)baseline.DeepClone();
            omitted.Remove(name);
            yield return omitted;
            foreach (var value in candidates[name])
            {
                var changed = (JsonObject)baseline.DeepClone();
                changed[name] = value?.DeepClone();
                yield return changed;
            }
        }

        var extra = (JsonObject)baseline.DeepClone();
        extra["undeclared"] = 1;
        yield return extra;
    }

    private static IEnumerable<JsonNode?> Candidates(JsonObject? oldProperty, JsonObject? newProperty)
    {
        yield return null;
        yield return true;
        yield return "v0";
        var lengths = new SortedSet<int> { 0, 1 };
        var numbers = new SortedSet<int> { 0, 1 };
        foreach (var property in new[] { oldProperty, newProperty }.OfType<JsonObject>())
        {
            foreach (var value in property["enum"]?.AsArray() ?? [])
            {
                yield return value?.DeepClone();
            }

            foreach (var keyword in new[] { "minLength", "maxLength", "minItems", "maxItems" })
            {
                if (property[keyword] is { } bound)
                {
                    lengths.UnionWith([(int)bound - 1, (int)bound, (int)bound + 1]);
                }
            }

            foreach (var keyword in new[] { "minimum", "maximum" })
            {
                if (property[keyword] is { } bound)
                {
                    numbers.UnionWith([(int)bound - 1, (int)bound, (int)bound + 1, (int)bound + 2]);
                }
            }
        }

        foreach (var length in lengths.Where(l => l >= 0))
        {
            yield return new string('a', length);
            yield return new JsonArray([.. Enumerable.Range(0, length).Select(i => (JsonNode)$"s{i}")]);
            if (length >= 2)
            {
                yield return new JsonArray([.. Enumerable.Range(0, length).Select(_ => (JsonNode)"same")]);
            }
        }

        foreach (var number in numbers)
        {
            yield return number;
            yield return number + 0.5;
        }
    }
}
