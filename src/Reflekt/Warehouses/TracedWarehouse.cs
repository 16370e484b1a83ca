using System.Diagnostics;
using System.Globalization;
using Reflekt.Projects.Profiles;

namespace Reflekt.Warehouses;

/// <summary>A warehouse that reports every statement it sends, with its duration, to a trace sink (the CLI's <c>-v</c> lines).</summary>
/// <remarks>
/// A decorator rather than a hook in each provider: one place times every warehouse type alike, and the
/// library never prints: the caller decides where the lines go.
/// </remarks>
public sealed class TracedWarehouse(IWarehouse inner, Action<string> trace) : IWarehouse
{
    /// <inheritdoc/>
    public SourceProfile Source => inner.Source;

    /// <inheritdoc/>
    public async Task PingAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await inner.PingAsync(cancellationToken).ConfigureAwait(false);
            trace($"{Name}: select 1 -> ok in {Elapsed(started)}");
        }
        catch (Exception e)
        {
            trace($"{Name}: select 1 -> failed in {Elapsed(started)}: {e.Message}");
            throw;
        }
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<object?[]>> QueryAsync(string database, string sql, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var rows = await inner.QueryAsync(database, sql, cancellationToken).ConfigureAwait(false);
            trace($"{Name}: query -> {rows.Count} rows in {Elapsed(started)}: {OneLine(sql)}");
            return rows;
        }
        catch (Exception e)
        {
            trace($"{Name}: query -> failed in {Elapsed(started)}: {OneLine(sql)}: {e.Message}");
            throw;
        }
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => inner.DisposeAsync();

    private string Name => $"source {inner.Source.Id} ({inner.Source.Type})";

    private static string Elapsed(long started) =>
        Stopwatch.GetElapsedTime(started).TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms";

    // A debug line is one line: generated SQL spans many.
    private static string OneLine(string sql) =>
        string.Join(' ', sql.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
