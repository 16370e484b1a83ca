using System.Text.Json;

namespace Reflekt.Schemas.Evolution;

/// <summary>
/// A pure diff of two event schemas. A change is breaking when an event that was valid under the old
/// schema can be rejected by the new one (the Iglu / Confluent "backward compatible" notion). Each keyword
/// is compared by its comparer in <see cref="Comparers.KeywordComparers"/>; a differing keyword none of
/// them owns is reported as not analysed (breaking). Reflekt metadata and annotations are not compared.
/// </summary>
public static class SchemaDiff
{
    /// <summary>Every change from <paramref name="oldSchema"/> to <paramref name="newSchema"/>, in document order.</summary>
    public static IReadOnlyList<SchemaChange> Compare(JsonElement oldSchema, JsonElement newSchema) =>
        Compare(oldSchema, newSchema, SchemaReferences.None, SchemaReferences.None);

    /// <summary>As <see cref="Compare(JsonElement, JsonElement)"/>, resolving cross-file <c>$ref</c>s in the documents of each side.</summary>
    public static IReadOnlyList<SchemaChange> Compare(JsonElement oldSchema, JsonElement newSchema, SchemaReferences oldReferences, SchemaReferences newReferences)
    {
        var comparer = new SchemaComparer();
        comparer.EnterRoots(oldSchema, newSchema);
        comparer.CompareSchema(new SchemaNode(oldSchema, oldSchema, oldReferences), new SchemaNode(newSchema, newSchema, newReferences), "", depth: 0);
        return comparer.Changes;
    }
}
