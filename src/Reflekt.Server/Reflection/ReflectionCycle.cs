using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Reflekt.Reflection;
using Reflekt.Reflection.Drift;
using Reflekt.Reflection.Sql;
using Reflekt.Reflection.Storage;
using Reflekt.Schemas.Naming;
using Reflekt.Server.Validation;
using Reflekt.Warehouses;

namespace Reflekt.Server.Reflection;

/// <summary>One reflection cycle of the configured source against the schemas the server currently holds.</summary>
/// <remarks>
/// Never throws for a warehouse problem: a table's failure lands in its snapshot (last_error, last_attempt_at),
/// a failed catalog query in the cycle summary, so the loop keeps going and the endpoints can show it.
/// </remarks>
internal sealed class ReflectionCycle(
    IOptions<ReflectionOptions> options, SchemaStore schemas, TimeProvider time, ILogger<ReflectionCycle> logger, ReflectionSource? reflectionSource = null)
{
    private readonly ReflectionOptions _options = options.Value;

    public ReflectionStore Store { get; } = new(options.Value.DataDirectory);

    public WarehouseNaming Naming => WarehouseNaming.For(
        _options.Sdk.Equals("rudderstack", StringComparison.OrdinalIgnoreCase) ? WarehouseLayout.RudderStack : WarehouseLayout.Segment);

    public SourceAddress? Source => _options.Enabled ? SourceAddress.Parse(_options.Source!, "--reflect-source") : null;

    /// <summary>Expected tables from the schemas the server holds right now.</summary>
    public IReadOnlyList<EventExpectation> Expectations() =>
        ExpectationBuilder.Build(
            schemas.Current.ById.Values
                .Where(e => e.EventName is not null)
                .Select(e => new SchemaVersionInput(e.Id, null, e.EventName!, e.Schema.Root)),
            Naming);

    public DriftOptions DriftOptions(DateTimeOffset now) => ExpectationBuilder.Options(Naming, now, _options.StaleAfter);

    public async Task<CycleSummary> RunAsync(string trigger, CancellationToken cancellationToken)
    {
        var started = time.GetUtcNow();
        try
        {
            var source = Source ?? throw new ReflektException("reflection is not configured: start reflekt serve with --reflect-source ID.DB.SCHEMA");
            var profile = reflectionSource is not null && reflectionSource.Address == source
                ? reflectionSource.Profile
                : throw new ReflektException($"reflection source {source} has no profile source: start reflekt serve with --reflect-source {source} in a project whose profile defines it");
            await using var warehouse = WarehouseProviders.Connect(profile);
            var connection = WarehouseReflectionConnection.For(warehouse, source.Database);
            var settings = new ReflectionSettings
            {
                Days = _options.Days,
                Parallelism = _options.Parallelism,
                TableTimeout = _options.TableTimeout,
                Retries = _options.Retries,
                RetryBackoff = _options.RetryBackoff,
            };
            var runner = new ReflectionRunner(connection, Store, settings);
            var targets = Expectations().Select(e => new ReflectionTarget(e.Table, e.SchemaId)).ToList();
            var result = await runner.RunAsync(source, targets, ExpectationBuilder.NonEventTables(Naming), ReflectionScope.WholeSource, started, cancellationToken)
                .ConfigureAwait(false);
            var failed = result.Claimed.Values.Where(s => s.LastError is not null).ToList();
            foreach (var snapshot in failed)
            {
                logger.LogWarning("Reflection of {Table} failed: {Error}", snapshot.Table, snapshot.LastError);
            }

            return new CycleSummary(trigger, started, time.GetUtcNow(), result.Claimed.Count + result.Unclaimed.Count, failed.Count, null);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(e, "Reflection cycle failed");
            return new CycleSummary(trigger, started, time.GetUtcNow(), 0, 0, e.Message);
        }
    }
}
