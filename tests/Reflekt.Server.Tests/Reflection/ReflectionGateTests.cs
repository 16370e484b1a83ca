using Microsoft.Extensions.Logging.Abstractions;
using Reflekt.Server.Reflection;
using Reflekt.Server.Tests.Support;

namespace Reflekt.Server.Tests.Reflection;

public sealed class ReflectionGateTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>A cycle that counts how many run at once and finishes only when released.</summary>
    private sealed class HeldCycle
    {
        // Permits, not a one-shot signal: a release that comes before the cycle waits is not lost.
        private readonly SemaphoreSlim _release = new(0);
        private int _concurrent;

        public int MaxConcurrent;
        public int Runs;

        public async Task<CycleSummary> RunAsync(string trigger, CancellationToken ct)
        {
            var now = Interlocked.Increment(ref _concurrent);
            InterlockedMax(ref MaxConcurrent, now);
            Interlocked.Increment(ref Runs);
            try
            {
                await _release.WaitAsync(ct);
                return new CycleSummary(trigger, At, At, 1, 0, null);
            }
            finally
            {
                Interlocked.Decrement(ref _concurrent);
            }
        }

        public void Release() => _release.Release();

        private static void InterlockedMax(ref int target, int value)
        {
            int seen;
            while (value > (seen = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen)
            {
            }
        }
    }

    [Fact]
    public async Task Two_overlapping_starts_never_run_two_cycles()
    {
        var held = new HeldCycle();
        var gate = new ReflectionGate(held.RunAsync);

        // StartNew, not Task.Run: Task.Run would unwrap (and wait for) the returned cycle task.
        using var go = new ManualResetEventSlim();
        var attempts = Enumerable.Range(0, 8)
            .Select(_ => Task.Factory.StartNew(() => { go.Wait(); return gate.TryStart("manual", TestContext.Current.CancellationToken); },
                CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default))
            .ToList();
        go.Set();
        var starts = await Task.WhenAll(attempts);
        var winners = starts.Where(t => t is not null).ToList();

        var winner = Assert.Single(winners)!;
        Assert.True(gate.IsRunning);
        Assert.Equal(7, gate.Refused);
        held.Release();
        var summary = await winner;
        Assert.Equal("manual", summary.Trigger);
        Assert.False(gate.IsRunning);
        Assert.Equal(summary, gate.Last);

        // Idle again: the next start wins.
        var next = gate.TryStart("schedule", TestContext.Current.CancellationToken);
        Assert.NotNull(next);
        held.Release();
        await next;
        Assert.Equal(2, held.Runs);
        Assert.Equal(1, held.MaxConcurrent);
    }

    [Fact]
    public async Task Scheduler_ticks_while_a_cycle_runs_start_no_second_cycle_and_a_manual_run_is_refused()
    {
        var held = new HeldCycle();
        var gate = new ReflectionGate(held.RunAsync);
        var options = Microsoft.Extensions.Options.Options.Create(new ReflectionOptions
        {
            Interval = TimeSpan.FromMilliseconds(20),
            Source = "wh.db.seg",
        });
        using var scheduler = new ReflectionScheduler(gate, options, TimeProvider.System, NullLogger<ReflectionScheduler>.Instance);

        await scheduler.StartAsync(TestContext.Current.CancellationToken);
        await Eventually.TrueAsync(() => gate.IsRunning, "the first scheduled cycle starts");
        // Many intervals pass while the first cycle is held.
        await Task.Delay(300, TestContext.Current.CancellationToken);
        Assert.Equal(1, gate.CyclesStarted);
        Assert.Null(gate.TryStart("manual", TestContext.Current.CancellationToken));

        held.Release();
        await Eventually.TrueAsync(() => gate.CyclesStarted >= 2, "the schedule goes on after the cycle ends");
        held.Release();
        await scheduler.StopAsync(TestContext.Current.CancellationToken);
        Assert.Equal(1, held.MaxConcurrent);
    }
}
