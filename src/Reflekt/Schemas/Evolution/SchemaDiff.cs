using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace Reflekt.Schemas.Evolution;

/// <summary>
/// A pure diff of two event schemas. A change is breaking when an event that was valid under the old
/// schema can be rejected by the new one (the Iglu / Confluent "backward compatible" notion).
/// Reflekt metadata (`self`, `$id`, `$schema`) is not compared.
/// </summary>
public static class SchemaDiff
{
    // Bounds where a larger new value tightens (lower bounds) or a smaller one does (upper bounds).
    private static readonly string[] LowerBounds = ["minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties"];
    private static readonly string[] UpperBounds = ["maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties"];

    /// <summary>Every change from <paramref name="oldSchema"/> to <paramref name="newSchema"/>, in document order.</summary>
    public static IReadOnlyList<SchemaChange> Compare(JsonElement oldSchema, JsonElement newSchema)
    {
        var changes = new List<SchemaChange>();
        CompareSchema(oldSchema, newSchema, "", "the event", changes, depth: 0);
        return changes;
    }

    private static void CompareSchema(JsonElement old, JsonElement @new, string pointer, string subject, List<SchemaChange> changes, int depth)
    {
        // Most of a plan is unchanged between two refs: the same bytes can hold no change, so the keyword by
        // keyword comparison below is only spent on what was edited (diff --base over 10,000 schemas).
        if (JsonMarshal.GetRawUtf8Value(old).SequenceEqual(JsonMarshal.GetRawUtf8Value(@new)))
        {
            return;
        }
        if (depth > 128 || old.ValueKind != JsonValueKind.Object || @new.ValueKind != JsonValueKind.Object)
        {
            if (old.ValueKind != @new.ValueKind || !JsonElement.DeepEquals(old, @new))
            {
                changes.Add(Breaking("schema-replaced", pointer, $"{subject}: schema replaced by an incompatible one"));
            }
            return;
        }
        CompareTypes(old, @new, pointer, subject, changes);
        CompareEnum(old, @new, pointer, subject, changes);
        CompareConst(old, @new, pointer, subject, changes);
        CompareBounds(old, @new, pointer, subject, changes);
        CompareText(old, @new, "pattern", pointer, subject, changes);
        CompareText(old, @new, "format", pointer, subject, changes);
        CompareUniqueItems(old, @new, pointer, subject, changes);
        CompareAdditionalProperties(old, @new, pointer, subject, changes);
        CompareProperties(old, @new, pointer, subject, changes, depth);
        if (Get(old, "items") is { ValueKind: JsonValueKind.Object } oldItems && Get(@new, "items") is { ValueKind: JsonValueKind.Object } newItems)
        {
            CompareSchema(oldItems, newItems, pointer + "/items", subject + " items", changes, depth + 1);
        }
        else if (Differs(Get(old, "items"), Get(@new, "items")))
        {
            changes.Add(Get(@new, "items") is null
                ? NonBreaking("items-loosened", pointer + "/items", $"{subject}: items schema removed, any item now accepted")
                : Breaking("items-changed", pointer + "/items", $"{subject}: items schema added or replaced"));
        }
        if (Get(old, "description")?.ToString() != Get(@new, "description")?.ToString())
        {
            changes.Add(NonBreaking("description-changed", pointer + "/description", $"{subject}: description changed"));
        }
    }

    private static void CompareTypes(JsonElement old, JsonElement @new, string pointer, string subject, List<SchemaChange> changes)
    {
        var oldTypes = Types(old);
        var newTypes = Types(@new);
        if (oldTypes is null && newTypes is null)
        {
            return;
        }
        if (oldTypes is null)
        {
            changes.Add(Breaking("type-added", pointer + "/type", $"{subject}: type restricted to {Show(newTypes!)}"));
            return;
        }
        if (newTypes is null)
        {
            changes.Add(NonBreaking("type-removed", pointer, $"{subject}: type constraint {Show(oldTypes)} removed"));
            return;
        }
        // An integer is a number, so integer → number widens.
        var removed = oldTypes.Where(t => !newTypes.Contains(t) && !(t == "integer" && newTypes.Contains("number"))).ToList();
        var added = newTypes.Where(t => !oldTypes.Contains(t)).ToList();
        if (removed.Count > 0)
        {
            changes.Add(Breaking("type-narrowed", pointer + "/type",
                $"{subject}: type changed from {Show(oldTypes)} to {Show(newTypes)}; {string.Join(", ", removed)} values are now rejected"));
        }
        else if (added.Count > 0)
        {
            changes.Add(NonBreaking("type-widened", pointer + "/type", $"{subject}: type widened from {Show(oldTypes)} to {Show(newTypes)}"));
        }
    }

    private static void CompareEnum(JsonElement old, JsonElement @new, string pointer, string subject, List<SchemaChange> changes)
    {
        var oldEnum = Get(old, "enum") is { ValueKind: JsonValueKind.Array } o ? o.EnumerateArray().ToList() : null;
        var newEnum = Get(@new, "enum") is { ValueKind: JsonValueKind.Array } n ? n.EnumerateArray().ToList() : null;
        if (oldEnum is null && newEnum is null)
        {
            return;
        }
        if (oldEnum is null)
        {
            changes.Add(Breaking("enum-added", pointer + "/enum", $"{subject}: values restricted to {Raw(newEnum!)}"));
            return;
        }
        if (newEnum is null)
        {
            changes.Add(NonBreaking("enum-removed", pointer, $"{subject}: enum {Raw(oldEnum)} removed, any value accepted"));
            return;
        }
        foreach (var value in oldEnum.Where(v => !newEnum.Any(n => JsonElement.DeepEquals(n, v))))
        {
            changes.Add(Breaking("enum-value-removed", pointer + "/enum", $"{subject}: enum value {value.GetRawText()} removed"));
        }
        foreach (var value in newEnum.Where(v => !oldEnum.Any(o => JsonElement.DeepEquals(o, v))))
        {
            changes.Add(NonBreaking("enum-value-added", pointer + "/enum", $"{subject}: enum value {value.GetRawText()} added"));
        }
    }

    private static void CompareConst(JsonElement old, JsonElement @new, string pointer, string subject, List<SchemaChange> changes)
    {
        var oldConst = Get(old, "const");
        var newConst = Get(@new, "const");
        if (!Differs(oldConst, newConst))
        {
            return;
        }
        changes.Add(newConst is null
            ? NonBreaking("const-removed", pointer, $"{subject}: const {oldConst!.Value.GetRawText()} removed")
            : Breaking("const-changed", pointer + "/const", $"{subject}: value fixed to {newConst.Value.GetRawText()}"));
    }

    private static void CompareBounds(JsonElement old, JsonElement @new, string pointer, string subject, List<SchemaChange> changes)
    {
        foreach (var keyword in LowerBounds)
        {
            CompareBound(old, @new, keyword, tightensWhenLarger: true, pointer, subject, changes);
        }
        foreach (var keyword in UpperBounds)
        {
            CompareBound(old, @new, keyword, tightensWhenLarger: false, pointer, subject, changes);
        }
    }

    private static void CompareBound(JsonElement old, JsonElement @new, string keyword, bool tightensWhenLarger, string pointer, string subject, List<SchemaChange> changes)
    {
        var oldValue = Number(old, keyword);
        var newValue = Number(@new, keyword);
        if (oldValue == newValue)
        {
            return;
        }
        var at = pointer + "/" + keyword;
        if (newValue is null)
        {
            changes.Add(NonBreaking("constraint-loosened", pointer, $"{subject}: {keyword} {Show(oldValue!.Value)} removed"));
        }
        else if (oldValue is null)
        {
            changes.Add(Breaking("constraint-tightened", at, $"{subject}: {keyword} {Show(newValue.Value)} added"));
        }
        else if ((newValue > oldValue) == tightensWhenLarger)
        {
            changes.Add(Breaking("constraint-tightened", at, $"{subject}: {keyword} {(tightensWhenLarger ? "raised" : "lowered")} from {Show(oldValue.Value)} to {Show(newValue.Value)}"));
        }
        else
        {
            changes.Add(NonBreaking("constraint-loosened", at, $"{subject}: {keyword} {(tightensWhenLarger ? "lowered" : "raised")} from {Show(oldValue.Value)} to {Show(newValue.Value)}"));
        }
    }

    private static void CompareText(JsonElement old, JsonElement @new, string keyword, string pointer, string subject, List<SchemaChange> changes)
    {
        var oldValue = Get(old, keyword);
        var newValue = Get(@new, keyword);
        if (!Differs(oldValue, newValue))
        {
            return;
        }
        changes.Add(newValue is null
            ? NonBreaking($"{keyword}-removed", pointer, $"{subject}: {keyword} {oldValue!.Value.GetRawText()} removed")
            : oldValue is null
                ? Breaking($"{keyword}-added", pointer + "/" + keyword, $"{subject}: {keyword} {newValue.Value.GetRawText()} added")
                : Breaking($"{keyword}-changed", pointer + "/" + keyword, $"{subject}: {keyword} changed from {oldValue.Value.GetRawText()} to {newValue.Value.GetRawText()}"));
    }

    private static void CompareUniqueItems(JsonElement old, JsonElement @new, string pointer, string subject, List<SchemaChange> changes)
    {
        var oldUnique = Get(old, "uniqueItems") is { ValueKind: JsonValueKind.True };
        var newUnique = Get(@new, "uniqueItems") is { ValueKind: JsonValueKind.True };
        if (oldUnique != newUnique)
        {
            changes.Add(newUnique
                ? Breaking("unique-items-added", pointer + "/uniqueItems", $"{subject}: items must now be unique")
                : NonBreaking("unique-items-removed", pointer, $"{subject}: items no longer need to be unique"));
        }
    }

    private static void CompareAdditionalProperties(JsonElement old, JsonElement @new, string pointer, string subject, List<SchemaChange> changes)
    {
        var oldClosed = Get(old, "additionalProperties") is { ValueKind: JsonValueKind.False };
        var newClosed = Get(@new, "additionalProperties") is { ValueKind: JsonValueKind.False };
        if (!oldClosed && newClosed)
        {
            changes.Add(Breaking("additional-properties-tightened", pointer + "/additionalProperties",
                $"{subject}: additionalProperties set to false, undeclared properties are now rejected"));
        }
        else if (oldClosed && !newClosed)
        {
            changes.Add(NonBreaking("additional-properties-loosened", pointer, $"{subject}: undeclared properties are now accepted"));
        }
    }

    private static void CompareProperties(JsonElement old, JsonElement @new, string pointer, string subject, List<SchemaChange> changes, int depth)
    {
        var oldProperties = Get(old, "properties") is { ValueKind: JsonValueKind.Object } op ? op : (JsonElement?)null;
        var newProperties = Get(@new, "properties") is { ValueKind: JsonValueKind.Object } np ? np : (JsonElement?)null;
        var oldRequired = Required(old);
        var newRequired = Required(@new);
        var newClosed = Get(@new, "additionalProperties") is { ValueKind: JsonValueKind.False };
        var prefix = pointer + "/properties/";
        var where = pointer.Length == 0 ? "" : $" of {subject}";

        if (oldProperties is { } oldProps)
        {
            foreach (var property in oldProps.EnumerateObject())
            {
                var at = prefix + Escape(property.Name);
                if (newProperties?.TryGetProperty(property.Name, out var newProperty) == true)
                {
                    if (!oldRequired.Contains(property.Name) && newRequired.Contains(property.Name))
                    {
                        changes.Add(Breaking("property-now-required", at, $"property '{property.Name}'{where} changed from optional to required"));
                    }
                    else if (oldRequired.Contains(property.Name) && !newRequired.Contains(property.Name))
                    {
                        changes.Add(NonBreaking("property-now-optional", at, $"property '{property.Name}'{where} changed from required to optional"));
                    }
                    CompareSchema(property.Value, newProperty, at, $"property '{property.Name}'", changes, depth + 1);
                }
                else if (oldRequired.Contains(property.Name))
                {
                    changes.Add(Breaking("required-property-removed", at, $"required property '{property.Name}'{where} removed; events still sending it are rejected or lose it"));
                }
                else if (newClosed)
                {
                    changes.Add(Breaking("optional-property-removed", at, $"optional property '{property.Name}'{where} removed while additionalProperties is false, so events sending it are rejected"));
                }
                else
                {
                    changes.Add(NonBreaking("optional-property-removed", at, $"optional property '{property.Name}'{where} removed"));
                }
            }
        }
        if (newProperties is { } newProps)
        {
            foreach (var property in newProps.EnumerateObject())
            {
                if (oldProperties?.TryGetProperty(property.Name, out _) == true)
                {
                    continue;
                }
                var at = prefix + Escape(property.Name);
                changes.Add(newRequired.Contains(property.Name)
                    ? Breaking("required-property-added", at, $"required property '{property.Name}'{where} added; events without it are rejected")
                    : NonBreaking("optional-property-added", at, $"optional property '{property.Name}'{where} added"));
            }
        }
        // Required names without a property definition on either side.
        foreach (var name in newRequired.Where(n => !oldRequired.Contains(n) && !Has(newProperties, n)))
        {
            changes.Add(Breaking("property-now-required", pointer + "/required", $"'{name}'{where} is now required"));
        }
    }

    private static SchemaChange Breaking(string kind, string pointer, string explanation) => new(ChangeImpact.Breaking, kind, pointer, explanation);

    private static SchemaChange NonBreaking(string kind, string pointer, string explanation) => new(ChangeImpact.NonBreaking, kind, pointer, explanation);

    private static JsonElement? Get(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : null;

    private static bool Has(JsonElement? properties, string name) => properties?.TryGetProperty(name, out _) == true;

    private static bool Differs(JsonElement? a, JsonElement? b) =>
        a is null != b is null || (a is { } x && b is { } y && !JsonElement.DeepEquals(x, y));

    private static double? Number(JsonElement element, string name) =>
        Get(element, name) is { ValueKind: JsonValueKind.Number } value && value.TryGetDouble(out var number) ? number : null;

    private static HashSet<string> Required(JsonElement element) =>
        Get(element, "required") is { ValueKind: JsonValueKind.Array } required
            ? required.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.String).Select(r => r.GetString()!).ToHashSet(StringComparer.Ordinal)
            : [];

    private static List<string>? Types(JsonElement element) => Get(element, "type") switch
    {
        { ValueKind: JsonValueKind.String } single => [single.GetString()!],
        { ValueKind: JsonValueKind.Array } many => many.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!).ToList(),
        _ => null,
    };

    private static string Show(List<string> types) => types.Count == 1 ? types[0] : "[" + string.Join(", ", types) + "]";

    private static string Show(double value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Raw(List<JsonElement> values) => "[" + string.Join(", ", values.Select(v => v.GetRawText())) + "]";

    private static string Escape(string token) => token.Replace("~", "~0").Replace("/", "~1");
}
