using System.Text.Json;
using Microsoft.Data.Sqlite;
using Reflekt.Dbt;
using Reflekt.Demo;
using Reflekt.Projects;
using Reflekt.Warehouses;
using Reflekt.Warehouses.Catalog;
using Reflekt.Warehouses.Sql;
using Reflekt.Warehouses.Sqlite;

namespace Reflekt.Tests.Dbt.Execution;

/// <summary>Generated models run on SQLite holding Segment-shaped data and return the documented columns and all rows.</summary>
public sealed class SqliteExecutionTests : IDisposable
{
    private readonly SqliteConnection _connection;

    public SqliteExecutionTests()
    {
        _connection = new SqliteConnection("Data Source=:memory:");
        _connection.Open();
    }

    public void Dispose() => _connection.Dispose();

    [Fact]
    public async Task Demo_schemas_build_models_that_run()
    {
        var ct = TestContext.Current.CancellationToken;
        await Exec("attach database ':memory:' as \"segment\"");
        var schemas = DemoProject.Schemas().Select(s => new DbtSchemaInput(s.Id, JsonDocument.Parse(s.Text).RootElement)).ToList();
        var counts = await SyntheticEventWriter.WriteAsync(_connection, SqliteSqlDialect.Instance, "segment", schemas, new SyntheticEventOptions { Events = 600 }, cancellationToken: ct);

        // Segment delivers at least once: a redelivered message must not reach the model twice.
        await Exec("insert into \"segment\".\"order_completed\" select * from \"segment\".\"order_completed\" limit 2");
        var catalog = await WarehouseCatalog.ReadAsync(_connection, WarehouseProviders.For(SqliteSqlDialect.Instance.Name), new SourceAddress("test", "warehouse", "segment"), ct);
        var request = new DbtBuildRequest("demo", new SourceAddress("demo", "warehouse", "segment"), Reflekt.Schemas.Naming.WarehouseLayout.Segment, "sqlite", SqliteSqlDialect.Instance, DbtSettings.Default);

        var result = DbtPackageBuilder.Build(schemas, request, catalog);
        var runs = await ModelExecution.RunAllAsync(_connection, result.Package, SqliteSqlDialect.Instance, ct);

        Assert.Empty(result.Warnings);
        Assert.Equal(8, runs.Count);
        foreach (var (model, (columns, rows)) in runs)
        {
            var table = model["stg_segment__".Length..];
            Assert.Equal(ModelExecution.DocumentedColumns(result.Package, model), columns);
            Assert.Equal(counts[table], rows);
            Assert.True(rows > 0, model);
        }

        Assert.Contains("shipping_method", runs["stg_segment__order_completed"].Columns);
        Assert.DoesNotContain("schema_metadata", runs["stg_segment__product_viewed"].Columns);
    }

    [Fact]
    public async Task Planted_warehouse_dedups_fails_exactly_the_planted_tests_and_keeps_versions_and_elements_apart()
    {
        var ct = TestContext.Current.CancellationToken;
        await Exec("attach database ':memory:' as \"raw\"");
        await PlantedWarehouse.WriteAsync(_connection, SqliteSqlDialect.Instance, ct);
        await PlantedWarehouse.BuildRunAndAssertAsync(_connection, SqliteSqlDialect.Instance, ct);
    }

    [Fact]
    public async Task Incremental_model_merges_a_lookback_window_by_event_id()
    {
        var ct = TestContext.Current.CancellationToken;
        await Exec("attach database ':memory:' as \"raw\"");
        await PlantedWarehouse.WriteAsync(_connection, SqliteSqlDialect.Instance, ct);
        await PlantedIncremental.RunAndAssertAsync(_connection, SqliteSqlDialect.Instance, ct);
    }

    [Fact]
    public async Task Hostile_names_build_sql_that_executes()
    {
        var ct = TestContext.Current.CancellationToken;
        var dialect = SqliteSqlDialect.Instance;
        await Exec("attach database ':memory:' as \"raw\"");
        var schema = TestSchemas.Hostile();
        await SyntheticEventWriter.WriteAsync(_connection, dialect, "raw", [schema], new SyntheticEventOptions { Events = 25 }, cancellationToken: ct);
        var catalog = await WarehouseCatalog.ReadAsync(_connection, WarehouseProviders.For(dialect.Name), new SourceAddress("test", "db", "raw"), ct);

        var result = DbtPackageBuilder.Build([schema], TestSchemas.Request(dialect, "raw"), catalog);
        var runs = await ModelExecution.RunAllAsync(_connection, result.Package, dialect, ct);

        var (columns, rows) = runs["stg_raw__select"];
        Assert.Equal(25, rows);
        Assert.Equal(ModelExecution.DocumentedColumns(result.Package, "stg_raw__select"), columns);
        Assert.Contains("from", columns);
        Assert.Contains("_id", columns);
        Assert.Contains("pr_nom", columns);
        Assert.Contains("nested_deep_value", columns);
        await using var check = _connection.CreateCommand();
        check.CommandText = ModelExecution.Compile(result.Package.Files["models/raw/stg_raw__select.sql"], dialect) + " limit 1";
        await using var reader = await check.ExecuteReaderAsync(ct);
        Assert.True(await reader.ReadAsync(ct));
        // The schema's metadata is the model's meta, not a constant column on every row.
        Assert.Equal(-1, Enumerable.Range(0, reader.FieldCount).ToList().FindIndex(i => reader.GetName(i) == "schema_metadata"));
        Assert.Contains("      meta:\n        schema_id: hostile/select/1-0.json\n        version: 1-0\n        owner: O'Brien\n", result.Package.Files["models/raw/_stg_raw__select.yml"]);
    }

    [Fact]
    public async Task Jaffle_shop_package_runs_against_its_golden_columns()
    {
        var ct = TestContext.Current.CancellationToken;
        var dialect = SqliteSqlDialect.Instance;
        await Exec("attach database ':memory:' as \"jaffle_shop_segment\"");
        foreach (var (table, columns) in JaffleShopFixture.GoldenRawColumns())
        {
            await Exec($"create table \"jaffle_shop_segment\".\"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\" text"))})");
            for (var i = 0; i < 3; i++)
            {
                await Exec($"insert into \"jaffle_shop_segment\".\"{table}\" ({string.Join(", ", columns)}) values ({string.Join(", ", columns.Select(c => c == "products" ? $"'[{{\"sku\": \"{c}_{i}\"}}]'" : $"'{c}_{i}'"))})");
            }
        }

        var catalog = await WarehouseCatalog.ReadAsync(_connection, WarehouseProviders.For(dialect.Name), new SourceAddress("test", "raw", "jaffle_shop_segment"), ct);
        var project = JaffleShopFixture.Project();
        var settings = project.Dbt with { Models = project.Dbt.Models with { Filter = "where received_at is not null" } };
        var request = new DbtBuildRequest(project.Name, JaffleShopFixture.Source, Reflekt.Schemas.Naming.WarehouseLayout.Segment, "sqlite", dialect, settings);

        var result = DbtPackageBuilder.Build(JaffleShopFixture.Schemas(), request, catalog);
        var runs = await ModelExecution.RunAllAsync(_connection, result.Package, dialect, ct);

        JaffleShopFixture.AssertOnlyMissingColumns(result.Warnings);
        // 11 models and the child models of two `products` arrays, each holding one element per row.
        Assert.Equal(13, runs.Count);
        Assert.All(runs, r => Assert.Equal(3, r.Value.Rows));
        Assert.All(runs, r => Assert.Equal(ModelExecution.DocumentedColumns(result.Package, r.Key), r.Value.Columns));
    }

    private async Task Exec(string sql)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }
}
