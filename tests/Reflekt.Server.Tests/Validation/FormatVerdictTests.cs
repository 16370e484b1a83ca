using System.Diagnostics;
using System.Text.Json.Nodes;
using Reflekt.Server.Tests.Support;
using Reflekt.Validation;

namespace Reflekt.Server.Tests.Validation;

/// <summary>
/// Bug 11 of issue 19: `format` is asserted by default, by `reflekt validate` and `reflekt serve` alike, and
/// `--formats annotate` turns it off in both: the same events get the same verdict from either.
/// </summary>
public sealed class FormatVerdictTests : GatewayTest
{
    private const string Schema = """
        {"$schema":"http://json-schema.org/draft-07/schema#","$id":"shop/Signed_Up/1-0.json",
         "self":{"vendor":"com.example","name":"Signed Up","format":"jsonschema","version":"1-0","metadata":{}},
         "type":"object","properties":{"at":{"type":"string","format":"date-time"},"email":{"type":"string","format":"email"}},
         "required":["at"]}
        """;

    private static readonly string[] Events =
    [
        """{"type":"track","userId":"u","event":"Signed Up","messageId":"good","properties":{"at":"2024-05-01T10:00:00Z","email":"jo@example.com"}}""",
        """{"type":"track","userId":"u","event":"Signed Up","messageId":"bad-date","properties":{"at":"yesterday"}}""",
        """{"type":"track","userId":"u","event":"Signed Up","messageId":"bad-day","properties":{"at":"2024-02-30T10:00:00Z"}}""",
        """{"type":"track","userId":"u","event":"Signed Up","messageId":"bad-email","properties":{"at":"2024-05-01T10:00:00Z","email":"not an address"}}""",
        """{"type":"track","userId":"u","event":"Signed Up","messageId":"missing","properties":{"email":"jo@example.com"}}""",
    ];

    [Theory]
    [InlineData(FormatPolicy.Assert, new[] { "bad-date", "bad-day", "bad-email", "missing" })]
    [InlineData(FormatPolicy.Annotate, new[] { "missing" })]
    public async Task Validate_and_serve_give_the_same_verdict_on_the_same_events(FormatPolicy formats, string[] invalid)
    {
        var schemas = Scratch.Sub("schemas");
        Directory.CreateDirectory(Path.Combine(schemas, "shop", "Signed_Up"));
        var schemaFile = Path.Combine(schemas, "shop", "Signed_Up", "1-0.json");
        await File.WriteAllTextAsync(schemaFile, Schema);
        var input = Path.Combine(Scratch.Path, "events.ndjson");
        await File.WriteAllLinesAsync(input, Events);

        var byCli = await InvalidByValidateAsync(schemaFile, input, formats);
        var byServer = await InvalidByServeAsync(schemas, formats);

        Assert.Equal(invalid, byCli);
        Assert.Equal(invalid, byServer);
    }

    private static async Task<string[]> InvalidByValidateAsync(string schemaFile, string input, FormatPolicy formats)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "Reflekt.Cli.dll"), "validate", "--schema", schemaFile, "--format", "json" })
        {
            start.ArgumentList.Add(argument);
        }
        if (formats == FormatPolicy.Annotate)
        {
            start.ArgumentList.Add("--formats");
            start.ArgumentList.Add("annotate");
        }
        start.ArgumentList.Add(input);
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 1, $"exit {process.ExitCode}: {error}");
        var verdicts = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!).ToList();
        Assert.Equal(Events.Length, verdicts.Count);
        return [.. verdicts.Where(v => !(bool)v["valid"]!).Select(v => MessageIdOf((int)v["document"]!))];
    }

    private async Task<string[]> InvalidByServeAsync(string schemas, FormatPolicy formats)
    {
        var settings = RunningServer.Settings(SegmentApi, Scratch.Sub("spool"), schemas) with { Formats = formats };
        await using var server = await RunningServer.StartAsync(settings);
        await server.PostAsync("/v1/batch", "{\"batch\":[" + string.Join(",", Events) + "]}");
        await Eventually.TrueAsync(() => SegmentApi.Messages.Count == Events.Length, "every event reaches Segment");
        return [.. SegmentApi.Messages.Where(m => m.WriteKey == RunningServer.InvalidKey).Select(m => (string)m.Message["messageId"]!).Order(StringComparer.Ordinal)];
    }

    private static string MessageIdOf(int document) => (string)JsonNode.Parse(Events[document - 1])!["messageId"]!;
}
