using Microsoft.Extensions.DependencyInjection;
using Reflekt.Server.Validation;

namespace Reflekt.Server.Tests.Support;

/// <summary>Peeks at the running server's schema store, to wait for a reload without sleeping.</summary>
public static class ServiceProviderExtensions
{
    /// <summary>How the schema watcher is doing, for failure messages.</summary>
    public static string WatcherState(this IServiceProvider services)
    {
        var watcher = services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<SchemaDirectoryWatcher>().SingleOrDefault();
        return watcher?.ExecuteTask is { } task ? $"watcher task {task.Status} {task.Exception?.GetBaseException().Message}" : "no watcher task";
    }

    public static string? GetSchemaText(this IServiceProvider services, string id) =>
        services.GetRequiredService<SchemaStore>().Current.ById.TryGetValue(id, out var entry) ? entry.Text : null;
}
