using Reflekt.Projects.Profiles;

namespace Reflekt.Warehouses.Redshift;

/// <summary>An Amazon Redshift source (<c>type: redshift</c>), reached through the PostgreSQL protocol.</summary>
public sealed record RedshiftSource : SourceProfile
{
    public const int DefaultPort = 5439;

    public override string Type => "redshift";

    public required string Host { get; init; }

    public int Port { get; init; } = DefaultPort;

    public required string Database { get; init; }

    public required string User { get; init; }

    public required Secret Password { get; init; }

    /// <summary>Npgsql's SSL mode name, or null for the driver default.</summary>
    public string? SslMode { get; init; }

    public override string Describe() => $"redshift://{User}@{Host}:{Port}/{Database}";
}
