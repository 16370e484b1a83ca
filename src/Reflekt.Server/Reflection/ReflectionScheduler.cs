using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Reflekt.Server.Reflection;

/// <summary>Runs a reflection cycle every REFLECTION_INTERVAL (and at start), through the one-at-a-time gate.</summary>
/// <remarks>
/// Ticks are sequential (a PeriodicTimer coalesces ticks missed while a cycle runs), and a tick that meets a
/// manual run in progress is refused by the gate, so two cycles never overlap.
/// </remarks>
internal sealed class ReflectionScheduler(
    ReflectionGate gate, IOptions<ReflectionOptions> options, TimeProvider time, ILogger<ReflectionScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            logger.LogInformation("Reflection loop off: no REFLECTION_SOURCE / warehouse configured");
            return;
        }

        using var timer = new PeriodicTimer(settings.Interval, time);
        try
        {
            if (settings.RunOnStart)
            {
                await TickAsync(stoppingToken).ConfigureAwait(false);
            }

            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                await TickAsync(stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task TickAsync(CancellationToken stoppingToken)
    {
        var cycle = gate.TryStart("schedule", stoppingToken);
        if (cycle is null)
        {
            logger.LogInformation("Reflection tick skipped: a cycle is still running");
            return;
        }

        await cycle.ConfigureAwait(false);
    }
}
