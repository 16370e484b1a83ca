using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Reflekt.Json.Schema;

// Validates pre-parsed events with one compiled Reflekt.JsonSchema validator, single thread, like
// validate_python.py: a warm-up pass, then N timed passes; prints the median.
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: JsonSchemaThroughput <schema.json> <events.jsonl> [runs] [formats|no-formats]");
    return 2;
}

// "formats" asserts format (date-time…) as ajv-formats does; the default leaves it an annotation, as jsonschema does.
var assertFormat = args.Length > 3 && args[3] == "formats";
var schema = JsonSchema.Compile(File.ReadAllText(args[0]), new CompileOptions { AssertFormat = assertFormat });
var runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;
var events = File.ReadLines(args[1]).Select(line => JsonDocument.Parse(line).RootElement).ToArray();

int CountValid()
{
    var valid = 0;
    foreach (var e in events)
    {
        if (schema.IsValid(e))
        {
            valid++;
        }
    }

    return valid;
}

CountValid();
var timings = new List<double>();
var validCount = 0;
for (var i = 0; i < runs; i++)
{
    var stopwatch = Stopwatch.StartNew();
    validCount = CountValid();
    timings.Add(stopwatch.Elapsed.TotalSeconds);
}

timings.Sort();
var median = timings[timings.Count / 2];
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"dotnet Reflekt.JsonSchema formats={(assertFormat ? "formats" : "no-formats")} events={events.Length} valid={validCount} median_seconds={median:F4} events_per_second={events.Length / median:F0}"));
return 0;
