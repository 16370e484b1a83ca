using System.Text.Json;
using Reflekt.Json.Schema.Compilation;

namespace Reflekt.Json.Schema.Evaluation;

/// <summary>A compiled (sub)schema: a boolean, or an ordered list of keywords. Immutable once compiled.</summary>
internal sealed class SchemaNode(SchemaResource resource, string location)
{
    private Keyword[] _keywords = [];
    private YesNoPlan? _yesNo;
    private bool? _boolean;
    private bool _ownsEvaluated;

    /// <summary>The schema resource this node belongs to (entered into the dynamic scope when evaluated).</summary>
    public SchemaResource Resource { get; } = resource;

    /// <summary>Where the node is in its document, for diagnostics.</summary>
    public string Location { get; } = location;

    public bool IsFalse => _boolean == false;

    public bool IsTrue => _boolean == true;

    public IEnumerable<SchemaNode> InPlaceSubschemas => _keywords.SelectMany(k => k.InPlaceSubschemas);

    public void InitializeBoolean(bool value) => _boolean = value;

    public void Initialize(Keyword[] keywords)
    {
        _keywords = keywords;
        _ownsEvaluated = keywords.Any(k => k is IUnevaluatedKeyword);
        _yesNo = _ownsEvaluated ? null : new YesNoPlan(Keywords.ObjectShapeKeyword.Fuse(keywords), Resource);
    }

    public bool Evaluate(JsonElement instance, EvaluationContext context, Evaluated? evaluated)
    {
        if (_boolean is bool constant)
        {
            return constant || context.FailFalseSchema();
        }

        if (_yesNo is not null && evaluated is null && !context.Collecting)
        {
            // Without errors to record or annotations to hand up, only the verdict matters: the plan decides it.
            return _yesNo.IsValid(instance, context, Resource);
        }

        if (!context.TryEnterNode(Resource, out var pushed))
        {
            return context.FailTooDeep();
        }

        // A node with unevaluated* sees only what its own keywords evaluated; it hands the union up when it passes.
        var local = _ownsEvaluated ? new Evaluated() : evaluated;
        var valid = true;
        foreach (var keyword in _keywords)
        {
            context.PushKeyword(keyword.Name);
            var ok = keyword.Evaluate(instance, context, local);
            context.PopKeyword();
            if (!ok)
            {
                valid = false;
                if (!context.Collecting)
                {
                    break;
                }
            }
        }

        context.LeaveNode(pushed);
        if (valid && _ownsEvaluated && evaluated is not null)
        {
            evaluated.Merge(local!);
        }

        return valid;
    }
}

/// <summary>Marks unevaluatedProperties/unevaluatedItems: their node collects annotations from its siblings.</summary>
internal interface IUnevaluatedKeyword;
