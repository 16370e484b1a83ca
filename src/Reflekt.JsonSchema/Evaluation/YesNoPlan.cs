using System.Text.Json;
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
    private readonly InstanceKinds _accepted;
    private readonly bool _integersOnly;

    public YesNoPlan(Keyword[] keywords)
    {
        var type = keywords.OfType<TypeKeyword>().FirstOrDefault();
        // Without a type keyword every kind gets through (Undefined included: it has no bit of its own).
        _accepted = type?.Accepted ?? (InstanceKinds)~0;
        _integersOnly = type?.IntegersOnly ?? false;
        var rest = keywords.Where(k => k is not TypeKeyword).ToArray();
        for (var kind = 0; kind < _byKind.Length; kind++)
        {
            _byKind[kind] = [.. rest.Where(k => k.AppliesTo.Contains((JsonValueKind)kind))];
        }
    }

    public bool IsValid(JsonElement instance, EvaluationContext context)
    {
        var kind = instance.ValueKind;
        if (!_accepted.Contains(kind) && !(_integersOnly && kind == JsonValueKind.Number && JsonNumber.IsInteger(instance)))
        {
            return false;
        }

        foreach (var keyword in _byKind[(int)kind])
        {
            if (!keyword.Evaluate(instance, context, null))
            {
                return false;
            }
        }

        return true;
    }
}
