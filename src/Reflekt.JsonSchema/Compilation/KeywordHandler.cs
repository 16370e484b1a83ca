using System.Text.Json;
using Reflekt.Json.Schema.Evaluation;

namespace Reflekt.Json.Schema.Compilation;

/// <summary>Where a keyword keeps subschemas, so that identifiers inside them are found before compiling.</summary>
internal enum SubschemaShape
{
    /// <summary>The value is not a schema.</summary>
    None,

    /// <summary>The value is a schema, or an array of schemas.</summary>
    Schemas,

    /// <summary>The value is an object whose member values are schemas.</summary>
    Map,
}

/// <summary>
/// Knows one keyword: its name, its vocabulary, where its subschemas are, and how to compile its value
/// into an immutable <see cref="Keyword"/> (null when it contributes nothing on its own, e.g. <c>$defs</c>).
/// </summary>
internal sealed record KeywordHandler(string Name, string Vocabulary, SubschemaShape Shape, Func<JsonElement, SchemaBuilder, Keyword?> Compile);
