using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Reflekt.Projects;
using Reflekt.Testing;

namespace Reflekt.Cli.Tests.Commands.Serve;

public sealed class ServeCommandTests : IDisposable
{
    private static readonly Dictionary<string, string> Keys = new()
    {
        ["REGISTRY_WRITE_KEY"] = "registry-key",
        ["SEGMENT_WRITE_KEY_VALID"] = "valid",
        ["SEGMENT_WRITE_KEY_INVALID"] = "invalid",
        ["SEGMENT_API_HOST"] = "http://127.0.0.1:9",
    };

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("REGISTRY_WRITE_KEY")]
    [InlineData("SEGMENT_WRITE_KEY_VALID")]
    [InlineData("SEGMENT_WRITE_KEY_INVALID")]
    public async Task A_missing_key_is_a_one_line_error_naming_the_variable(string missing)
    {
        Directory.CreateDirectory(Path.Combine(_dir.Path, "schemas"));
        var variables = Keys.Where(k => k.Key != missing).ToDictionary();

        var result = await CliRunner.RunAsync(_dir.Path, variables, "", false, "serve", "--port", "0", "--schemas", "schemas");

        Assert.Contains(missing, result.AssertOneLineError());
    }

    [Fact]
    public async Task Without_schemas_or_a_project_it_says_what_to_pass()
    {
        var result = await CliRunner.RunAsync(_dir.Path, Keys, "", false, "serve", "--port", "0");

        Assert.Contains("--schemas DIR", result.AssertOneLineError());
    }

    [Fact]
    public async Task A_missing_schemas_directory_is_named()
    {
        var result = await CliRunner.RunAsync(_dir.Path, Keys, "", false, "serve", "--schemas", "nowhere");

        Assert.Contains(Path.Combine(_dir.Path, "nowhere"), result.AssertOneLineError());
    }

    [Fact]
    public async Task Schemas_and_s3_together_are_refused()
    {
        Directory.CreateDirectory(Path.Combine(_dir.Path, "schemas"));

        var result = await CliRunner.RunAsync(_dir.Path, Keys, "", false, "serve", "--schemas", "schemas", "--s3", "s3://bucket");

        Assert.Contains("not both", result.AssertOneLineError());
    }

    [Fact]
    public async Task A_malformed_s3_url_is_a_one_line_error()
    {
        var result = await CliRunner.RunAsync(_dir.Path, Keys, "", false, "serve", "--s3", "bucket/prefix");

        Assert.Contains("s3://bucket[/prefix]", result.AssertOneLineError());
    }

    [Fact]
    public async Task A_negative_s3_refresh_is_a_usage_error()
    {
        var result = await CliRunner.RunAsync(_dir.Path, Keys, "", false, "serve", "--s3", "s3://bucket", "--s3-refresh", "-5");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: --s3-refresh must be 0 or more seconds.", result.Error);
        Assert.Contains("reflekt serve --help' for usage.", result.Error);
    }

    [Fact]
    public async Task A_bad_segment_api_host_is_refused()
    {
        Directory.CreateDirectory(Path.Combine(_dir.Path, "schemas"));
        var variables = new Dictionary<string, string>(Keys) { ["SEGMENT_API_HOST"] = "ftp://example" };

        var result = await CliRunner.RunAsync(_dir.Path, variables, "", false, "serve", "--schemas", "schemas");

        Assert.Contains("SEGMENT_API_HOST", result.AssertOneLineError());
    }

    [Fact]
    public async Task An_unknown_missing_schema_policy_is_a_usage_error()
    {
        var result = await CliRunner.RunAsync(_dir.Path, Keys, "", false, "serve", "--missing-schema", "drop");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("drop", result.Error);
    }

    [Fact]
    public async Task It_serves_the_project_schemas_with_flags_over_environment_until_cancelled()
    {
        _dir.Write(ReflektProject.FileName, Files.Project);
        _dir.Write("schemas/demo/Signed_Up/1-0.json", """{"$schema":"http://json-schema.org/draft-07/schema#","$id":"demo/Signed_Up/1-0.json","type":"object"}""");
        using var output = new StringWriter();
        using var error = new StringWriter();
        var host = new CliHost
        {
            Out = TextWriter.Synchronized(output),
            Error = TextWriter.Synchronized(error),
            Environment = ProfileEnvironment.FromVariables(Keys, "/home/tester"),
            WorkingDirectory = _dir.Path,
        };
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var run = ReflektCli.RunAsync(
            ["serve", "--project-dir", _dir.Path, "--port", "0", "--write-key", "flag-key", "--spool-dir", Path.Combine(_dir.Path, "spool")],
            host, stop.Token);

        Uri? address = null;
        for (var i = 0; i < 600 && address is null && !run.IsCompleted; i++)
        {
            var text = output.ToString();
            var at = text.IndexOf("listening on ", StringComparison.Ordinal);
            address = at < 0 ? null : new Uri(text[(at + "listening on ".Length)..].Split(' ')[0]);
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
        Assert.True(address is not null, $"serve did not start: {error}");
        Assert.Contains(Path.Combine(_dir.Path, "schemas"), output.ToString());

        using var http = new HttpClient { BaseAddress = address };
        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/track")
        {
            Content = new StringContent("""{"userId":"u","event":"Signed Up"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String("flag-key:"u8.ToArray()));
        var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        var envKey = new HttpRequestMessage(HttpMethod.Post, "/v1/track")
        {
            Content = new StringContent("""{"userId":"u","event":"Signed Up","writeKey":"registry-key"}""", Encoding.UTF8, "application/json"),
        };
        var refused = await http.SendAsync(envKey, TestContext.Current.CancellationToken);
        await stop.CancelAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(0, await run.WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken));
    }
}
