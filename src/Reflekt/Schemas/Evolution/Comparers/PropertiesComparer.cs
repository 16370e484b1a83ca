using System.Text.Json;

namespace Reflekt.Schemas.Evolution.Comparers;

/// <summary>
/// <c>properties</c> and <c>required</c> together: a property's presence, optionality and schema. Adding an optional
/// property is non-breaking by the Iglu/Confluent convention (senders do not send undeclared fields).
/// </summary>
internal sealed class PropertiesComparer : IKeywordComparer
{
    public IReadOnlyList<string> Keywords { get; } = ["properties", "required"];

    public void Compare(KeywordComparison comparison)
    {
        var oldProperties = comparison.OldValue("properties") is { ValueKind: JsonValueKind.Object } op ? op : (JsonElement?)null;
        var newProperties = comparison.NewValue("properties") is { ValueKind: JsonValueKind.Object } np ? np : (JsonElement?)null;
        var oldRequired = Required(comparison.OldValue("required"));
        var newRequired = Required(comparison.NewValue("required"));
        var newAdditional = comparison.NewValue("additionalProperties");
        var oldAdditional = comparison.OldValue("additionalProperties");

        foreach (var property in oldProperties?.EnumerateObject() ?? default)
        {
            var at = comparison.At("properties", property.Name);
            var name = KeywordComparison.Quote(property.Name);
            if (newProperties is { } props && props.TryGetProperty(property.Name, out var newProperty))
            {
                if (!oldRequired.Contains(property.Name) && newRequired.Contains(property.Name))
                {
                    comparison.Report(SchemaChangeKind.PropertyNowRequired, at, name, name);
                }
                else if (oldRequired.Contains(property.Name) && !newRequired.Contains(property.Name))
                {
                    comparison.Report(SchemaChangeKind.PropertyNowOptional, at, name, name);
                }
                comparison.CompareSubschemas(property.Value, newProperty, at);
            }
            else if (newRequired.Contains(property.Name) || oldRequired.Contains(property.Name))
            {
                comparison.Report(SchemaChangeKind.RequiredPropertyRemoved, at, name, null);
            }
            else if (newAdditional is { ValueKind: JsonValueKind.False })
            {
                comparison.Report(SchemaChangeKind.ClosedPropertyRemoved, at, name, null);
            }
            else if (newAdditional is { ValueKind: JsonValueKind.Object })
            {
                // The name now falls to additionalProperties: its values must pass that schema instead.
                comparison.CompareSubschemas(property.Value, newAdditional, at);
            }
            else
            {
                comparison.Report(SchemaChangeKind.OptionalPropertyRemoved, at, name, null);
            }
        }
        foreach (var property in newProperties?.EnumerateObject() ?? default)
        {
            if (oldProperties is { } props && props.TryGetProperty(property.Name, out _))
            {
                continue;
            }
            var at = comparison.At("properties", property.Name);
            var name = KeywordComparison.Quote(property.Name);
            if (newRequired.Contains(property.Name))
            {
                comparison.Report(SchemaChangeKind.RequiredPropertyAdded, at, null, name);
            }
            else if (oldAdditional is { ValueKind: JsonValueKind.Object })
            {
                comparison.CompareSubschemas(oldAdditional, property.Value, at);
            }
            else
            {
                comparison.Report(SchemaChangeKind.OptionalPropertyAdded, at, null, name);
            }
        }
        // Required names without a property definition on either side.
        foreach (var name in newRequired.Where(n => !oldRequired.Contains(n) && !Has(newProperties, n)))
        {
            comparison.Report(SchemaChangeKind.PropertyNowRequired, comparison.At("required"), null, KeywordComparison.Quote(name));
        }
        foreach (var name in oldRequired.Where(n => !newRequired.Contains(n) && !Has(oldProperties, n) && !Has(newProperties, n)))
        {
            comparison.Report(SchemaChangeKind.PropertyNowOptional, comparison.At("required"), KeywordComparison.Quote(name), null);
        }
    }

    private static bool Has(JsonElement? properties, string name) => properties?.TryGetProperty(name, out _) == true;

    private static HashSet<string> Required(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Array } required
            ? required.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.String).Select(r => r.GetString()!).ToHashSet(StringComparer.Ordinal)
            : [];
}
