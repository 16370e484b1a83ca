using System.Data.Common;
using Reflekt.Projects.Profiles;

namespace Reflekt.Warehouses;

/// <summary>
/// The shared part of ADO.NET warehouses: open a connection, run a scalar query, and turn driver
/// failures into one-line <see cref="ReflektException"/>s that name the source (never its secrets).
/// </summary>
public abstract class DbWarehouse : IWarehouse
{
    protected DbWarehouse(SourceProfile source) => Source = source;

    public SourceProfile Source { get; }

    /// <summary>A new, unopened connection for this source.</summary>
    protected abstract DbConnection CreateConnection();

    /// <summary>The driver's reason for a failure, in one line (e.g. "connection refused").</summary>
    protected abstract string Describe(Exception exception);

    /// <summary>True for failures worth retrying (timeouts, a server starting up).</summary>
    protected virtual bool IsTransient(Exception exception) => exception is TimeoutException or DbException { IsTransient: true };

    public async Task PingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "select 1";
        await Run(() => command.ExecuteScalarAsync(cancellationToken));
    }

    /// <summary>Runs the query on a connection of its own, so that several can run in parallel; the database is the connection's.</summary>
    public async Task<IReadOnlyList<object?[]>> QueryAsync(string database, string sql, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await Run(() => DbRows.ReadAsync(connection, sql, cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>Opens a connection; failures become <see cref="ReflektException"/>s naming the source.</summary>
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = CreateConnection();
        try
        {
            await Run(() => connection.OpenAsync(cancellationToken));
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    /// <summary>Runs a driver call, translating its failures.</summary>
    protected async Task<T> Run<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or IOException or TimeoutException or System.Net.Sockets.SocketException)
        {
            throw Fail(e);
        }
    }

    /// <summary>Runs a driver call, translating its failures.</summary>
    protected async Task Run(Func<Task> call)
    {
        try
        {
            await call();
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or IOException or TimeoutException or System.Net.Sockets.SocketException)
        {
            throw Fail(e);
        }
    }

    private ReflektException Fail(Exception e) =>
        new($"source '{Source.Id}' ({Source.Describe()}): {Describe(e)}", e) { IsTransient = IsTransient(e) };
}
