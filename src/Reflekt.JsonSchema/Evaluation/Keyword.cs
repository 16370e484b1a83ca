using System.Text.Json;

namespace Reflekt.Json.Schema.Evaluation;

/// <summary>A compiled keyword: immutable, shared by all threads; evaluates one instance at a time.</summary>
internal abstract class Keyword(string name)
{
    /// <summary>The JSON keyword, also the last segment of the keyword location.</summary>
    public string Name { get; } = name;

    /// <summary>
    /// Checks <paramref name="instance"/>. Records what it evaluated into <paramref name="evaluated"/> when that is
    /// not null (only when an unevaluated* keyword is listening), and reports failures through the context.
    /// </summary>
    public abstract bool Evaluate(JsonElement instance, EvaluationContext context, Evaluated? evaluated);

    /// <summary>The instance kinds this keyword can reject; any other instance passes it without being looked at.</summary>
    public virtual InstanceKinds AppliesTo => InstanceKinds.Any;

    /// <summary>Subschemas applied to the same instance (references, allOf, if…): a cycle of these never terminates.</summary>
    public virtual IEnumerable<SchemaNode> InPlaceSubschemas => [];
}

/// <summary>
/// Marks an assertion that looks at its instance only (minimum, pattern, format…): no subschema, no reference, and
/// on the yes/no path no use of the context, so a node whose keywords are all leaves need not enter the dynamic scope.
/// </summary>
internal interface ILeafKeyword;
