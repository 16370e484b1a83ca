using System.Data.Common;
using Npgsql;
using Reflekt.Projects.Profiles;
using Reflekt.Warehouses.Redshift;

namespace Reflekt.Warehouses.Postgres;

/// <summary>PostgreSQL and Amazon Redshift (same wire protocol; Redshift defaults to port 5439) through Npgsql.</summary>
public sealed class PostgresWarehouse : DbWarehouse
{
    private readonly NpgsqlDataSource _dataSource;

    public PostgresWarehouse(PostgresSource source)
        : base(source) =>
        _dataSource = Build(source.Host, source.Port, source.Database, source.User, source.Password, source.SslMode);

    public PostgresWarehouse(RedshiftSource source)
        : base(source) =>
        _dataSource = Build(source.Host, source.Port, source.Database, source.User, source.Password, source.SslMode);

    /// <summary>Seconds to wait for a connection before reporting the source unreachable.</summary>
    public const int ConnectTimeoutSeconds = 10;

    protected override DbConnection CreateConnection() => _dataSource.CreateConnection();

    protected override string Describe(Exception exception) => exception switch
    {
        PostgresException postgres => $"{postgres.MessageText} (SQLSTATE {postgres.SqlState})",
        NpgsqlException { InnerException: { } inner } => inner.Message,
        _ => exception.Message,
    };

    protected override bool IsTransient(Exception exception) =>
        exception is NpgsqlException { IsTransient: true } || base.IsTransient(exception);

    public override async ValueTask DisposeAsync()
    {
        await _dataSource.DisposeAsync();
        await base.DisposeAsync();
    }

    private static NpgsqlDataSource Build(string host, int port, string database, string user, Secret? password, string? sslMode)
    {
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = host,
            Port = port,
            Database = database,
            Username = user,
            Timeout = ConnectTimeoutSeconds,
            ApplicationName = "reflekt",
            // Our own pool per data source; the CLI makes few connections.
            Pooling = true,
        };
        if (password is not null)
        {
            builder.Password = password.Reveal();
        }

        if (sslMode is not null)
        {
            builder.SslMode = Enum.TryParse<SslMode>(sslMode, ignoreCase: true, out var mode)
                ? mode
                : throw new ReflektException($"sslmode '{sslMode}' is not one of: {string.Join(", ", Enum.GetNames<SslMode>())}");
        }

        // No type loading: on first connect Npgsql would read pg_type and build a mapping for every type in the
        // database (most of a small build's connect time; Redshift lacks those details anyway). Reflekt reads only
        // built-in types (names, counts, timestamps, text), which Npgsql maps without it.
        var dataSource = new NpgsqlDataSourceBuilder(builder.ConnectionString);
        dataSource.ConfigureTypeLoading(types => types.EnableTypeLoading(false));
        return dataSource.Build();
    }
}
