using Reflekt.Json.Schema.Compilation;
using Reflekt.Json.Schema.Dialects;

namespace Reflekt.Json.Schema.Keywords;

/// <summary>$defs: a home for reusable subschemas; compiled only when referenced.</summary>
internal static class DefsKeyword
{
    public static readonly KeywordHandler Handler = new("$defs", Vocabularies.Core, SubschemaShape.Map, (value, builder) =>
        value.ValueKind == System.Text.Json.JsonValueKind.Object ? null : throw builder.Invalid(Messages.MustBeObject("$defs")));
}
