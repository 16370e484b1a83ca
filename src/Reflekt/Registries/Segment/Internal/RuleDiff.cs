using System.Text.Json.Nodes;

namespace Reflekt.Registries.Segment.Internal;

/// <summary>Compares the rules a push sends with the plan's current rules.</summary>
internal static class RuleDiff
{
    // replace: true for PUT (rules not sent are removed), false for PATCH (they stay).
    public static List<RegistryChange> ForUpload(IReadOnlyList<SegmentRule> sending, IReadOnlyList<SegmentRule> current, bool replace)
    {
        var byId = current.GroupBy(r => r.Identity).ToDictionary(g => g.Key, g => g.First());
        var changes = new List<RegistryChange>();
        foreach (var rule in sending)
        {
            var kind = !byId.TryGetValue(rule.Identity, out var existing) ? ChangeKind.Add
                : JsonNode.DeepEquals(existing.JsonSchema, rule.JsonSchema) ? ChangeKind.Unchanged
                : ChangeKind.Change;
            changes.Add(new RegistryChange(kind, rule.Describe()));
        }

        if (replace)
        {
            var sent = sending.Select(r => r.Identity).ToHashSet();
            changes.AddRange(current.Where(r => !sent.Contains(r.Identity)).Select(r => new RegistryChange(ChangeKind.Remove, r.Describe())));
        }

        return changes;
    }
}
