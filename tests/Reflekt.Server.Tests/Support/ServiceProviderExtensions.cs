using Microsoft.Extensions.DependencyInjection;
using Reflekt.Server.Validation;

namespace Reflekt.Server.Tests.Support;

/// <summary>Peeks at the running server's schema store, to wait for a reload without sleeping.</summary>
public static class ServiceProviderExtensions
{
    public static string? GetSchemaText(this IServiceProvider services, string id) =>
        services.GetRequiredService<SchemaStore>().Current.ById.TryGetValue(id, out var entry) ? entry.Text : null;
}
