using Reflekt.Json.Schema.Compilation;
using Reflekt.Json.Schema.Dialects;

namespace Reflekt.Json.Schema.Keywords;

/// <summary>contentSchema: an annotation describing decoded content; never applied to the instance.</summary>
internal static class ContentSchemaKeyword
{
    public static readonly KeywordHandler Handler = new("contentSchema", Vocabularies.Content, SubschemaShape.Schemas, (_, _) => null);
}
