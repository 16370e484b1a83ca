extern alias reflekt;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Reflekt = reflekt::Reflekt.Json.Schema;
using Net = Json.Schema;

// Validates pre-parsed events with one compiled validator, single thread, like validate_ajv.cjs: a warm-up pass,
// then N timed passes; prints the median and the bytes allocated per event (GC.GetAllocatedBytesForCurrentThread).
// usage: JsonSchemaVsAjv <reflekt|jsonschema.net> <schema.json> <events.jsonl> [runs] [formats|no-formats]
if (args.Length < 3 || args[0] is not ("reflekt" or "jsonschema.net"))
{
    Console.Error.WriteLine("usage: JsonSchemaVsAjv <reflekt|jsonschema.net> <schema.json> <events.jsonl> [runs] [formats|no-formats]");
    return 2;
}

var engine = args[0];
var schemaText = File.ReadAllText(args[1]);
var runs = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 5;
// "formats" asserts format (date-time, uuid…) as ajv-formats does.
var assertFormat = args.Length <= 4 || args[4] == "formats";
var events = File.ReadLines(args[2]).Select(line => JsonDocument.Parse(line).RootElement).ToArray();
var isValid = engine == "reflekt" ? ReflektValidator(schemaText, assertFormat) : JsonSchemaNetValidator(schemaText, assertFormat);

int CountValid()
{
    var valid = 0;
    foreach (var e in events)
    {
        if (isValid(e))
        {
            valid++;
        }
    }

    return valid;
}

CountValid();
var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
CountValid();
var bytesPerEvent = (double)(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / events.Length;
var timings = new List<double>();
// CPU time of the process per pass as well: on a machine shared with other jobs it moves far less than wall time.
var cpuTimings = new List<double>();
var validCount = 0;
for (var i = 0; i < runs; i++)
{
    var cpuBefore = Environment.CpuUsage.TotalTime;
    var stopwatch = Stopwatch.StartNew();
    validCount = CountValid();
    timings.Add(stopwatch.Elapsed.TotalSeconds);
    cpuTimings.Add((Environment.CpuUsage.TotalTime - cpuBefore).TotalSeconds);
}

timings.Sort();
cpuTimings.Sort();
var median = timings[timings.Count / 2];
var cpuMedian = cpuTimings[cpuTimings.Count / 2];
var name = engine == "reflekt" ? "Reflekt.JsonSchema" : "JsonSchema.Net=" + (System.Reflection.CustomAttributeExtensions.GetCustomAttribute<System.Reflection.AssemblyInformationalVersionAttribute>(typeof(Net.JsonSchema).Assembly)?.InformationalVersion.Split('+')[0] ?? "?");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"dotnet {name} formats={(assertFormat ? "formats" : "no-formats")} events={events.Length} valid={validCount} median_seconds={median:F4} events_per_second={events.Length / median:F0} cpu_events_per_second={events.Length / cpuMedian:F0} bytes_per_event={bytesPerEvent:F0}"));
return 0;

static Func<JsonElement, bool> ReflektValidator(string schemaText, bool assertFormat)
{
    var schema = Reflekt.JsonSchema.Compile(schemaText, new Reflekt.CompileOptions { AssertFormat = assertFormat });
    return schema.IsValid;
}

static Func<JsonElement, bool> JsonSchemaNetValidator(string schemaText, bool assertFormat)
{
    var schema = Net.JsonSchema.FromText(schemaText);
    var options = new Net.EvaluationOptions { OutputFormat = Net.OutputFormat.Flag, RequireFormatValidation = assertFormat };
    return e => schema.Evaluate(e, options).IsValid;
}
