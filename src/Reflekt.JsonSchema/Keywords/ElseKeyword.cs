using Reflekt.Json.Schema.Compilation;
using Reflekt.Json.Schema.Dialects;

namespace Reflekt.Json.Schema.Keywords;

/// <summary>else: compiled and applied by <see cref="IfKeyword"/>; on its own it does nothing.</summary>
internal static class ElseKeyword
{
    public static readonly KeywordHandler Handler = new("else", Vocabularies.Applicator, SubschemaShape.Schemas, (_, _) => null);
}
