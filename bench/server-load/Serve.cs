using Reflekt.Server;

namespace Reflekt.Bench.ServerLoad;

/// <summary>Hosts the registry server in its own process for the benchmark, exactly as `reflekt serve` builds it.</summary>
internal static class Serve
{
    /// <param name="violations">False turns violation counting off (`Violations:Enabled`), to measure what it costs.</param>
    public static async Task RunAsync(int port, string segment, string schemas, string spool, bool violations)
    {
        var app = ReflektServer.Build(new ReflektServerSettings
        {
            Port = port,
            WriteKey = "bench-key",
            ValidWriteKey = "valid-key",
            InvalidWriteKey = "invalid-key",
            SegmentApiHost = segment,
            SchemasDirectory = schemas,
            SpoolDirectory = spool,
            Configuration = new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Default"] = "Warning",
                ["Violations:Enabled"] = violations ? "true" : "false",
            },
        });
        await app.RunAsync();
    }
}
