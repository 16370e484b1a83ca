using System.Text.Json;
using Reflekt.Diagnostics;

namespace Reflekt.Cli.Rendering;

/// <summary><c>--format json</c>: one JSON object with counts and every diagnostic.</summary>
internal static class DiagnosticJsonWriter
{
    public static void Write(TextWriter output, IReadOnlyList<Diagnostic> diagnostics, int schemaCount)
    {
        using (var document = new JsonTextOutput(output))
        {
            var json = document.Json;
            json.WriteStartObject();
            json.WriteNumber("schemas", schemaCount);
            json.WriteNumber("errors", diagnostics.Count(d => d.Severity == Severity.Error));
            json.WriteNumber("warnings", diagnostics.Count(d => d.Severity == Severity.Warning));
            json.WriteNumber("infos", diagnostics.Count(d => d.Severity == Severity.Info));
            json.WriteStartArray("diagnostics");
            foreach (var d in diagnostics)
            {
                document.FlushIfLarge();
                json.WriteStartObject();
                json.WriteString("ruleId", d.RuleId);
                json.WriteString("severity", SeverityName(d.Severity));
                json.WriteString("message", d.Message);
                json.WriteString("file", d.File);
                json.WriteNumber("line", d.Line);
                json.WriteNumber("column", d.Column);
                json.WriteString("pointer", d.Pointer);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
    }

    public static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };
}
