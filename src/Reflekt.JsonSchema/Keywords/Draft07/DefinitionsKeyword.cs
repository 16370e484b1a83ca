using Reflekt.Json.Schema.Compilation;
using Reflekt.Json.Schema.Dialects;

namespace Reflekt.Json.Schema.Keywords.Draft07;

/// <summary>draft-07 definitions: a home for reusable subschemas; compiled only when referenced.</summary>
internal static class DefinitionsKeyword
{
    public static readonly KeywordHandler Handler = new("definitions", Vocabularies.Core, SubschemaShape.Map, (value, builder) =>
        value.ValueKind == System.Text.Json.JsonValueKind.Object ? null : throw builder.Invalid(Messages.MustBeObject("definitions")));
}
