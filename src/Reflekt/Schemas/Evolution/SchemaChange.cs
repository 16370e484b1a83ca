namespace Reflekt.Schemas.Evolution;

/// <summary>One difference between two versions of an event schema, classified and explained in one line.</summary>
/// <param name="Impact">Breaking when events valid under the old version can fail the new one; not analysed counts as breaking.</param>
/// <param name="Kind">Stable short code from <see cref="SchemaChangeKind"/>, e.g. <c>required-property-added</c>.</param>
/// <param name="Pointer">JSON pointer of the changed schema location (in the new schema, or the old one for removals).</param>
/// <param name="Explanation">One readable line naming the pointer, the old and new value, and why it is (not) breaking.</param>
public sealed record SchemaChange(ChangeImpact Impact, string Kind, string Pointer, string Explanation)
{
    public bool IsBreaking => Impact != ChangeImpact.NonBreaking;
}
