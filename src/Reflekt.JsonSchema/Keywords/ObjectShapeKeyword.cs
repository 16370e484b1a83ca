using System.Text.Json;
using Reflekt.Json.Schema.Evaluation;

namespace Reflekt.Json.Schema.Keywords;

/// <summary>
/// properties, required and additionalProperties of one schema checked in a single pass over the instance object,
/// each property name looked up once. It stands in for the three only on the yes/no path (IsValid, and branches
/// whose errors are not kept) when no unevaluatedProperties listens: there the order of keywords and the paths do
/// not matter, and walking the object once instead of three times is what makes a Segment event cheap.
/// </summary>
internal sealed class ObjectShapeKeyword : Keyword
{
    private readonly PropertyNameTable _names;
    private readonly SchemaNode?[] _subschemas;
    private readonly ulong[] _requiredBits;
    private readonly bool[] _declared;
    private readonly ulong _allRequired;
    private readonly AdditionalPropertiesKeyword? _additional;

    private ObjectShapeKeyword(PropertiesKeyword? properties, RequiredKeyword? required, AdditionalPropertiesKeyword? additional)
        : base("properties")
    {
        var names = new List<string>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        int Slot(string name)
        {
            if (!index.TryGetValue(name, out var slot))
            {
                slot = names.Count;
                index.Add(name, slot);
                names.Add(name);
            }

            return slot;
        }

        var subschemas = new Dictionary<int, SchemaNode>();
        var declared = new HashSet<int>();
        var requiredBits = new Dictionary<int, ulong>();
        foreach (var (name, _, node) in properties?.Properties ?? [])
        {
            // A repeated name in properties keeps the first subschema, as PropertiesKeyword's table does.
            subschemas.TryAdd(Slot(name), node);
        }

        foreach (var name in additional?.Known ?? [])
        {
            declared.Add(Slot(name));
        }

        var bit = 0;
        foreach (var name in (required?.Names ?? []).Distinct(StringComparer.Ordinal))
        {
            requiredBits[Slot(name)] = 1UL << bit++;
        }

        _names = new PropertyNameTable(names);
        _subschemas = [.. Enumerable.Range(0, names.Count).Select(i => subschemas.GetValueOrDefault(i))];
        _requiredBits = [.. Enumerable.Range(0, names.Count).Select(i => requiredBits.GetValueOrDefault(i))];
        _declared = [.. Enumerable.Range(0, names.Count).Select(declared.Contains)];
        _allRequired = bit == 64 ? ulong.MaxValue : (1UL << bit) - 1;
        _additional = additional;
    }

    /// <summary>
    /// The keywords of a node for the yes/no path: properties, required and additionalProperties replaced by one
    /// ObjectShapeKeyword where the first of them stood; the same array when there is nothing to gain.
    /// </summary>
    public static Keyword[] Fuse(Keyword[] keywords)
    {
        var properties = keywords.OfType<PropertiesKeyword>().SingleOrDefault();
        var required = keywords.OfType<RequiredKeyword>().SingleOrDefault();
        var additional = keywords.OfType<AdditionalPropertiesKeyword>().SingleOrDefault();
        var fused = (properties is null ? 0 : 1) + (required is null ? 0 : 1) + (additional is null ? 0 : 1);
        if (fused < 2 || (required is not null && required.Names.Distinct(StringComparer.Ordinal).Count() > 64))
        {
            return keywords;
        }

        var shape = new ObjectShapeKeyword(properties, required, additional);
        var result = new List<Keyword>(keywords.Length);
        foreach (var keyword in keywords)
        {
            if (keyword is PropertiesKeyword or RequiredKeyword or AdditionalPropertiesKeyword)
            {
                if (!result.Contains(shape))
                {
                    result.Add(shape);
                }
            }
            else
            {
                result.Add(keyword);
            }
        }

        return [.. result];
    }

    public override InstanceKinds AppliesTo => InstanceKinds.Object;

    public override bool Evaluate(JsonElement instance, EvaluationContext context, Evaluated? evaluated)
    {
        if (instance.ValueKind != JsonValueKind.Object)
        {
            return true;
        }

        var present = 0UL;
        foreach (var property in instance.EnumerateObject())
        {
            var index = _names.Find(property);
            if (index >= 0)
            {
                present |= _requiredBits[index];
                if (_subschemas[index] is { } node && !node.Evaluate(property.Value, context, null))
                {
                    return false;
                }

                if (_declared[index])
                {
                    continue;
                }
            }

            if (_additional is not null && !_additional.AcceptsUndeclared(property, context))
            {
                return false;
            }
        }

        return (present & _allRequired) == _allRequired;
    }
}
