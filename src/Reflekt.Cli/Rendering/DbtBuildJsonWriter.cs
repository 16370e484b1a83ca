using Reflekt.Dbt;

namespace Reflekt.Cli.Rendering;

/// <summary><c>reflekt build --format json</c>: the package, its models with their test counts, warnings and removed files.</summary>
internal static class DbtBuildJsonWriter
{
    public static void Write(TextWriter output, DbtBuildResult result, string directory)
    {
        using var document = new JsonTextOutput(output);
        var json = document.Json;
        json.WriteStartObject();
        json.WriteString("package", result.Package.Name);
        json.WriteString("directory", directory);
        json.WriteNumber("models", result.Models.Count);
        json.WriteNumber("tests", result.TestCount);
        json.WriteNumber("warnings", result.Warnings.Count);
        json.WriteStartArray("built");
        foreach (var model in result.Models)
        {
            json.WriteStartObject();
            json.WriteString("name", model.Name);
            json.WriteString("path", model.Path);
            json.WriteNumber("tests", model.Tests);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("removed");
        foreach (var path in result.Removed)
        {
            json.WriteStringValue(path);
        }

        json.WriteEndArray();
        json.WriteStartArray("diagnostics");
        foreach (var d in result.Warnings)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", d.RuleId);
            json.WriteString("severity", DiagnosticJsonWriter.SeverityName(d.Severity));
            json.WriteString("message", d.Message);
            json.WriteString("file", d.File);
            json.WriteString("pointer", d.Pointer);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
