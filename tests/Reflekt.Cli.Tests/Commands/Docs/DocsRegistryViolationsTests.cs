using Reflekt.Cli.Tests.Commands.Lint;
using Reflekt.Cli.Tests.Commands.Violations;

namespace Reflekt.Cli.Tests.Commands.Docs;

/// <summary><c>docs generate --registry-url</c> against a real in-process registry server that saw invalid events.</summary>
public sealed class DocsRegistryViolationsTests : IAsyncLifetime
{
    private const string Token = CountingRegistryServer.Token;

    private readonly LintProject _project = new();
    private CountingRegistryServer _server = null!;
    private string _url = null!;

    public async ValueTask InitializeAsync()
    {
        _server = await CountingRegistryServer.StartAsync(Path.Combine(_project.Path, "schemas"), Path.Combine(_project.Path, "spool"));
        _url = _server.Url;
        // order_id must be a string: 3 events break the plan at /properties/order_id.
        await _server.SendAsync("/v1/track", """{"writeKey":"k","userId":"u","event":"Order Completed","properties":{"order_id":42}}""", times: 3);
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _project.Dispose();
    }

    [Fact]
    public async Task Event_pages_show_the_violations_the_server_counted()
    {
        var result = await CliRunner.RunAsync(_project.Path, new Dictionary<string, string> { ["REGISTRY_ADMIN_TOKEN"] = Token }, "", false,
            "docs", "generate", "--registry-url", _url, "--out", "site");

        Assert.True(result.ExitCode == 0, result.Error + result.Out);
        var page = await File.ReadAllTextAsync(Directory.GetFiles(Path.Combine(_project.Path, "site", "events"), "*.html").Single(), TestContext.Current.CancellationToken);
        Assert.Contains("Violations reported by the registry server", page);
        Assert.Contains("/properties/order_id", page);
        Assert.Contains("<td>3</td>", page);
    }

    [Fact]
    public async Task A_wrong_token_or_no_token_is_a_one_line_error_and_writes_nothing()
    {
        var wrong = await CliRunner.RunAsync(_project.Path, new Dictionary<string, string> { ["REGISTRY_ADMIN_TOKEN"] = "nope" }, "", false,
            "docs", "generate", "--registry-url", _url, "--out", "site");
        var none = await CliRunner.RunAsync(_project.Path, "docs", "generate", "--registry-url", _url, "--out", "site");

        Assert.Contains("401", wrong.AssertOneLineError());
        Assert.Contains("REGISTRY_ADMIN_TOKEN", none.AssertOneLineError());
        Assert.False(Directory.Exists(Path.Combine(_project.Path, "site")));
    }
}
