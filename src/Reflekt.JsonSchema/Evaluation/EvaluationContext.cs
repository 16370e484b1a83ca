using System.Text.Json;
using Reflekt.Json.Schema.Compilation;

namespace Reflekt.Json.Schema.Evaluation;

/// <summary>
/// Per-evaluation mutable state: the dynamic scope, and (only when errors are collected) the instance and
/// keyword paths and the error list. Reused per thread, so a yes/no validation allocates nothing here.
/// </summary>
internal sealed class EvaluationContext
{
    private const int MaxDepth = 2000;

    // Indices go into the paths as objects; boxing the common ones once keeps Validate cheap.
    private static readonly object[] BoxedIndices = [.. Enumerable.Range(0, 256).Select(i => (object)i)];

    [ThreadStatic]
    private static EvaluationContext? t_cached;

    private readonly List<object> _instancePath = [];
    private readonly List<object> _keywordPath = [];
    private SchemaResource?[] _scope = new SchemaResource?[32];
    private int _scopeDepth;
    private int _depth;

    private EvaluationContext()
    {
    }

    /// <summary>True while errors are being recorded; false for IsValid and inside branches whose failures are expected (anyOf, not…).</summary>
    public bool Collecting { get; private set; }

    public List<ValidationError>? Errors { get; private set; }

    public static EvaluationContext Rent(bool collect)
    {
        var context = t_cached ?? new EvaluationContext();
        t_cached = null;
        context.Collecting = collect;
        context.Errors = null;
        return context;
    }

    public static void Return(EvaluationContext context)
    {
        context._instancePath.Clear();
        context._keywordPath.Clear();
        Array.Clear(context._scope, 0, context._scopeDepth);
        context._scopeDepth = 0;
        context._depth = 0;
        context.Errors = null;
        context._firstSummary = null;
        t_cached = context;
    }

    /// <summary>Silences error recording for a branch; returns the previous state for <see cref="Restore"/>.</summary>
    public bool Silence()
    {
        var previous = Collecting;
        Collecting = false;
        return previous;
    }

    public void Restore(bool collecting) => Collecting = collecting;

    // ---- dynamic scope -------------------------------------------------------------------------------

    /// <summary>Enters a node: pushes its resource on the dynamic scope when it differs from the innermost one.</summary>
    public bool TryEnterNode(SchemaResource resource, out bool pushed)
    {
        pushed = false;
        if (_depth >= MaxDepth)
        {
            return false;
        }

        _depth++;
        if (_scopeDepth == 0 || !ReferenceEquals(_scope[_scopeDepth - 1], resource))
        {
            if (_scopeDepth == _scope.Length)
            {
                Array.Resize(ref _scope, _scope.Length * 2);
            }

            _scope[_scopeDepth++] = resource;
            pushed = true;
        }

        return true;
    }

    public void LeaveNode(bool pushed)
    {
        _depth--;
        if (pushed)
        {
            _scope[--_scopeDepth] = null;
        }
    }

    public int ScopeDepth => _scopeDepth;

    public SchemaResource ScopeAt(int index) => _scope[index]!;

    // ---- paths ---------------------------------------------------------------------------------------

    public void PushKeyword(string segment)
    {
        if (Collecting)
        {
            _keywordPath.Add(segment);
        }
    }

    public void PushKeyword(int index)
    {
        if (Collecting)
        {
            _keywordPath.Add(Box(index));
        }
    }

    public void PopKeyword()
    {
        if (Collecting)
        {
            _keywordPath.RemoveAt(_keywordPath.Count - 1);
        }
    }

    public void PushInstance(int index)
    {
        if (Collecting)
        {
            _instancePath.Add(Box(index));
        }
    }

    public void PushInstance(string name)
    {
        if (Collecting)
        {
            _instancePath.Add(name);
        }
    }

    public void PushInstance(JsonProperty property)
    {
        if (Collecting)
        {
            _instancePath.Add(property.Name);
        }
    }

    private static object Box(int index) => index < BoxedIndices.Length ? BoxedIndices[index] : index;

    public void PopInstance()
    {
        if (Collecting)
        {
            _instancePath.RemoveAt(_instancePath.Count - 1);
        }
    }

    // ---- applying subschemas -------------------------------------------------------------------------

    /// <summary>Applies a subschema to the same instance, under an extra keyword-path segment.</summary>
    public bool Apply(SchemaNode node, JsonElement instance, int keywordIndex, Evaluated? evaluated)
    {
        PushKeyword(keywordIndex);
        var valid = node.Evaluate(instance, this, evaluated);
        PopKeyword();
        return valid;
    }

    public bool Apply(SchemaNode node, JsonElement instance, string keywordSegment, Evaluated? evaluated)
    {
        PushKeyword(keywordSegment);
        var valid = node.Evaluate(instance, this, evaluated);
        PopKeyword();
        return valid;
    }

    /// <summary>Applies a subschema to an array item.</summary>
    public bool ApplyToItem(SchemaNode node, JsonElement item, int index)
    {
        PushInstance(index);
        var valid = node.Evaluate(item, this, null);
        PopInstance();
        return valid;
    }

    /// <summary>Applies a subschema to an array item, under an extra keyword-path segment (prefixItems/0).</summary>
    public bool ApplyToItem(SchemaNode node, JsonElement item, int index, int keywordIndex)
    {
        PushKeyword(keywordIndex);
        var valid = ApplyToItem(node, item, index);
        PopKeyword();
        return valid;
    }

    /// <summary>Applies a subschema to a property value.</summary>
    public bool ApplyToProperty(SchemaNode node, JsonProperty property)
    {
        PushInstance(property);
        var valid = node.Evaluate(property.Value, this, null);
        PopInstance();
        return valid;
    }

    public bool ApplyToProperty(SchemaNode node, JsonElement value, string name, string keywordSegment)
    {
        PushKeyword(keywordSegment);
        PushInstance(name);
        var valid = node.Evaluate(value, this, null);
        PopInstance();
        PopKeyword();
        return valid;
    }

    // ---- failures ------------------------------------------------------------------------------------

    /// <summary>
    /// Records a failure of the keyword on top of the keyword path; always returns false. Keywords call it as
    /// <c>context.Collecting &amp;&amp; context.Fail(…)</c> so that IsValid never builds a message.
    /// </summary>
    public bool Fail(string keyword, string message) => Fail(keyword, message, null);

    /// <summary>A missing required property; its anyOf/oneOf summary names the property's location ("/userId: required").</summary>
    public bool FailRequired(string keyword, string property) =>
        Fail(keyword, Messages.Required(property), Messages.RequiredSummary(InstanceLocation(), property));

    private bool Fail(string keyword, string message, string? summary)
    {
        if (Collecting)
        {
            var instanceLocation = InstanceLocation();
            (Errors ??= []).Add(new ValidationError(
                instanceLocation,
                JsonPointer.FromSegments(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_keywordPath)),
                keyword,
                Messages.At(instanceLocation) + message));
            _firstSummary ??= summary ?? Messages.At(instanceLocation) + message;
        }

        return false;
    }

    private string InstanceLocation() => JsonPointer.FromSegments(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_instancePath));

    private string? _firstSummary;

    /// <summary>
    /// For an anyOf/oneOf that matched nothing (only while collecting): each branch's first error, found by
    /// running the branch again with errors recorded aside. Only the failure path pays for this.
    /// </summary>
    public List<string> FirstErrors(SchemaNode[] branches, JsonElement instance)
    {
        var result = new List<string>(branches.Length);
        var errors = Errors;
        var outer = _firstSummary;
        for (var i = 0; i < branches.Length; i++)
        {
            Errors = null;
            _firstSummary = null;
            PushKeyword(i);
            branches[i].Evaluate(instance, this, null);
            PopKeyword();
            result.Add(_firstSummary ?? "no error recorded");
        }

        Errors = errors;
        _firstSummary = outer;
        return result;
    }

    public bool FailFalseSchema() => Fail("false", Messages.FalseSchema);

    public bool FailTooDeep() => Fail("$ref", Messages.TooDeep);
}
