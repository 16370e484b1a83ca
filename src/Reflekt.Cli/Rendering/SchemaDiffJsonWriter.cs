using System.Text.Json;
using Reflekt.Schemas.Evolution;

namespace Reflekt.Cli.Rendering;

/// <summary><c>diff --format json</c>: every compared pair with its classified changes.</summary>
internal static class SchemaDiffJsonWriter
{
    public static void Write(TextWriter output, IReadOnlyList<SchemaComparison> comparisons)
    {
        using (var document = new JsonTextOutput(output))
        {
            var json = document.Json;
            json.WriteStartObject();
            json.WriteNumber("breaking", comparisons.Sum(c => c.BreakingCount));
            json.WriteStartArray("comparisons");
            foreach (var comparison in comparisons)
            {
                json.WriteStartObject();
                json.WriteString("old", comparison.Old);
                json.WriteString("new", comparison.New);
                json.WriteString("status", comparison.Status.ToString().ToLowerInvariant());
                json.WriteStartArray("changes");
                foreach (var change in comparison.Changes)
                {
                    json.WriteStartObject();
                    json.WriteString("impact", change.Impact switch { ChangeImpact.NonBreaking => "non-breaking", ChangeImpact.Breaking => "breaking", _ => "not-analysed" });
                    json.WriteString("kind", change.Kind);
                    json.WriteString("pointer", change.Pointer);
                    json.WriteString("explanation", change.Explanation);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
    }
}
