namespace Reflekt.Schemas.Evolution;

/// <summary>One difference between two versions of an event schema, classified and explained in one line.</summary>
/// <param name="Impact">Breaking when events valid under the old version can fail the new one.</param>
/// <param name="Kind">Stable short code, e.g. <c>required-property-added</c>.</param>
/// <param name="Pointer">JSON pointer of the changed schema location (in the new schema, or the old one for removals).</param>
/// <param name="Explanation">One readable line saying what changed and why it is (not) breaking.</param>
public sealed record SchemaChange(ChangeImpact Impact, string Kind, string Pointer, string Explanation)
{
    public bool IsBreaking => Impact == ChangeImpact.Breaking;
}
