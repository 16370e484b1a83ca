using Reflekt.Projects.Profiles;
using Reflekt.Testing;
using Reflekt.Warehouses;
using Reflekt.Warehouses.Redshift;

namespace Reflekt.Tests.Warehouses.Conformance;

/// <summary>
/// The conformance suite for Redshift, run through PostgreSQL (Redshift speaks its wire protocol) with Redshift's own
/// dialect and catalog query. PostgreSQL has no <c>svv_columns</c>, so the fixture creates one with Redshift's
/// columns over information_schema: a stand-in for the system view, not for the query that reads it.
/// </summary>
public sealed class RedshiftConformanceTests(PostgresCluster cluster) : WarehouseConformance, IClassFixture<PostgresCluster>
{
    private string _database = "";

    protected override SourceAddress Address => new("rs", _database, "segment");

    protected override async Task<IWarehouse> ArrangeAsync()
    {
        cluster.EnsureAvailable();
        _database = await PostgresConformanceLoader.LoadAsync(cluster, "conf_rs_",
        [
            """
            create view public.svv_columns as
            select table_schema, table_name, column_name, ordinal_position, data_type, numeric_scale
            from information_schema.columns
            """,
        ]);
        return WarehouseProviders.Connect(new RedshiftSource
        {
            Id = "rs", Host = cluster.Host, Port = cluster.Port, Database = _database, User = cluster.User, Password = new Secret("unused"),
        });
    }
}
