using System.Text.Json;
using Reflekt.Validation;

namespace Reflekt.Cli.Rendering;

/// <summary><c>validate --format json</c>: one line per document, <c>{"document","line","valid","errors":[{rule,instanceLocation,keywordLocation,message}]}</c>.</summary>
internal static class ValidationJsonWriter
{
    public static void Write(TextWriter output, DocumentValidation result)
    {
        using (var document = new JsonTextOutput(output, indented: false))
        {
            var json = document.Json;
            json.WriteStartObject();
            json.WriteNumber("document", result.Number);
            json.WriteNumber("line", result.Line);
            json.WriteBoolean("valid", result.Valid);
            json.WriteStartArray("errors");
            foreach (var error in result.Errors)
            {
                json.WriteStartObject();
                json.WriteString("rule", error.RuleId);
                json.WriteString("instanceLocation", error.Pointer ?? "");
                json.WriteString("keywordLocation", error.SchemaLocation ?? "");
                json.WriteString("message", error.Message);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
    }
}
