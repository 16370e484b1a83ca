namespace Reflekt.Server.Reflection;

/// <summary>Runs at most one reflection cycle at a time; a request while one runs is refused, not queued.</summary>
/// <remarks>DataJunction's beat enqueued a new wave every interval whatever was still running; we skip instead.</remarks>
public sealed class ReflectionGate
{
    private readonly Func<string, CancellationToken, Task<CycleSummary>> _cycle;
    private int _running;
    private long _started;
    private long _refused;
    private CycleSummary? _last;

    public ReflectionGate(Func<string, CancellationToken, Task<CycleSummary>> cycle) => _cycle = cycle;

    /// <summary>True while a cycle runs.</summary>
    public bool IsRunning => Volatile.Read(ref _running) == 1;

    /// <summary>Cycles started since the server started.</summary>
    public long CyclesStarted => Interlocked.Read(ref _started);

    /// <summary>Requests refused because a cycle was running.</summary>
    public long Refused => Interlocked.Read(ref _refused);

    /// <summary>The last finished cycle, or null.</summary>
    public CycleSummary? Last => Volatile.Read(ref _last);

    /// <summary>Starts a cycle unless one runs; the claim is made before this returns, so two callers never both win.</summary>
    public Task<CycleSummary>? TryStart(string trigger, CancellationToken cancellationToken)
    {
        if (Interlocked.CompareExchange(ref _running, 1, 0) != 0)
        {
            Interlocked.Increment(ref _refused);
            return null;
        }

        Interlocked.Increment(ref _started);
        return RunAsync(trigger, cancellationToken);
    }

    private async Task<CycleSummary> RunAsync(string trigger, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Yield();
            var summary = await _cycle(trigger, cancellationToken).ConfigureAwait(false);
            Volatile.Write(ref _last, summary);
            return summary;
        }
        finally
        {
            Volatile.Write(ref _running, 0);
        }
    }
}
