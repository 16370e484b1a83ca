namespace Reflekt.Codegen.Shapes;

/// <summary>
/// Whether two shapes generate the same type: deep and structural (records compare lists by reference), ignoring
/// descriptions, which only change comments. A named type's own nullability is its use's, so it is ignored too.
/// </summary>
public static class ShapeEquality
{
    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> would be rendered as the same type.</summary>
    public static bool SameType(TypeShape a, TypeShape b) => (a, b) switch
    {
        (ObjectShape x, ObjectShape y) => x.TypeName == y.TypeName && x.Properties.Count == y.Properties.Count
            && x.Properties.Zip(y.Properties).All(p => p.First.Name == p.Second.Name && p.First.Required == p.Second.Required && SameUse(p.First.Shape, p.Second.Shape)),
        (EnumShape x, EnumShape y) => x.TypeName == y.TypeName && x.Values.SequenceEqual(y.Values, StringComparer.Ordinal),
        (PrimitiveShape x, PrimitiveShape y) => x.Kind == y.Kind && x.Format == y.Format,
        (ArrayShape x, ArrayShape y) => SameUse(x.Items, y.Items),
        (MapShape x, MapShape y) => SameUse(x.Values, y.Values),
        (AnyShape, AnyShape) => true,
        _ => false,
    };

    // A shape where it is used: its type and whether null is allowed there.
    private static bool SameUse(TypeShape a, TypeShape b) => a.Nullable == b.Nullable && SameType(a, b);
}
