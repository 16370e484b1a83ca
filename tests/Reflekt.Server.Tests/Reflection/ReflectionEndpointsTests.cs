using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Reflekt.Server.Reflection;
using Reflekt.Warehouses;
using Reflekt.Warehouses.Sqlite;
using Reflekt.Server.Tests.Support;

namespace Reflekt.Server.Tests.Reflection;

/// <summary>The reflection loop inside the real server, reflecting a SQLite warehouse.</summary>
public sealed class ReflectionEndpointsTests : IAsyncLifetime
{
    private readonly TemporaryDirectory _dir = new();
    private SegmentTrackingApiStandIn _segment = null!;

    public async ValueTask InitializeAsync() => _segment = await SegmentTrackingApiStandIn.StartAsync();

    public async ValueTask DisposeAsync()
    {
        await _segment.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }

    private string Warehouse => Path.Combine(_dir.Path, "warehouse.db");

    private async Task ExecAsync(params string[] statements)
    {
        await using var connection = new SqliteConnection($"Data Source={Warehouse};Pooling=False");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        foreach (var sql in statements)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }
    }

    private string Schemas()
    {
        var schemas = _dir.Sub("schemas");
        Directory.CreateDirectory(Path.Combine(schemas, "seg", "Order_Completed"));
        Directory.CreateDirectory(Path.Combine(schemas, "seg", "Cart_Viewed"));
        File.WriteAllText(Path.Combine(schemas, "seg", "Order_Completed", "1-0.json"), """
            {"$schema": "http://json-schema.org/draft-07/schema#", "$id": "seg/Order_Completed/1-0.json",
             "self": {"vendor": "com.example", "name": "Order Completed", "format": "jsonschema", "version": "1-0"},
             "type": "object", "properties": {"order_id": {"type": "string"}, "revenue": {"type": "number"}}}
            """);
        File.WriteAllText(Path.Combine(schemas, "seg", "Cart_Viewed", "1-0.json"), """
            {"$schema": "http://json-schema.org/draft-07/schema#", "$id": "seg/Cart_Viewed/1-0.json",
             "self": {"vendor": "com.example", "name": "Cart Viewed", "format": "jsonschema", "version": "1-0"},
             "type": "object", "properties": {"cart_id": {"type": "string"}}}
            """);
        return schemas;
    }

    private Task<RunningServer> StartAsync(string interval = "01:00:00", bool runOnStart = false)
    {
        var settings = RunningServer.Settings(_segment, _dir.Sub("spool-" + Guid.NewGuid().ToString("N")), Schemas());
        var configuration = new Dictionary<string, string?>(settings.Configuration)
        {
            ["Reflection:DataDirectory"] = _dir.Sub("reflections"),
            ["Reflection:Interval"] = interval,
            ["Reflection:RunOnStart"] = runOnStart ? "true" : "false",
            ["Reflection:RetryBackoff"] = "00:00:00.010",
            ["Reflection:StaleAfter"] = "3650.00:00:00",
        };
        // Any profile source works here; SQLite is the one that needs no server.
        var source = new ReflectionSource(SourceAddress.Parse("lite.warehouse.main"), new SqliteSource { Id = "lite", Path = Warehouse });
        return RunningServer.StartAsync(settings with { Configuration = configuration, ReflectionSource = source });
    }

    private static HttpRequestMessage Authorized(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", RunningServer.AdminToken);
        return request;
    }

    private static async Task<(HttpStatusCode Status, JsonNode Body)> SendAsync(RunningServer server, HttpMethod method, string path)
    {
        using var response = await server.Http.SendAsync(Authorized(method, path), TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response.StatusCode, JsonNode.Parse(text)!);
    }

    [Fact]
    public async Task A_failing_table_is_recorded_and_does_not_stop_the_others()
    {
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
        await ExecAsync(
            "CREATE TABLE order_completed (id TEXT, received_at TIMESTAMP, order_id TEXT, revenue REAL)",
            $"INSERT INTO order_completed VALUES ('o1', '{today}', 'A', 1.5)",
            // A received_at no day can be made of: this table's aggregate fails.
            "CREATE TABLE cart_viewed (id TEXT, received_at TIMESTAMP, cart_id TEXT)",
            "INSERT INTO cart_viewed VALUES ('c1', 'not a timestamp', 'x')",
            "CREATE TABLE mystery_event (id TEXT, received_at TIMESTAMP, mystery TEXT)");
        await using var server = await StartAsync();

        var (status, run) = await SendAsync(server, HttpMethod.Post, "/reflections/run?wait=true");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("finished", (string?)run["status"]);
        Assert.Equal(3, (int)run["cycle"]!["tables"]!);
        Assert.Equal(1, (int)run["cycle"]!["failed_tables"]!);
        Assert.Null(run["cycle"]!["error"]);

        var (_, list) = await SendAsync(server, HttpMethod.Get, "/reflections");
        Assert.True((bool)list["enabled"]!);
        Assert.Equal("lite.warehouse.main", (string?)list["source"]);
        var rows = list["tables"]!.AsArray().ToDictionary(r => (string)r!["table"]!, r => r!);
        Assert.Equal(["cart_viewed", "mystery_event", "order_completed"], rows.Keys.Order());
        Assert.Equal("ok", (string?)rows["order_completed"]["status"]);
        Assert.Equal(1, (int)rows["order_completed"]["row_count"]!);
        Assert.Equal("error", (string?)rows["cart_viewed"]["status"]);
        Assert.StartsWith("unreadable aggregate result", (string?)rows["cart_viewed"]["last_error"]);
        Assert.Equal("RF008", (string?)rows["cart_viewed"]["findings"]![0]!["rule_id"]);
        Assert.Equal("drift", (string?)rows["mystery_event"]["status"]);
        Assert.Equal("RF005", (string?)rows["mystery_event"]["findings"]![0]!["rule_id"]);

        var (detailStatus, detail) = await SendAsync(server, HttpMethod.Get, "/reflections/seg/Order_Completed/1-0.json");
        Assert.Equal(HttpStatusCode.OK, detailStatus);
        Assert.Equal(1, (int)detail["snapshot"]!["revision"]!);
        Assert.Equal(["id", "received_at", "order_id", "revenue"],
            detail["snapshot"]!["history"]![0]!["added"]!.AsArray().Select(n => (string)n!));
        Assert.Empty(detail["drift"]!["diagnostics"]!.AsArray());

        // A column added between two cycles becomes revision 2.
        await ExecAsync("ALTER TABLE order_completed ADD COLUMN coupon TEXT");
        await SendAsync(server, HttpMethod.Post, "/reflections/run?wait=true");
        var (_, after) = await SendAsync(server, HttpMethod.Get, "/reflections/seg/Order_Completed/1-0.json");
        Assert.Equal(2, (int)after["snapshot"]!["revision"]!);
        Assert.Equal(["coupon"], after["snapshot"]!["history"]![1]!["added"]!.AsArray().Select(n => (string)n!));
        Assert.Equal("RF002", (string?)after["drift"]!["diagnostics"]![0]!["rule_id"]);
    }

    [Fact]
    public async Task Unknown_schema_is_404_and_the_endpoints_need_the_admin_token()
    {
        await ExecAsync("CREATE TABLE order_completed (id TEXT, received_at TIMESTAMP, order_id TEXT, revenue REAL)");
        await using var server = await StartAsync();

        var (status, _) = await SendAsync(server, HttpMethod.Get, "/reflections/seg/Nope/1-0.json");
        Assert.Equal(HttpStatusCode.NotFound, status);
        using var anonymous = await server.Http.GetAsync("/reflections", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task The_scheduled_loop_reflects_on_start_and_keeps_running_every_interval()
    {
        await ExecAsync("CREATE TABLE order_completed (id TEXT, received_at TIMESTAMP, order_id TEXT, revenue REAL)");
        await using var server = await StartAsync(interval: "00:00:00.200", runOnStart: true);
        var gate = (ReflectionGate)server.Services.GetService(typeof(ReflectionGate))!;

        await Eventually.TrueAsync(() => gate.CyclesStarted >= 3 && gate.Last is not null, "three scheduled cycles");
        Assert.Equal("schedule", gate.Last!.Trigger);
        Assert.Null(gate.Last.Error);
        var (_, list) = await SendAsync(server, HttpMethod.Get, "/reflections");
        var statuses = list["tables"]!.AsArray().ToDictionary(r => (string)r!["table"]!, r => (string?)r!["status"]);
        Assert.Equal("stale", statuses["order_completed"]); // the table never received an event
        Assert.Equal("missing_table", statuses["cart_viewed"]);
    }

    [Fact]
    public async Task A_cycle_whose_catalog_query_fails_is_recorded_and_the_loop_survives()
    {
        await using var server = await StartAsync();
        // The warehouse file's directory does not exist: SQLite cannot open it.
        File.Delete(Warehouse);
        Directory.CreateDirectory(Warehouse);

        var (status, run) = await SendAsync(server, HttpMethod.Post, "/reflections/run?wait=true");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotNull((string?)run["cycle"]!["error"]);
        var (again, _) = await SendAsync(server, HttpMethod.Post, "/reflections/run?wait=true");
        Assert.Equal(HttpStatusCode.OK, again);
    }
}
