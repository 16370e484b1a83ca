using Microsoft.Extensions.DependencyInjection;

namespace Reflekt.Server.Reflection;

/// <summary>Registers the reflection loop: options, the cycle, the one-at-a-time gate and the scheduler.</summary>
public static class ReflectionServiceCollectionExtensions
{
    public static IServiceCollection AddReflection(this IServiceCollection services)
    {
        services.AddOptions<ReflectionOptions>().BindConfiguration(ReflectionOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.Interval > TimeSpan.Zero && o.TableTimeout > TimeSpan.Zero, "REFLECTION_INTERVAL and REFLECTION_TABLE_TIMEOUT must be positive.")
            .ValidateOnStart();
        services.AddSingleton<ReflectionCycle>();
        services.AddSingleton(sp => new ReflectionGate(sp.GetRequiredService<ReflectionCycle>().RunAsync));
        services.AddHostedService<ReflectionScheduler>();
        return services;
    }
}
