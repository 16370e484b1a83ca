using System.Security.Cryptography;
using Reflekt.Projects.Profiles;
using Reflekt.Tests.Warehouses.StandIns;
using Reflekt.Warehouses;
using Reflekt.Warehouses.BigQuery;
using Reflekt.Warehouses.Snowflake;
using Reflekt.Warehouses.Sql;

namespace Reflekt.Tests.Warehouses.Conformance;

/// <summary>The conformance suite through the Snowflake adapter against the SQL API v2 stand-in (names upper-case, as Snowflake folds them).</summary>
public sealed class SnowflakeConformanceTests : WarehouseConformance
{
    private readonly RSA _key = RSA.Create(2048);
    private SnowflakeStandIn? _standIn;

    protected override SourceAddress Address { get; } = new("sf", "raw", "segment");

    protected override async Task<IWarehouse> ArrangeAsync()
    {
        _standIn = new SnowflakeStandIn { PublicKey = _key, Account = "xy12345", User = "reflekt_ci", Answer = RestAnswers.Snowflake };
        foreach (var table in ConformanceData.Tables)
        {
            _standIn.Columns.AddRange(table.Columns.Select(c => ("SEGMENT", table.Name.ToUpperInvariant(), c.Name.ToUpperInvariant(), Type(c.Type))));
        }

        _standIn.Columns.AddRange(ConformanceData.Tables.Single(t => t.Name == "order_completed").Columns
            .Select(c => ("SEGMENT", ConformanceData.View.ToUpperInvariant(), c.Name.ToUpperInvariant(), Type(c.Type))));
        _standIn.Views.Add(ConformanceData.View.ToUpperInvariant());
        await _standIn.StartAsync();
        return WarehouseProviders.Connect(new SnowflakeSource
        {
            Id = "sf", Account = "xy12345.eu-west-1", Database = "RAW", User = "reflekt_ci", Warehouse = "TRANSFORMING", Role = "REPORTER",
            PrivateKey = new Secret(_key.ExportPkcs8PrivateKeyPem()), EndpointUrl = _standIn.BaseUri.ToString(),
        });
    }

    protected override async ValueTask CleanUpAsync()
    {
        if (_standIn is not null)
        {
            await _standIn.DisposeAsync();
        }

        _key.Dispose();
    }

    // information_schema.columns data_type values Snowflake reports (integers are NUMBER with scale 0: FIXED).
    private static string Type(NormalizedType type) => type switch
    {
        NormalizedType.Integer => "BIGINT",
        NormalizedType.Number => "FLOAT",
        NormalizedType.Timestamp => "TIMESTAMP_TZ",
        _ => "TEXT",
    };
}

/// <summary>The conformance suite through the BigQuery adapter against the REST stand-in (service-account JWT, paged jobs.query).</summary>
public sealed class BigQueryConformanceTests : WarehouseConformance
{
    private readonly RSA _key = RSA.Create(2048);
    private BigQueryStandIn? _standIn;

    protected override SourceAddress Address { get; } = new("bq", "my-project", "segment");

    protected override async Task<IWarehouse> ArrangeAsync()
    {
        _standIn = new BigQueryStandIn
        {
            PublicKey = _key, ClientEmail = "reflekt@my-project.iam.gserviceaccount.com", PrivateKeyId = "key-1", Answer = RestAnswers.BigQuery,
        };
        foreach (var table in ConformanceData.Tables)
        {
            _standIn.Columns.AddRange(table.Columns.Select(c => ("my-project", "segment", table.Name, c.Name, Type(c.Type))));
        }

        _standIn.Columns.AddRange(ConformanceData.Tables.Single(t => t.Name == "order_completed").Columns
            .Select(c => ("my-project", "segment", ConformanceData.View, c.Name, Type(c.Type))));
        _standIn.Views.Add(ConformanceData.View);
        await _standIn.StartAsync();
        return WarehouseProviders.Connect(new BigQuerySource
        {
            Id = "bq", Project = "my-project", EndpointUrl = _standIn.BaseUri.ToString(),
            Keyfile = new BigQueryKeyfile(
                "service_account", "my-project", "key-1", new Secret(_key.ExportPkcs8PrivateKeyPem()), _standIn.ClientEmail, "1234",
                "https://accounts.google.com/o/oauth2/auth", _standIn.TokenUri, "https://www.googleapis.com/oauth2/v1/certs", "https://example.invalid/cert"),
        });
    }

    protected override async ValueTask CleanUpAsync()
    {
        if (_standIn is not null)
        {
            await _standIn.DisposeAsync();
        }

        _key.Dispose();
    }

    private static string Type(NormalizedType type) => type switch
    {
        NormalizedType.Integer => "INT64",
        NormalizedType.Number => "FLOAT64",
        NormalizedType.Timestamp => "TIMESTAMP",
        _ => "STRING",
    };
}
