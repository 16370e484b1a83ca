using Reflekt.Projects.Profiles;
using Reflekt.Testing;
using Reflekt.Warehouses;
using Reflekt.Warehouses.Postgres;
using Reflekt.Warehouses.Redshift;

namespace Reflekt.Tests.Warehouses;

public sealed class PostgresWarehouseTests(PostgresCluster cluster) : IClassFixture<PostgresCluster>
{
    private PostgresSource Source(int? port = null, string database = "postgres") => new()
    {
        Id = "pg",
        Host = cluster.Host,
        Port = port ?? cluster.Port,
        Database = database,
        User = cluster.User,
    };

    [Fact]
    public async Task Ping_runs_select_1()
    {
        cluster.EnsureAvailable();
        await using var warehouse = WarehouseProviders.Connect(Source());

        await warehouse.PingAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Redshift_sources_use_the_same_protocol()
    {
        cluster.EnsureAvailable();
        var source = new RedshiftSource { Id = "rs", Host = cluster.Host, Port = cluster.Port, Database = "postgres", User = cluster.User, Password = new Secret("unused") };
        await using var warehouse = WarehouseProviders.Connect(source);

        await warehouse.PingAsync(TestContext.Current.CancellationToken);
        Assert.Equal(5439, new RedshiftSource { Id = "x", Host = "h", Database = "d", User = "u", Password = new Secret("p") }.Port);
    }

    [Fact]
    public async Task Unknown_database_is_reported_with_the_server_message()
    {
        cluster.EnsureAvailable();
        await using var warehouse = WarehouseProviders.Connect(Source(database: "nope"));

        var error = await Assert.ThrowsAsync<ReflektException>(() => warehouse.PingAsync(TestContext.Current.CancellationToken));

        Assert.Equal($"source 'pg' (postgres://postgres@127.0.0.1:{cluster.Port}/nope): database \"nope\" does not exist (SQLSTATE 3D000)", error.Message);
    }

    [Fact]
    public async Task Closed_port_is_reported_as_unreachable()
    {
        cluster.EnsureAvailable();
        var closed = ClosedPort();
        await using var warehouse = WarehouseProviders.Connect(Source(port: closed));

        var error = await Assert.ThrowsAsync<ReflektException>(() => warehouse.PingAsync(TestContext.Current.CancellationToken));

        Assert.StartsWith($"source 'pg' (postgres://postgres@127.0.0.1:{closed}/postgres): ", error.Message);
        Assert.Contains("refused", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_second_database_can_be_created()
    {
        cluster.EnsureAvailable();
        var name = await cluster.CreateDatabaseAsync("second_" + Guid.NewGuid().ToString("N")[..6], TestContext.Current.CancellationToken);
        await using var warehouse = WarehouseProviders.Connect(Source(database: name));

        await warehouse.PingAsync(TestContext.Current.CancellationToken);
    }

    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
