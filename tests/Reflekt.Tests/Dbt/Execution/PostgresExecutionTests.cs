using System.Text.Json;
using Npgsql;
using Reflekt.Demo;
using Reflekt.Dbt;
using Reflekt.Projects;
using Reflekt.Projects.Profiles;
using Reflekt.Schemas.Naming;
using Reflekt.Testing;
using Reflekt.Warehouses;
using Reflekt.Warehouses.Catalog;
using Reflekt.Warehouses.Postgres;
using Reflekt.Warehouses.Sql;

namespace Reflekt.Tests.Dbt.Execution;

/// <summary>Generated models run on a throwaway PostgreSQL holding Segment-shaped data: documented columns, every row.</summary>
public sealed class PostgresExecutionTests(PostgresCluster cluster) : IClassFixture<PostgresCluster>
{
    private static readonly PostgresSqlDialect Dialect = PostgresSqlDialect.Instance;

    [Fact]
    public async Task Demo_schemas_snapshot_build_and_run()
    {
        var ct = TestContext.Current.CancellationToken;
        var database = await cluster.CreateDatabaseAsync("demo_" + Guid.NewGuid().ToString("N")[..8], ct);
        await using var connection = await OpenAsync(database, "create schema segment");
        var schemas = DemoProject.Schemas().Select(s => new DbtSchemaInput(s.Id, JsonDocument.Parse(s.Text).RootElement)).ToList();
        var counts = await SyntheticEventWriter.WriteAsync(connection, Dialect, "segment", schemas, new SyntheticEventOptions { Events = 800 }, cancellationToken: ct);

        // Segment delivers at least once: a redelivered message must not reach the model twice.
        await using (var redeliver = connection.CreateCommand())
        {
            redeliver.CommandText = "insert into segment.order_completed select * from segment.order_completed limit 2";
            await redeliver.ExecuteNonQueryAsync(ct);
        }

        // The real adapter: one information_schema query for the whole schema.
        await using var warehouse = new PostgresWarehouse(new PostgresSource { Id = "pg", Host = cluster.Host, Port = cluster.Port, Database = database, User = cluster.User });
        var catalog = await WarehouseCatalog.SnapshotAsync(warehouse, new SourceAddress("pg", database, "segment"), ct);
        var request = new DbtBuildRequest("demo", new SourceAddress("pg", database, "segment"), WarehouseLayout.Segment, "postgres", Dialect, DbtSettings.Default);
        var result = DbtPackageBuilder.Build(schemas, request, catalog);
        var runs = await ModelExecution.RunAllAsync(connection, result.Package, Dialect, ct);

        Assert.Empty(result.Warnings);
        Assert.Equal(8, runs.Count);
        foreach (var (model, (columns, rows)) in runs)
        {
            Assert.Equal(ModelExecution.DocumentedColumns(result.Package, model), columns);
            Assert.Equal(counts[model["stg_segment__".Length..]], rows);
        }
    }

    [Fact]
    public async Task Planted_warehouse_dedups_fails_exactly_the_planted_tests_and_keeps_versions_and_elements_apart()
    {
        var ct = TestContext.Current.CancellationToken;
        var database = await cluster.CreateDatabaseAsync("planted_" + Guid.NewGuid().ToString("N")[..8], ct);
        await using var connection = await OpenAsync(database, "create schema raw");
        await PlantedWarehouse.WriteAsync(connection, Dialect, ct);
        await PlantedWarehouse.BuildRunAndAssertAsync(connection, Dialect, ct);
    }

    [Fact]
    public async Task Incremental_model_merges_a_lookback_window_by_event_id()
    {
        var ct = TestContext.Current.CancellationToken;
        var database = await cluster.CreateDatabaseAsync("incremental_" + Guid.NewGuid().ToString("N")[..8], ct);
        await using var connection = await OpenAsync(database, "create schema raw");
        await PlantedWarehouse.WriteAsync(connection, Dialect, ct);
        await PlantedIncremental.RunAndAssertAsync(connection, Dialect, ct);
    }

    [Fact]
    public async Task Hostile_names_and_casts_execute()
    {
        var ct = TestContext.Current.CancellationToken;
        var database = await cluster.CreateDatabaseAsync("hostile_" + Guid.NewGuid().ToString("N")[..8], ct);
        await using var connection = await OpenAsync(database, "create schema raw");
        var schema = TestSchemas.Hostile();
        await SyntheticEventWriter.WriteAsync(connection, Dialect, "raw", [schema], new SyntheticEventOptions { Events = 40 }, cancellationToken: ct);
        var catalog = await WarehouseCatalog.ReadAsync(connection, WarehouseProviders.For(Dialect.Name), new SourceAddress("test", database, "raw"), ct);
        var settings = DbtSettings.Default with { Models = DbtSettings.Default.Models with { Cast = true, Filter = "where received_at <= now()" } };

        var result = DbtPackageBuilder.Build([schema], TestSchemas.Request(Dialect, "raw", settings), catalog);
        var runs = await ModelExecution.RunAllAsync(connection, result.Package, Dialect, ct);

        var sql = result.Package.Files["models/raw/stg_raw__select.sql"];
        Assert.Contains("\"from\"::bigint as \"from\"", sql);
        var (columns, rows) = runs["stg_raw__select"];
        Assert.Equal(40, rows);
        Assert.Equal(ModelExecution.DocumentedColumns(result.Package, "stg_raw__select"), columns);
        await using var check = connection.CreateCommand();
        check.CommandText = ModelExecution.Compile(sql, Dialect) + " limit 1";
        await using var reader = await check.ExecuteReaderAsync(ct);
        Assert.True(await reader.ReadAsync(ct));
        // The schema's metadata is the model's meta, not a constant column on every row.
        Assert.Equal(-1, Enumerable.Range(0, reader.FieldCount).ToList().FindIndex(i => reader.GetName(i) == "schema_metadata"));
        Assert.Contains("      meta:\n        schema_id: hostile/select/1-0.json\n        version: 1-0\n        owner: O'Brien\n", result.Package.Files["models/raw/_stg_raw__select.yml"]);
        Assert.Equal("select", reader.GetString(reader.GetOrdinal("source_table")));
    }

    [Fact]
    public async Task Jaffle_shop_package_runs_against_its_golden_columns()
    {
        var ct = TestContext.Current.CancellationToken;
        var database = await cluster.CreateDatabaseAsync("jaffle_" + Guid.NewGuid().ToString("N")[..8], ct);
        await using var connection = await OpenAsync(database, "create schema jaffle_shop_segment");
        foreach (var (table, columns) in JaffleShopFixture.GoldenRawColumns())
        {
            await Exec(connection, $"create table jaffle_shop_segment.{table} ({string.Join(", ", columns.Select(c => $"{c} text"))})");
            await Exec(connection, $"insert into jaffle_shop_segment.{table} select {string.Join(", ", columns.Select(c => c == "products" ? $"'[{{\"sku\": \"{c}_' || g || '\"}}]'" : $"'{c}_' || g"))} from generate_series(1, 4) as g");
        }

        var catalog = await WarehouseCatalog.ReadAsync(connection, WarehouseProviders.For(Dialect.Name), new SourceAddress("test", database, "jaffle_shop_segment"), ct);
        var project = JaffleShopFixture.Project();
        var settings = project.Dbt with { Models = project.Dbt.Models with { Filter = "where received_at is not null" } };
        var request = new DbtBuildRequest(project.Name, JaffleShopFixture.Source, WarehouseLayout.Segment, "postgres", Dialect, settings);

        var result = DbtPackageBuilder.Build(JaffleShopFixture.Schemas(), request, catalog);
        var runs = await ModelExecution.RunAllAsync(connection, result.Package, Dialect, ct);

        JaffleShopFixture.AssertOnlyMissingColumns(result.Warnings);
        // 11 models and the child models of two `products` arrays, each holding one element per row.
        Assert.Equal(13, runs.Count);
        Assert.All(runs, r => Assert.Equal(4, r.Value.Rows));
        Assert.All(runs, r => Assert.Equal(ModelExecution.DocumentedColumns(result.Package, r.Key), r.Value.Columns));
    }

    private async Task<NpgsqlConnection> OpenAsync(string database, string setup)
    {
        var connection = new NpgsqlConnection(cluster.ConnectionStringFor(database));
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await Exec(connection, setup);
        return connection;
    }

    private static async Task Exec(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }
}
