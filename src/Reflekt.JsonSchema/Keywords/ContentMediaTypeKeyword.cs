using Reflekt.Json.Schema.Compilation;
using Reflekt.Json.Schema.Dialects;

namespace Reflekt.Json.Schema.Keywords;

/// <summary>contentMediaType: an annotation only (2019-09 and 2020-12 do not assert it); checked to be a string.</summary>
internal static class ContentMediaTypeKeyword
{
    public static readonly KeywordHandler Handler = new("contentMediaType", Vocabularies.Content, SubschemaShape.None, (value, builder) =>
    {
        builder.String(value);
        return null;
    });
}
