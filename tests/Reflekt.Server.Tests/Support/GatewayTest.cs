namespace Reflekt.Server.Tests.Support;

/// <summary>
/// A test of the gateway in front of Segment: a scratch folder (spools, schemas) and a Segment Tracking API stand-in,
/// started before each test and removed after it.
/// </summary>
public abstract class GatewayTest : IAsyncLifetime
{
    /// <summary>The test's own folder; removed afterwards.</summary>
    protected TemporaryDirectory Scratch { get; } = new();

    /// <summary>Where the gateway forwards to.</summary>
    protected SegmentTrackingApiStandIn SegmentApi { get; private set; } = null!;

    public async ValueTask InitializeAsync() => SegmentApi = await SegmentTrackingApiStandIn.StartAsync();

    public async ValueTask DisposeAsync()
    {
        await SegmentApi.DisposeAsync();
        Scratch.Dispose();
        GC.SuppressFinalize(this);
    }
}
