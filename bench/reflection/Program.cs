using System.Diagnostics;
using System.Globalization;
using Npgsql;
using Reflekt.Reflection;
using Reflekt.Reflection.Sql;
using Reflekt.Reflection.Storage;
using Reflekt.Testing;
using Reflekt.Warehouses;
using Reflekt.Warehouses.Postgres;

// Usage: dotnet run -c Release --project bench/reflection -- [tables=1000] [rows=5000000] [runs=5] [parallelism=4]
// Builds a throwaway PostgreSQL cluster, loads `tables` Segment-style event tables holding `rows` rows in total
// (received_at spread over 60 days, two schema versions), then times full reflections (catalog query + one
// GROUP BY day aggregate per table over a 30-day window + snapshot writes) and counts the queries sent.
var tables = Arg(0, 1000);
var rows = Arg(1, 5_000_000);
var runs = Arg(2, 5);
var parallelism = Arg(3, 4);
var perTable = rows / tables;

await using var cluster = new PostgresCluster();
await cluster.InitializeAsync();
cluster.EnsureAvailable();
await using var dataSource = NpgsqlDataSource.Create(cluster.ConnectionString);

var load = Stopwatch.StartNew();
await Exec("CREATE SCHEMA bench");
var now = new DateTimeOffset(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);
await Parallel.ForEachAsync(Enumerable.Range(0, tables), new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (i, ct) =>
{
    var t = Table(i);
    await Exec($"""
        CREATE TABLE bench.{t} (id text, received_at timestamp, event text, schema_id text, prop_a text, prop_b bigint, prop_c double precision);
        INSERT INTO bench.{t}
        SELECT 'm' || g, TIMESTAMP '2026-11-01 12:00:00' - ((g::bigint * 1037) % 5184000) * INTERVAL '1 second', '{t}',
               CASE WHEN g % 10 = 0 THEN 'bench/{t}/1-0.json' ELSE 'bench/{t}/2-0.json' END, 'a' || g, g, g * 0.5
        FROM generate_series(1, {perTable}) AS g;
        """);
});
await Exec("VACUUM ANALYZE");
load.Stop();
Console.WriteLine($"loaded {tables} tables, {(long)perTable * tables} rows in {load.Elapsed.TotalSeconds:0.0} s");

var source = new SourceAddress("bench", "postgres", "bench");
var targets = Enumerable.Range(0, tables).Select(i => new ReflectionTarget(Table(i), $"bench/{Table(i)}/2-0.json")).ToList();
var settings = new ReflectionSettings { Parallelism = parallelism, Days = 30 };
var storeDir = Path.Combine(Path.GetTempPath(), "reflekt-bench-" + Guid.NewGuid().ToString("N"));
var catalogWatch = Stopwatch.StartNew();
var catalog = await new WarehouseReflector(new DbReflectionConnection(new PostgresReflectionSql(), dataSource.CreateConnection), settings)
    .ReadCatalogAsync(source, CancellationToken.None);
Console.WriteLine($"catalog query alone: {catalogWatch.Elapsed.TotalSeconds:0.00} s for {catalog.Count} tables");
var times = new List<double>();
long queries = 0;
try
{
    for (var run = 0; run < runs; run++)
    {
        var connection = new DbReflectionConnection(new PostgresReflectionSql(), dataSource.CreateConnection);
        var runner = new ReflectionRunner(connection, new ReflectionStore(storeDir), settings);
        var watch = Stopwatch.StartNew();
        var result = await runner.RunAsync(source, targets, new HashSet<string>(), ReflectionScope.WholeSource, now.AddMinutes(run), CancellationToken.None);
        watch.Stop();
        var failed = result.Claimed.Values.Count(s => s.LastError is not null);
        var counted = result.Claimed.Values.Sum(s => s.RowCount);
        queries = connection.QueriesSent;
        times.Add(watch.Elapsed.TotalSeconds);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"run {run + 1}: {watch.Elapsed.TotalSeconds:0.00} s, {queries} queries, {result.Claimed.Count} tables, {failed} failed, {counted} rows in window, revision {result.Claimed.Values.Max(s => s.Revision)}"));
    }
}
finally
{
    Directory.Delete(storeDir, recursive: true);
}

times.Sort();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"median of {runs} full reflections: {times[times.Count / 2]:0.00} s (min {times[0]:0.00}, max {times[^1]:0.00}); queries per reflection: {queries}; parallelism {parallelism}"));
return 0;

async Task Exec(string sql)
{
    await using var command = dataSource.CreateCommand(sql);
    command.CommandTimeout = 0;
    await command.ExecuteNonQueryAsync();
}

static string Table(int i) => $"event_{i:D4}";

int Arg(int index, int fallback) =>
    args.Length > index && int.TryParse(args[index], NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : fallback;
