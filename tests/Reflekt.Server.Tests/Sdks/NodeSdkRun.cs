using System.Diagnostics;
using Reflekt.Server.Tests.Support;
using Reflekt.Testing;
using Reflekt.Testing.Node;

namespace Reflekt.Server.Tests.Sdks;

/// <summary>
/// `reflekt serve` (a child process) in front of a Segment Tracking API stand-in, with the test schemas, and a way to
/// send calls through a real Node SDK from tests/sdk-clients (its send.mjs driver).
/// </summary>
internal sealed class NodeSdkRun : IAsyncDisposable
{
    public const string Folder = "tests/sdk-clients";

    private readonly TempDirectory _dir;
    private readonly ServeProcess _serve;

    private NodeSdkRun(TempDirectory dir, SegmentTrackingApiStandIn segment, ServeProcess serve)
    {
        _dir = dir;
        Segment = segment;
        _serve = serve;
    }

    public SegmentTrackingApiStandIn Segment { get; }

    public Uri Address => _serve.Address;

    public string Directory => _dir.Path;

    public static async Task<NodeSdkRun> StartAsync(params string[] extraArguments)
    {
        NodePackages.Require(Folder);
        var dir = new TempDirectory("reflekt-sdk");
        var schemas = TestSchemas.WriteAll(System.IO.Directory.CreateDirectory(Path.Combine(dir.Path, "schemas")).FullName);
        var segment = await SegmentTrackingApiStandIn.StartAsync();
        var serve = await ServeProcess.StartAsync(
            ["--port", "0", "--schemas", schemas, "--spool-dir", Path.Combine(dir.Path, "spool"), .. extraArguments],
            new Dictionary<string, string>
            {
                ["REGISTRY_WRITE_KEY"] = RunningServer.WriteKey,
                ["SEGMENT_WRITE_KEY_VALID"] = RunningServer.ValidKey,
                ["SEGMENT_WRITE_KEY_INVALID"] = RunningServer.InvalidKey,
                ["SEGMENT_API_HOST"] = segment.BaseAddress.ToString(),
            });
        return new NodeSdkRun(dir, segment, serve);
    }

    /// <summary>Sends <paramref name="callsJson"/> (a JSON array of messages with their `type`) through <paramref name="sdk"/>.</summary>
    public async Task<(int ExitCode, string Output)> SendAsync(string sdk, string callsJson)
    {
        var modules = Path.Combine(NodePackages.Require(Folder), "node_modules");
        var work = System.IO.Directory.CreateDirectory(Path.Combine(_dir.Path, "node-" + sdk)).FullName;
        if (!System.IO.Directory.Exists(Path.Combine(work, "node_modules")))
        {
            System.IO.Directory.CreateSymbolicLink(Path.Combine(work, "node_modules"), modules);
        }

        var driver = Path.Combine(work, "send.mjs");
        File.Copy(Path.Combine(SharedFixtures.RepositoryRoot, Folder, "send.mjs"), driver, overwrite: true);
        var calls = Path.Combine(work, "calls.json");
        await File.WriteAllTextAsync(calls, callsJson);
        var start = new ProcessStartInfo(NodePackages.NodeExecutable)
        {
            ArgumentList = { driver, sdk, Address.ToString().TrimEnd('/'), RunningServer.WriteKey, calls },
            WorkingDirectory = work,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }

    public async ValueTask DisposeAsync()
    {
        await _serve.DisposeAsync();
        await Segment.DisposeAsync();
        _dir.Dispose();
    }
}
