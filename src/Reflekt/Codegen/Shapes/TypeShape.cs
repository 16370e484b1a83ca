namespace Reflekt.Codegen.Shapes;

/// <summary>
/// What a JSON Schema says about a value, reduced to what a typed language can express: the language-neutral
/// model every generator renders. <see cref="Nullable"/> is <c>["T", "null"]</c> (or an anyOf with null).
/// </summary>
public abstract record TypeShape
{
    /// <summary>True when <c>null</c> is a valid value besides the shape itself.</summary>
    public bool Nullable { get; init; }

    /// <summary>The schema's description, for doc comments.</summary>
    public string? Description { get; init; }
}

/// <summary>A string, number, integer or boolean, with the <c>format</c> a generator may map to a richer type.</summary>
public sealed record PrimitiveShape(PrimitiveKind Kind, string? Format = null) : TypeShape;

/// <summary>The JSON primitive types a generated type can name.</summary>
public enum PrimitiveKind
{
    String,
    Number,
    Integer,
    Boolean,
}

/// <summary>An <c>enum</c> (or <c>const</c>) of strings: a union of literals or a language enum.</summary>
public sealed record EnumShape(string TypeName, IReadOnlyList<string> Values) : TypeShape;

/// <summary>An object with declared properties: a named type (interface, TypedDict, record, data class).</summary>
public sealed record ObjectShape(string TypeName, IReadOnlyList<PropertyShape> Properties) : TypeShape;

/// <summary>An object described only by <c>additionalProperties</c>: a string-keyed map of one value type.</summary>
public sealed record MapShape(TypeShape Values) : TypeShape;

/// <summary>An array of one item type.</summary>
public sealed record ArrayShape(TypeShape Items) : TypeShape;

/// <summary>Anything the generator cannot type more precisely (mixed types, free objects): JSON of any kind.</summary>
public sealed record AnyShape : TypeShape;

/// <summary>One property of an object: its JSON name, whether the schema requires it, and its shape.</summary>
public sealed record PropertyShape(string Name, bool Required, TypeShape Shape);
