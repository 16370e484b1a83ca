using System.Text.Json;
using Reflekt.Diagnostics;
using Reflekt.Linting;

namespace Reflekt.Cli.Rendering;

/// <summary><c>--format sarif</c>: a SARIF 2.1.0 log with one run, as GitHub code scanning accepts it.</summary>
internal static class SarifWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    private const string RulesDocumentation = Documentation.LintRules;

    public static void Write(TextWriter output, IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<LintRule> rules, string version)
    {
        var ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        using (var document = new JsonTextOutput(output))
        {
            var json = document.Json;
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "reflekt");
            json.WriteString("version", version);
            json.WriteString("informationUri", RulesDocumentation);
            json.WriteStartArray("rules");
            // Every rule that ran, plus ids that only the engine reports (unreadable files, rule failures).
            var descriptors = rules.Select(r => (r.Id, r.Name, r.DefaultSeverity))
                .Concat([(Linter.InvalidJsonRuleId, "invalid-json", Severity.Error), (Linter.InternalErrorRuleId, "internal-error", Severity.Error)]);
            foreach (var (id, name, severity) in descriptors)
            {
                ruleIndex[id] = ruleIndex.Count;
                json.WriteStartObject();
                json.WriteString("id", id);
                json.WriteString("name", name);
                json.WriteStartObject("shortDescription");
                json.WriteString("text", $"{id} {name}");
                json.WriteEndObject();
                json.WriteString("helpUri", $"{RulesDocumentation}#{id.ToLowerInvariant()}");
                json.WriteStartObject("defaultConfiguration");
                json.WriteString("level", Level(severity));
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartArray("results");
            foreach (var d in diagnostics)
            {
                document.FlushIfLarge();
                json.WriteStartObject();
                json.WriteString("ruleId", d.RuleId);
                if (ruleIndex.TryGetValue(d.RuleId, out var index))
                {
                    json.WriteNumber("ruleIndex", index);
                }
                json.WriteString("level", Level(d.Severity));
                json.WriteStartObject("message");
                json.WriteString("text", d.Message);
                json.WriteEndObject();
                json.WriteStartArray("locations");
                json.WriteStartObject();
                json.WriteStartObject("physicalLocation");
                json.WriteStartObject("artifactLocation");
                json.WriteString("uri", d.File ?? "");
                json.WriteEndObject();
                if (d.Line > 0)
                {
                    json.WriteStartObject("region");
                    json.WriteNumber("startLine", d.Line);
                    json.WriteNumber("startColumn", Math.Max(1, d.Column));
                    json.WriteEndObject();
                }
                json.WriteEndObject();
                if (!string.IsNullOrEmpty(d.Pointer))
                {
                    json.WriteStartArray("logicalLocations");
                    json.WriteStartObject();
                    json.WriteString("fullyQualifiedName", d.Pointer);
                    json.WriteString("kind", "member");
                    json.WriteEndObject();
                    json.WriteEndArray();
                }
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };
}
