using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Reflekt.Schemas.Calls;

namespace Reflekt.Codegen.Python;

/// <summary>One call of the Python client (<c>TrackingPlanClient</c>) as the docs site shows it.</summary>
internal static class PythonExample
{
    public static string Call(PlannedEvent planned)
    {
        // A plan holds no alias events, so every planned call has a payload.
        var payloadKey = planned.CallType.PayloadField()!;
        var lead = planned.CallType switch
        {
            CallType.Group => "\"group-1\", ",
            CallType.Page or CallType.Screen => $"{Literals.Quoted(planned.EventName)}, ",
            _ => "",
        };
        var text = new StringBuilder();
        Write(text, ExampleValues.Of(planned.Payload), "    ");
        return $"client.{PythonNames.Function(planned.FunctionBaseName)}(\n    {lead}{payloadKey}={text},\n    user_id=\"user-1\",\n)";
    }

    // Python literals differ from JSON in True/False/None only; strings use the same escapes.
    private static void Write(StringBuilder into, JsonNode? node, string indent)
    {
        switch (node)
        {
            case null:
                into.Append("None");
                break;
            case JsonObject o when o.Count == 0:
                into.Append("{}");
                break;
            case JsonObject o:
                into.Append("{\n");
                foreach (var (key, value) in o)
                {
                    into.Append(indent).Append("    ").Append(Literals.Quoted(key)).Append(": ");
                    Write(into, value, indent + "    ");
                    into.Append(",\n");
                }

                into.Append(indent).Append('}');
                break;
            case JsonArray a:
                into.Append('[');
                for (var i = 0; i < a.Count; i++)
                {
                    if (i > 0)
                    {
                        into.Append(", ");
                    }

                    Write(into, a[i], indent);
                }

                into.Append(']');
                break;
            case JsonValue v when v.TryGetValue<bool>(out var b):
                into.Append(b ? "True" : "False");
                break;
            case JsonValue v when v.TryGetValue<string>(out var s):
                into.Append(Literals.Quoted(s));
                break;
            default:
                into.Append(Convert.ToString(node.ToJsonString(), CultureInfo.InvariantCulture));
                break;
        }
    }
}
