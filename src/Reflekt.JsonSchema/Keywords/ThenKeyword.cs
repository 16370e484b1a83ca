using Reflekt.Json.Schema.Compilation;
using Reflekt.Json.Schema.Dialects;

namespace Reflekt.Json.Schema.Keywords;

/// <summary>then: compiled and applied by <see cref="IfKeyword"/>; on its own it does nothing.</summary>
internal static class ThenKeyword
{
    public static readonly KeywordHandler Handler = new("then", Vocabularies.Applicator, SubschemaShape.Schemas, (_, _) => null);
}
