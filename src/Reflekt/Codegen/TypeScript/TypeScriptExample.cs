using System.Text.Json;
using Reflekt.Schemas.Calls;

namespace Reflekt.Codegen.TypeScript;

/// <summary>One call of the Node client (<c>createClient</c>) as the docs site shows it.</summary>
internal static class TypeScriptExample
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, IndentSize = 2 };

    public static string Call(PlannedEvent planned)
    {
        // A plan holds no alias events, so every planned call has a payload.
        var payloadKey = planned.CallType.PayloadField()!;
        var lead = planned.CallType switch
        {
            CallType.Group => "groupId: \"group-1\", ",
            CallType.Page or CallType.Screen => $"name: {Literals.Quoted(planned.EventName)}, ",
            _ => "",
        };
        var payload = ExampleValues.Of(planned.Payload).ToJsonString(Indented).Replace("\n", "\n  ");
        return $"client.{TypeScriptGenerator.FunctionName(planned)}({{\n  userId: \"user-1\",\n  {lead}{payloadKey}: {payload},\n}});";
    }
}
