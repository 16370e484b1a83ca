using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Reflekt.Server;
using Reflekt.Testing;

namespace Reflekt.Cli.Tests.Commands.Violations;

/// <summary>`reflekt violations --url` against a real in-process server that saw invalid events.</summary>
public sealed class ViolationsCommandTests : IAsyncLifetime
{
    private const string Token = CountingRegistryServer.Token;
    private const string Plan = """
        {"$schema":"http://json-schema.org/draft-07/schema#","$id":"shop/Group/1-0.json",
         "self":{"vendor":"com.example","name":"Group","format":"jsonschema","version":"1-0","metadata":{}},
         "type":"object","properties":{"plan":{"enum":["free","pro"]}},"required":["plan"]}
        """;

    private readonly TempDirectory _dir = new();
    private CountingRegistryServer _server = null!;
    private string _url = null!;

    public async ValueTask InitializeAsync()
    {
        var schemas = Directory.CreateDirectory(Path.Combine(_dir.Path, "schemas", "shop", "Group")).FullName;
        await File.WriteAllTextAsync(Path.Combine(schemas, "1-0.json"), Plan, TestContext.Current.CancellationToken);
        _server = await CountingRegistryServer.StartAsync(Path.Combine(_dir.Path, "schemas"), Path.Combine(_dir.Path, "spool"));
        _url = _server.Url;
        await _server.SendAsync("/v1/group", """{"writeKey":"k","userId":"u","groupId":"g","traits":{"plan":"gold","email":"ann@example.com"}}""", times: 2);
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _dir.Dispose();
    }

    [Fact]
    public async Task Text_lists_each_violation_with_its_count()
    {
        var result = await CliRunner.RunAsync(_dir.Path, "violations", "--url", _url, "--admin-token", Token);

        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("1 violation(s) in 2 event check(s) since ", lines[0]);
        Assert.Matches(@"^COUNT  SCHEMA / EVENT\s+POINTER\s+KIND  LAST SEEN\s+MESSAGE$", lines[1]);
        Assert.Matches(@"^    2  shop/Group/1-0\.json\s+/traits/plan  enum  \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ  \S", lines[2]);
        Assert.DoesNotContain("ann@example.com", result.Out);
    }

    [Fact]
    public async Task Json_is_the_servers_report_and_takes_the_token_from_the_environment()
    {
        var variables = new Dictionary<string, string> { [ServerEnvironment.AdminToken] = Token };
        var result = await CliRunner.RunAsync(_dir.Path, variables, "", false, "violations", "--url", _url, "--since", "2h", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var report = JsonNode.Parse(result.Out)!;
        var row = Assert.Single(report["violations"]!.AsArray())!;
        Assert.Equal("shop/Group/1-0.json", (string?)row["schema_id"]);
        Assert.Equal("Group", (string?)row["event"]);
        Assert.Equal("/traits/plan", (string?)row["pointer"]);
        Assert.Equal("enum", (string?)row["kind"]);
        Assert.Equal(2, (long)row["count"]!);
        Assert.Equal("***", (string?)row["sample"]!["traits"]!["email"]);
        Assert.True(DateTimeOffset.Parse((string)report["since"]!) < DateTimeOffset.UtcNow.AddHours(-1.9));
    }

    [Fact]
    public async Task A_wrong_token_is_one_line_naming_the_401()
    {
        var line = (await CliRunner.RunAsync(_dir.Path, "violations", "--url", _url, "--admin-token", "wrong")).AssertOneLineError();

        Assert.Contains("401", line);
        Assert.Contains("/v1/violations", line);
    }

    [Fact]
    public async Task An_unreachable_server_is_one_line()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop(); // a port nothing listens on

        var line = (await CliRunner.RunAsync(_dir.Path, "violations", "--url", $"http://127.0.0.1:{port}", "--admin-token", Token)).AssertOneLineError();

        Assert.Contains("cannot reach", line);
    }

    [Fact]
    public async Task A_bad_since_is_one_line()
    {
        var line = (await CliRunner.RunAsync(_dir.Path, "violations", "--url", _url, "--admin-token", Token, "--since", "yesterday")).AssertOneLineError();

        Assert.Contains("--since \"yesterday\"", line);
    }
}
