using System.Text.Json;
using Reflekt.Json.Schema;

namespace Reflekt.Validation;

/// <summary>
/// How every event schema is compiled, by <c>reflekt validate</c> and the registry server alike: draft-07 when
/// <c>$schema</c> names none, and <c>format</c> asserted or not by one <see cref="FormatPolicy"/>.
/// </summary>
public static class EventSchemaCompiler
{
    /// <exception cref="InvalidSchemaException">The schema does not compile.</exception>
    public static JsonSchema Compile(JsonElement root, FormatPolicy formats, Uri? baseUri = null) =>
        JsonSchema.Compile(root, new CompileOptions
        {
            BaseUri = baseUri,
            DefaultDraft = Draft.Draft07,
            AssertFormat = formats == FormatPolicy.Assert,
        });
}
