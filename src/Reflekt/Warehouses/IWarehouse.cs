using Reflekt.Projects.Profiles;

namespace Reflekt.Warehouses;

/// <summary>A connection to one warehouse source of a profile. Created by <see cref="WarehouseFactory"/>; safe to share, dispose when done.</summary>
public interface IWarehouse : IAsyncDisposable
{
    /// <summary>The profile source this warehouse connects to.</summary>
    SourceProfile Source { get; }

    /// <summary>Connects and runs <c>select 1</c>.</summary>
    /// <exception cref="ReflektException">The warehouse cannot be reached or refuses the credentials; the message says why.</exception>
    Task PingAsync(CancellationToken cancellationToken);
}
