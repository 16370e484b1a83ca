using Reflekt.Projects.Profiles;

namespace Reflekt.Warehouses.Postgres;

/// <summary>A PostgreSQL source (<c>type: postgres</c>).</summary>
public sealed record PostgresSource : SourceProfile
{
    public const int DefaultPort = 5432;

    public override string Type => "postgres";

    public required string Host { get; init; }

    public int Port { get; init; } = DefaultPort;

    public required string Database { get; init; }

    public required string User { get; init; }

    /// <summary>Null for trust or peer authentication.</summary>
    public Secret? Password { get; init; }

    /// <summary>Npgsql's SSL mode name (<c>disable</c>, <c>prefer</c>, <c>require</c>…), or null for the driver default.</summary>
    public string? SslMode { get; init; }

    public override string Describe() => $"postgres://{User}@{Host}:{Port}/{Database}";
}
