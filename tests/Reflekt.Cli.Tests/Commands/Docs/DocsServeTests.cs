using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Reflekt.Cli.Tests.Commands.Lint;
using Reflekt.Projects;

namespace Reflekt.Cli.Tests.Commands.Docs;

/// <summary><c>reflekt docs serve</c> run in process: it serves the site over HTTP and follows schema edits.</summary>
public sealed partial class DocsServeTests : IDisposable
{
    private readonly LintProject _project = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        _http.Dispose();
        _project.Dispose();
    }

    [Fact]
    public async Task Serves_the_site_and_regenerates_it_when_a_schema_is_added_or_broken()
    {
        await using var serve = await RunningServe.StartAsync(_project.Path);

        Assert.Contains("<title>", await _http.GetStringAsync(serve.Address, Cancel)); // "/" is index.html
        Assert.Contains("Order Completed", await _http.GetStringAsync(new Uri(serve.Address, "all-events.html"), Cancel));
        var response = await _http.GetAsync(new Uri(serve.Address, "assets/search-index.js"), Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync(new Uri(serve.Address, "../reflekt_project.yml"), Cancel)).StatusCode);

        _project.Dir.Write(LintProject.BrokenPath, LintProject.Broken);
        await serve.WaitForOutputAsync("regenerated, 2 events");
        Assert.Contains("Add to Cart", await _http.GetStringAsync(new Uri(serve.Address, "assets/search-index.js"), Cancel));

        // A schema that no longer parses: one error line, and the last good site stays up.
        _project.Dir.Write(LintProject.BrokenPath, "{ \"$id\": ");
        await serve.WaitForErrorAsync("still serving the previous site");
        Assert.Contains("Add to Cart", await _http.GetStringAsync(new Uri(serve.Address, "assets/search-index.js"), Cancel));
        Assert.Contains("Add_to_Cart/1-0.json", serve.Error);

        var exit = await serve.StopAsync();
        Assert.Equal(0, exit);
    }

    [Fact]
    public async Task A_port_in_use_is_a_one_line_error()
    {
        var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        try
        {
            var port = ((IPEndPoint)taken.LocalEndpoint).Port;
            var result = await CliRunner.RunAsync(_project.Path, "docs", "serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

            Assert.Equal($"--port {port}: address 127.0.0.1:{port} is already in use (another server, or pass --port 0 for a free one).", result.AssertOneLineError());
        }
        finally
        {
            taken.Stop();
        }
    }

    [Fact]
    public async Task A_port_out_of_range_is_a_usage_error()
    {
        var result = await CliRunner.RunAsync(_project.Path, "docs", "serve", "--port", "99999");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: --port: expected 0-65535", result.Error);
    }

    [GeneratedRegex(@"on (http://\S+) ")]
    private static partial Regex AddressLine();

    /// <summary>One in-process <c>docs serve --port 0</c>, with output readable while it runs.</summary>
    private sealed class RunningServe : IAsyncDisposable
    {
        private readonly StringWriter _out = new();
        private readonly StringWriter _error = new();
        private readonly TextWriter _syncOut;
        private readonly TextWriter _syncError;
        private readonly CancellationTokenSource _stop = new();
        private Task<int> _run = Task.FromResult(0);

        private RunningServe()
        {
            _syncOut = TextWriter.Synchronized(_out);
            _syncError = TextWriter.Synchronized(_error);
        }

        public Uri Address { get; private set; } = null!;

        public string Error
        {
            get
            {
                lock (_syncError)
                {
                    return _error.ToString();
                }
            }
        }

        private string Out
        {
            get
            {
                lock (_syncOut)
                {
                    return _out.ToString();
                }
            }
        }

        public static async Task<RunningServe> StartAsync(string directory)
        {
            var serve = new RunningServe();
            var host = new CliHost
            {
                Out = serve._syncOut,
                Error = serve._syncError,
                In = new StringReader(""),
                IsInteractive = false,
                SupportsColor = false,
                Environment = ProfileEnvironment.FromVariables(new Dictionary<string, string>(), "/home/tester"),
                WorkingDirectory = directory,
                Width = 240,
            };
            serve._run = Task.Run(() => ReflektCli.RunAsync(["docs", "serve", "--port", "0"], host, serve._stop.Token));
            await serve.WaitForOutputAsync("events on http://");
            serve.Address = new Uri(AddressLine().Match(serve.Out).Groups[1].Value);
            return serve;
        }

        public Task WaitForOutputAsync(string text) => WaitAsync(() => Out, text);

        public Task WaitForErrorAsync(string text) => WaitAsync(() => Error, text);

        public async Task<int> StopAsync()
        {
            await _stop.CancelAsync();
            return await _run.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        }

        public async ValueTask DisposeAsync()
        {
            if (!_run.IsCompleted)
            {
                await StopAsync();
            }

            _stop.Dispose();
        }

        private async Task WaitAsync(Func<string> read, string text)
        {
            // Generous: the machine may be busy; the server normally answers well within a second or two.
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
            while (!read().Contains(text, StringComparison.Ordinal))
            {
                if (_run.IsCompleted)
                {
                    Assert.Fail($"docs serve exited with {await _run} before printing \"{text}\": {Out}{Error}");
                }

                Assert.True(DateTime.UtcNow < deadline, $"no \"{text}\" within 60 s: {Out}{Error}");
                await Task.Delay(50, TestContext.Current.CancellationToken);
            }
        }
    }
}
