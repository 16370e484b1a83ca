namespace Reflekt.Warehouses.Sql;

/// <summary>
/// Unnesting a JSON array column into one row per element, for the child models of arrays of objects. ANSI SQL has no
/// JSON table function, so the defaults say "cannot" and each warehouse that can overrides all three members.
/// </summary>
public partial class SqlDialect
{
    /// <summary>The relation alias every element is read through.</summary>
    public const string ElementAlias = "element";

    /// <summary>The relation the child model unnests when <see cref="UnnestsParsedArrays"/>: the parent id and the parsed array.</summary>
    public const string ParsedRelation = "parsed";

    /// <summary>Whether this warehouse can unnest a JSON array (<see cref="ArrayElementsJoin"/>).</summary>
    public bool UnnestsJsonArrays => ArrayElementsJoin("null") is not null;

    /// <summary>
    /// True when the warehouse unnests only a semi-structured column of a relation, not JSON text parsed in the same
    /// <c>from</c> clause: the child model then first selects the parent id and the array parsed with
    /// <see cref="ParseJson"/> into a <see cref="ParsedRelation"/> CTE (columns named as in <c>source</c>), and unnests from it.
    /// </summary>
    public virtual bool UnnestsParsedArrays => false;

    /// <summary>
    /// The join placed after <c>from source</c> (or <c>from parsed</c>, see <see cref="UnnestsParsedArrays"/>; on its own
    /// line, or right after it when it starts with a comma) that yields one row per element of the array in
    /// <paramref name="jsonText"/>: a column of that relation holding JSON text (the parsed array when
    /// <see cref="UnnestsParsedArrays"/>). Null when the warehouse cannot unnest (no child model).
    /// </summary>
    public virtual string? ArrayElementsJoin(string jsonText) => null;

    /// <summary>The element's 0-based position in its array.</summary>
    public virtual string ElementIndex => throw new NotSupportedException($"{Name} cannot unnest JSON arrays.");

    /// <summary>
    /// The element's property at <paramref name="path"/> as text (JSON text for an object or array), before typing.
    /// </summary>
    protected virtual string ElementText(IReadOnlyList<string> path) =>
        throw new NotSupportedException($"{Name} cannot unnest JSON arrays.");

    /// <summary>
    /// The element's property at <paramref name="path"/> read as its schema type: objects and arrays parsed, the rest cast
    /// to <paramref name="type"/>. Warehouses whose elements are already typed values override it.
    /// </summary>
    public virtual string ElementField(IReadOnlyList<string> path, string jsonType, string type) =>
        TypedValue(ElementText(path), jsonType, type);

    /// <summary>A JSONPath <c>$."a"."b"</c> as a string literal; each key double-quoted so any property name is one key.</summary>
    protected string QuotedJsonPath(IReadOnlyList<string> path) =>
        StringLiteral("$" + string.Concat(path.Select(p => ".\"" + p.Replace("\"", "\\\"") + "\"")));
}
