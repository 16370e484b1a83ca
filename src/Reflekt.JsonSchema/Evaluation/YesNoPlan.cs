using System.Text.Json;
using Reflekt.Json.Schema.Compilation;
using Reflekt.Json.Schema.Keywords;

namespace Reflekt.Json.Schema.Evaluation;

/// <summary>
/// A node's keywords arranged for the yes/no path (IsValid, silenced branches, no unevaluated* listening): the
/// instance's kind is read once, <c>type</c> becomes a mask test, and only the keywords that can reject that kind
/// run (a <c>minimum</c> is never called for a string). Order and paths do not matter there, only the verdict.
/// </summary>
internal sealed class YesNoPlan
{
    // Indexed by (int)JsonValueKind (Undefined..Null = 0..7).
    private readonly Keyword[][] _byKind = new Keyword[8][];
    private readonly bool[] _leavesOnly = new bool[8];
    private readonly InstanceKinds _accepted;
    private readonly bool _integersOnly;
    private readonly SchemaNode? _alias;

    public YesNoPlan(Keyword[] keywords, SchemaResource resource)
    {
        // {"$ref": "#/$defs/money"} alone, within its resource, is the referenced node itself: the yes/no path goes
        // straight there (a reference into another resource still enters this node, for the dynamic scope).
        if (keywords is [RefKeyword reference] && ReferenceEquals(reference.Target.Resource, resource))
        {
            _alias = reference.Target;
        }

        var type = keywords.OfType<TypeKeyword>().FirstOrDefault();
        // Without a type keyword every kind gets through (Undefined included: it has no bit of its own).
        _accepted = type?.Accepted ?? (InstanceKinds)~0;
        _integersOnly = type?.IntegersOnly ?? false;
        var rest = keywords.Where(k => k is not TypeKeyword).ToArray();
        for (var kind = 0; kind < _byKind.Length; kind++)
        {
            _byKind[kind] = [.. rest.Where(k => k.AppliesTo.Contains((JsonValueKind)kind))];
            _leavesOnly[kind] = _byKind[kind].All(k => k is ILeafKeyword);
        }
    }

    /// <summary>The verdict for one instance; <paramref name="resource"/> is the node's, entered only if a keyword runs.</summary>
    public bool IsValid(JsonElement instance, EvaluationContext context, SchemaResource resource)
    {
        if (_alias is not null)
        {
            return _alias.Evaluate(instance, context, null);
        }

        var kind = instance.ValueKind;
        if (!_accepted.Contains(kind) && !(_integersOnly && kind == JsonValueKind.Number && JsonNumber.IsInteger(instance)))
        {
            return false;
        }

        var keywords = _byKind[(int)kind];
        if (_leavesOnly[(int)kind])
        {
            // A leaf such as {"type": "string", "pattern": "^p-[0-9]+$"} for this kind: nothing can recurse or
            // resolve a dynamic reference, so the node is not entered.
            foreach (var keyword in keywords)
            {
                if (!keyword.Evaluate(instance, context, null))
                {
                    return false;
                }
            }

            return true;
        }

        if (!context.TryEnterNode(resource, out var pushed))
        {
            return context.FailTooDeep();
        }

        var valid = true;
        foreach (var keyword in keywords)
        {
            if (!keyword.Evaluate(instance, context, null))
            {
                valid = false;
                break;
            }
        }

        context.LeaveNode(pushed);
        return valid;
    }
}
