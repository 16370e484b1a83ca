using System.Net;
using System.Net.Sockets;
using Reflekt.Http;
using Reflekt.Registries;
using Reflekt.Registries.Segment;

namespace Reflekt.Tests.Registries;

/// <summary>The shared HTTP policy outside what the service stand-ins cover: nobody listening, cancellation.</summary>
public sealed class HttpPolicyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Uri Closed()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}");
    }

    [Fact]
    public async Task Nobody_listening_is_retried_then_a_transient_one_line_error()
    {
        var registry = new SegmentProtocolsRegistry(new SegmentSettings("t") { BaseUrl = Closed() }, LocalSchemas.FastRetries with { MaxRetries = 2 });

        var e = await Assert.ThrowsAsync<ReflektException>(() => registry.CheckAsync(Ct));

        Assert.StartsWith("Segment Public API: cannot reach GET http://127.0.0.1:", e.Message, StringComparison.Ordinal);
        Assert.True(e.IsTransient);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public async Task Cancellation_stops_the_backoff_wait()
    {
        var registry = new SegmentProtocolsRegistry(new SegmentSettings("t") { BaseUrl = Closed() },
            new ResilientHttpOptions { BaseDelay = TimeSpan.FromMinutes(5), MaxDelay = TimeSpan.FromMinutes(5) });
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        cts.CancelAfter(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => registry.CheckAsync(cts.Token));
    }
}
